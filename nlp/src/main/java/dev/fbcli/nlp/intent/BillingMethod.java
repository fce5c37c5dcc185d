package dev.fbcli.nlp.intent;

/** How a project is billed. */
public enum BillingMethod {
    FIXED_PRICE,
    HOURLY;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static BillingMethod fromWire(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
