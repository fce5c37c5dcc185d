package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code reports/accounting/payments_collected} (API.md §5.15, result key UNVERIFIED: read as the
 * sandbox answers): the payments of the period and a total per currency (never one sum).
 */
public record PaymentsCollectedReport(
        @JsonProperty("start_date") LocalDate startDate,
        @JsonProperty("end_date") LocalDate endDate,
        @JsonProperty("currency_codes") List<String> currencyCodes,
        @JsonProperty("totals") List<Money> totals,
        @JsonProperty("payments") List<CollectedPayment> payments) {

    public PaymentsCollectedReport {
        currencyCodes = currencyCodes == null ? List.of() : List.copyOf(currencyCodes);
        totals = totals == null ? List.of() : List.copyOf(totals);
        payments = payments == null ? List.of() : List.copyOf(payments);
    }
}
