package dev.fbcli.freshbooks.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/** Payment list filters. Sent: {@code invoiceid}, {@code clientid}, {@code date_min/max}. Local: {@code type} (only doc-derived upstream). */
@RecordBuilder
public record PaymentQuery(Long invoiceId, Long clientId, LocalDate dateMin, LocalDate dateMax, String type)
        implements PaymentQueryBuilder.With {

    /** All fields unset. */
    public static PaymentQuery empty() {
        return new PaymentQuery(null, null, null, null, null);
    }
}
