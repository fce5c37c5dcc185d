package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Fields written on invoice create/update. Never {@code due_date} (refused, errno 1038): use {@code dueOffsetDays}. A {@code lines} list replaces all lines. */
@RecordBuilder
public record InvoiceDraft(
        @JsonProperty("customerid") Long customerId,
        @JsonProperty("create_date") LocalDate createDate,
        @JsonProperty("due_offset_days") Integer dueOffsetDays,
        @JsonProperty("currency_code") String currencyCode,
        @JsonProperty("invoice_number") String invoiceNumber,
        @JsonProperty("po_number") String poNumber,
        @JsonProperty("notes") String notes,
        @JsonProperty("terms") String terms,
        @JsonProperty("discount_value") BigDecimal discountValue,
        @JsonProperty("discount_description") String discountDescription,
        @JsonProperty("language") String language,
        @JsonProperty("lines") List<InvoiceLineDraft> lines)
        implements InvoiceDraftBuilder.With {

    /** All fields unset. */
    public static InvoiceDraft empty() {
        return new InvoiceDraft(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
