package dev.fbcli.nlp.intent;

/** How {@code time.list} groups its totals ({@code group_by}: "hours per project", "by client"). */
public enum TimeGrouping {
    DAY,
    CLIENT,
    PROJECT,
    SERVICE,
    MEMBER;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static TimeGrouping fromWire(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
