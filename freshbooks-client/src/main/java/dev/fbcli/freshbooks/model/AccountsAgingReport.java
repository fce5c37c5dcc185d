package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** {@code reports/accounting/accounts_aging}. */
public record AccountsAgingReport(
        @JsonProperty("company_name") String companyName,
        @JsonProperty("currency_code") String currencyCode,
        @JsonProperty("end_date") LocalDate endDate,
        @JsonProperty("accounts") List<AgingAccount> accounts,
        @JsonProperty("totals") AgingBuckets totals) {

    public AccountsAgingReport {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }
}
