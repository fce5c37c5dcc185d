package dev.fbcli.nlp.parse;

import java.math.BigDecimal;

/** Decimal values as a frame holds them. */
final class Decimals {
    private Decimals() {}

    /**
     * {@code n} without trailing zeros and never in exponent form: 200.00 is 200, not 2E+2 (which
     * {@code stripTrailingZeros} alone gives, and which a plan card or a log would print).
     */
    static BigDecimal plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
