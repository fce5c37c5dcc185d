package dev.fbcli.freshbooks.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/** Expense list filters. Sent: {@code clientid}, {@code categoryid}, {@code date_min/max}, {@code amount_min} (inclusive; checked locally too). Local: {@code projectId} (the server filter {@code search[projectid]} is the Classic id; new projects are linked by {@code modern_projectid}), {@code vendorContains}. */
@RecordBuilder
public record ExpenseQuery(
        Long clientId,
        Long categoryId,
        LocalDate dateMin,
        LocalDate dateMax,
        Long projectId,
        String vendorContains,
        Boolean includeAttachment,
        java.math.BigDecimal amountMin)
        implements ExpenseQueryBuilder.With {

    /** All fields unset. */
    public static ExpenseQuery empty() {
        return new ExpenseQuery(null, null, null, null, null, null, null, null);
    }
}
