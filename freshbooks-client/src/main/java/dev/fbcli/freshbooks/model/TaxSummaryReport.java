package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** {@code reports/accounting/taxsummary} (API.md §5.15, result key UNVERIFIED: read as the sandbox answers); one currency. */
public record TaxSummaryReport(
        @JsonProperty("currency_code") String currencyCode,
        @JsonProperty("cash_based") Boolean cashBased,
        @JsonProperty("start_date") LocalDate startDate,
        @JsonProperty("end_date") LocalDate endDate,
        @JsonProperty("taxes") List<TaxSummaryRow> taxes,
        @JsonProperty("total_invoiced") Money totalInvoiced) {

    public TaxSummaryReport {
        taxes = taxes == null ? List.of() : List.copyOf(taxes);
    }
}
