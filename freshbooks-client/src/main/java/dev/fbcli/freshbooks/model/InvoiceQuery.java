package dev.fbcli.freshbooks.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/** Invoice list filters. Sent: {@code customerid}, {@code v3_status}, {@code date_min/max}, {@code updated_min/max}, {@code invoice_number}, {@code vis_state}. Local (FreshBooks ignores or never documented them): {@code status}, {@code paymentStatus}, {@code dueBefore}/{@code dueAfter}. */
@RecordBuilder
public record InvoiceQuery(
        Long customerId,
        String v3Status,
        LocalDate dateMin,
        LocalDate dateMax,
        LocalDate updatedMin,
        LocalDate updatedMax,
        String invoiceNumber,
        Integer visState,
        Boolean includeLines,
        Integer status,
        String paymentStatus,
        LocalDate dueBefore,
        LocalDate dueAfter)
        implements InvoiceQueryBuilder.With {

    /** All fields unset. */
    public static InvoiceQuery empty() {
        return new InvoiceQuery(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
