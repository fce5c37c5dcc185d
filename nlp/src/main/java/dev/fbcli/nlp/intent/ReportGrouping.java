package dev.fbcli.nlp.intent;

/** How {@code report.show} breaks a report down ({@code group_by}). */
public enum ReportGrouping {
    MONTH,
    CLIENT;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ReportGrouping fromWire(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
