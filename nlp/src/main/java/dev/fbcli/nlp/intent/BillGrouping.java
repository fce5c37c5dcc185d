package dev.fbcli.nlp.intent;

/** How {@code invoice.from_time} turns time entries into invoice lines ({@code group_by}). */
public enum BillGrouping {
    /** One line per service (the default of the action layer). */
    SERVICE,
    /** One line per time entry. */
    ENTRY,
    /** One line per day. */
    DAY;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static BillGrouping fromWire(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
