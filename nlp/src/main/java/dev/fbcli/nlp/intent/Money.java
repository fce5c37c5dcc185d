package dev.fbcli.nlp.intent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An amount of money as said: {@code amount} is non-negative with exactly two decimal places;
 * {@code currencyOrNull} is an ISO 4217 code only where the phrase named one unambiguously
 * ({@code €}, {@code EUR}, "US dollars"), else null (a bare {@code $}: the account's currency).
 */
public record Money(BigDecimal amount, String currencyOrNull) {
    private static final Pattern ISO = Pattern.compile("[A-Z]{3}");

    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("money needs an amount");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("money cannot be negative: " + amount.toPlainString());
        }
        if (amount.compareTo(new BigDecimal("1000000000000")) >= 0) {
            throw new IllegalArgumentException("amount too large: " + amount.toPlainString());
        }
        amount = amount.setScale(2, RoundingMode.HALF_UP);
        if (currencyOrNull != null && !ISO.matcher(currencyOrNull).matches()) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: " + currencyOrNull);
        }
    }

    public static Money of(String amount, String currencyOrNull) {
        return new Money(new BigDecimal(amount), currencyOrNull);
    }

    /** The amount as the frame writes it: {@code "1200.00"}. */
    public String amountText() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return (currencyOrNull == null ? "" : currencyOrNull + " ") + amountText();
    }
}
