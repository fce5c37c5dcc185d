package dev.fbcli.nlp.intent;

/** The estimate statuses a phrase can ask about. */
public enum EstimateStatus {
    DRAFT,
    SENT,
    VIEWED,
    ACCEPTED,
    INVOICED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static EstimateStatus fromWire(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
