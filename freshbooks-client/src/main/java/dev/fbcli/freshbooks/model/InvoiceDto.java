package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An invoice ({@code invoices/invoices}); {@code status} is numeric, {@code v3Status} the filterable string; {@code due_date} is derived. */
public record InvoiceDto(
        @JsonProperty("id") Long id,
        @JsonProperty("invoice_number") String invoiceNumber,
        @JsonProperty("customerid") Long customerId,
        @JsonProperty("create_date") LocalDate createDate,
        @JsonProperty("due_date") LocalDate dueDate,
        @JsonProperty("due_offset_days") Integer dueOffsetDays,
        @JsonProperty("currency_code") String currencyCode,
        @JsonProperty("amount") Money amount,
        @JsonProperty("outstanding") Money outstanding,
        @JsonProperty("paid") Money paid,
        @JsonProperty("discount_total") Money discountTotal,
        @JsonProperty("discount_value") BigDecimal discountValue,
        @JsonProperty("status") Integer status,
        @JsonProperty("v3_status") String v3Status,
        @JsonProperty("payment_status") String paymentStatus,
        @JsonProperty("display_status") String displayStatus,
        @JsonProperty("organization") String organization,
        @JsonProperty("fname") String fname,
        @JsonProperty("lname") String lname,
        @JsonProperty("current_organization") String currentOrganization,
        @JsonProperty("notes") String notes,
        @JsonProperty("terms") String terms,
        @JsonProperty("po_number") String poNumber,
        @JsonProperty("date_paid") LocalDate datePaid,
        @JsonProperty("vis_state") Integer visState,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated") String updated,
        @JsonProperty("lines") List<InvoiceLineDto> lines) {

    public InvoiceDto {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
