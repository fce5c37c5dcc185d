package dev.fbcli.nlp.intent;

/** The invoice statuses a phrase can ask about. */
public enum InvoiceStatus {
    UNPAID,
    OVERDUE,
    PAID,
    DRAFT,
    SENT,
    PARTIAL;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static InvoiceStatus fromWire(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
