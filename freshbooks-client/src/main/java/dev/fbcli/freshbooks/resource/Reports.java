package dev.fbcli.freshbooks.resource;

import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.model.AccountsAgingReport;
import java.time.LocalDate;

/**
 * Accounting reports: {@code /accounting/account/{account_id}/reports/accounting/<name>}. Report
 * parameters are plain query params; {@code search[...]} would be silently ignored.
 */
public final class Reports {
    private final Accounting api;

    Reports(Accounting api) {
        this.api = api;
    }

    /**
     * Accounts aging (what each client owes, by age). {@code endDate} is the "as of" date; all
     * arguments may be null for FreshBooks' defaults (today, the business currency).
     */
    public AccountsAgingReport accountsAging(LocalDate startDate, LocalDate endDate, String currencyCode) {
        ApiRequest r = ApiRequest.get(api.path("reports/accounting/accounts_aging"))
                .withQuery("start_date", Accounting.date(startDate))
                .withQuery("end_date", Accounting.date(endDate))
                .withQuery("currency_code", currencyCode);
        return api.executor().execute(r).read("/response/result/accounts_aging", AccountsAgingReport.class);
    }
}
