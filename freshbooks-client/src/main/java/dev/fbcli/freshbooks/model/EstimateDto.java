package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An estimate ({@code estimates/estimates}, API.md §5.3): the invoice's fields with estimate names.
 * {@code status} is numeric (1 draft, 2 sent, 3 viewed, 4 replied, 5 accepted, 6 invoiced),
 * {@code uiStatus} the same as a word; lines only with {@code include[]=lines}.
 */
public record EstimateDto(
        @JsonProperty("id") Long id,
        @JsonProperty("estimate_number") String estimateNumber,
        @JsonProperty("customerid") Long customerId,
        @JsonProperty("create_date") LocalDate createDate,
        @JsonProperty("currency_code") String currencyCode,
        @JsonProperty("amount") Money amount,
        @JsonProperty("discount_total") Money discountTotal,
        @JsonProperty("discount_value") BigDecimal discountValue,
        @JsonProperty("status") Integer status,
        @JsonProperty("ui_status") String uiStatus,
        @JsonProperty("display_status") String displayStatus,
        @JsonProperty("accepted") Boolean accepted,
        @JsonProperty("invoiced") Boolean invoiced,
        @JsonProperty("organization") String organization,
        @JsonProperty("fname") String fname,
        @JsonProperty("lname") String lname,
        @JsonProperty("current_organization") String currentOrganization,
        @JsonProperty("notes") String notes,
        @JsonProperty("terms") String terms,
        @JsonProperty("po_number") String poNumber,
        @JsonProperty("vis_state") Integer visState,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated") String updated,
        @JsonProperty("lines") List<InvoiceLineDto> lines) {

    /** The statuses as numbers, by their {@code ui_status} word (index = status). */
    public static final List<String> STATUSES =
            List.of("disputed", "draft", "sent", "viewed", "replied", "accepted", "invoiced");

    public EstimateDto {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** The status as a word: {@code ui_status}, else from the number. */
    public String statusWord() {
        if (uiStatus != null && !uiStatus.isBlank()) {
            return uiStatus;
        }
        int s = status == null ? 1 : status;
        return s >= 0 && s < STATUSES.size() ? STATUSES.get(s) : "draft";
    }
}
