package dev.fbcli.nlp.intent;

/**
 * The reports of {@code report.show}: {@code profit_loss} (income minus expenses), {@code payments}
 * (money received), {@code revenue} (what was invoiced), {@code tax} (the tax summary) and
 * {@code aging} (what clients owe, by age).
 */
public enum ReportKind {
    PROFIT_LOSS,
    PAYMENTS,
    REVENUE,
    TAX,
    AGING;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ReportKind fromWire(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
