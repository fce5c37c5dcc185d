package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Fields written on estimate create/update (the invoice's, without a due date). A {@code lines} list replaces all lines. */
@RecordBuilder
public record EstimateDraft(
        @JsonProperty("customerid") Long customerId,
        @JsonProperty("create_date") LocalDate createDate,
        @JsonProperty("currency_code") String currencyCode,
        @JsonProperty("estimate_number") String estimateNumber,
        @JsonProperty("po_number") String poNumber,
        @JsonProperty("notes") String notes,
        @JsonProperty("terms") String terms,
        @JsonProperty("discount_value") BigDecimal discountValue,
        @JsonProperty("language") String language,
        @JsonProperty("lines") List<InvoiceLineDraft> lines)
        implements EstimateDraftBuilder.With {

    /** All fields unset. */
    public static EstimateDraft empty() {
        return new EstimateDraft(null, null, null, null, null, null, null, null, null, null);
    }
}
