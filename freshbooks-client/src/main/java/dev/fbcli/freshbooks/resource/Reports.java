package dev.fbcli.freshbooks.resource;

import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.model.AccountsAgingReport;
import dev.fbcli.freshbooks.model.InvoiceDetailsReport;
import dev.fbcli.freshbooks.model.PaymentsCollectedReport;
import dev.fbcli.freshbooks.model.ProfitLossReport;
import dev.fbcli.freshbooks.model.TaxSummaryReport;
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

    /**
     * Profit and loss ({@code profitloss}, the JAVA SDK's path) over {@code start}..{@code end} (both
     * included) in one currency; {@code resolution} ("1m", "3m", "1y"...) cuts the period into columns,
     * null for FreshBooks' default; {@code cashBased}: income when paid rather than when invoiced.
     */
    public ProfitLossReport profitLoss(
            LocalDate start, LocalDate end, String currencyCode, Boolean cashBased, String resolution) {
        ApiRequest r = ApiRequest.get(api.path("reports/accounting/profitloss"))
                .withQuery("start_date", Accounting.date(start))
                .withQuery("end_date", Accounting.date(end))
                .withQuery("currency_code", currencyCode)
                .withQuery("cash_based", cashBased)
                .withQuery("resolution", resolution);
        return api.executor().execute(r).read("/response/result/profitloss", ProfitLossReport.class);
    }

    /** Payments collected over {@code start}..{@code end}; {@code currencyCode} null: every currency, totalled apart. */
    public PaymentsCollectedReport paymentsCollected(LocalDate start, LocalDate end, String currencyCode) {
        ApiRequest r = ApiRequest.get(api.path("reports/accounting/payments_collected"))
                .withQuery("start_date", Accounting.date(start))
                .withQuery("end_date", Accounting.date(end))
                .withQuery("currency_code", currencyCode);
        return api.executor().execute(r).read("/response/result/payments_collected", PaymentsCollectedReport.class);
    }

    /** The tax summary over {@code start}..{@code end} in one currency. */
    public TaxSummaryReport taxSummary(LocalDate start, LocalDate end, String currencyCode, Boolean cashBased) {
        ApiRequest r = ApiRequest.get(api.path("reports/accounting/taxsummary"))
                .withQuery("start_date", Accounting.date(start))
                .withQuery("end_date", Accounting.date(end))
                .withQuery("currency_code", currencyCode)
                .withQuery("cash_based", cashBased);
        return api.executor().execute(r).read("/response/result/taxsummary", TaxSummaryReport.class);
    }

    /** Invoice details: the invoices issued ({@code dateType} "issue") or paid ("paid") in the period, per client, in one currency. */
    public InvoiceDetailsReport invoiceDetails(LocalDate start, LocalDate end, String currencyCode, String dateType) {
        ApiRequest r = ApiRequest.get(api.path("reports/accounting/invoice_details"))
                .withQuery("start_date", Accounting.date(start))
                .withQuery("end_date", Accounting.date(end))
                .withQuery("currency_code", currencyCode)
                .withQuery("date_type", dateType);
        return api.executor().execute(r).read("/response/result/invoice_details", InvoiceDetailsReport.class);
    }
}
