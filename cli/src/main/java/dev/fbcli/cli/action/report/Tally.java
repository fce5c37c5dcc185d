package dev.fbcli.cli.action.report;

import java.math.BigDecimal;

/** A count and a sum of money in one currency, added to one record at a time. */
final class Tally {
    int count;
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal paid = BigDecimal.ZERO;
    BigDecimal outstanding = BigDecimal.ZERO;

    Tally add(BigDecimal amount) {
        count++;
        sum = sum.add(amount);
        return this;
    }

    Tally add(BigDecimal amount, BigDecimal paidPart, BigDecimal outstandingPart) {
        add(amount);
        paid = paid.add(paidPart);
        outstanding = outstanding.add(outstandingPart);
        return this;
    }
}
