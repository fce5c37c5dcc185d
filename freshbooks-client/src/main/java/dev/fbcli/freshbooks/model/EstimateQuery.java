package dev.fbcli.freshbooks.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * Estimate list filters (API.md §5.3), all sent as {@code search[...]}: {@code customerid},
 * {@code statusid} (1 draft … 6 invoiced), {@code estimate_number}, {@code date_min/max} (issue
 * date), {@code vis_state}; {@code includeLines} asks for {@code include[]=lines}.
 */
@RecordBuilder
public record EstimateQuery(
        Long customerId,
        Integer status,
        String estimateNumber,
        LocalDate dateMin,
        LocalDate dateMax,
        Integer visState,
        Boolean includeLines)
        implements EstimateQueryBuilder.With {

    /** All fields unset. */
    public static EstimateQuery empty() {
        return new EstimateQuery(null, null, null, null, null, null, null);
    }
}
