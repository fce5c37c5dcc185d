package dev.fbcli.nlp.intent;

import java.math.BigDecimal;

/**
 * One invoice line: what was done, how many (hours or units; 1 when not said), and the unit cost
 * when it is known (null when only a total was stated and there is no quantity to divide by).
 */
public record InvoiceLine(String description, BigDecimal quantity, Money unitCost) {
    public InvoiceLine {
        if (description != null) {
            description = description.strip();
            if (description.isEmpty()) {
                description = null;
            }
        }
        if (quantity == null) {
            quantity = BigDecimal.ONE;
        }
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException(
                    "an invoice line needs a positive quantity: " + quantity.toPlainString());
        }
        quantity = quantity.stripTrailingZeros();
        if (quantity.scale() < 0) {
            quantity = quantity.setScale(0);
        }
    }

    /** quantity × unit cost, or null when the unit cost is not known. */
    public Money amount() {
        return unitCost == null ? null : new Money(quantity.multiply(unitCost.amount()), unitCost.currencyOrNull());
    }
}
