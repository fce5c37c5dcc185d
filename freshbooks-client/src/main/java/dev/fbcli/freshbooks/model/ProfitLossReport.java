package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code reports/accounting/profitloss} (API.md §5.15): one currency; every entry has an amount per
 * period of {@code dates} and a total. {@code totalIncome} is FreshBooks' "Gross Profit" (sales
 * minus cost of goods sold).
 */
public record ProfitLossReport(
        @JsonProperty("company_name") String companyName,
        @JsonProperty("currency_code") String currencyCode,
        @JsonProperty("cash_based") Boolean cashBased,
        @JsonProperty("start_date") LocalDate startDate,
        @JsonProperty("end_date") LocalDate endDate,
        @JsonProperty("resolution") String resolution,
        @JsonProperty("dates") List<ReportPeriod> dates,
        @JsonProperty("income") List<ReportEntry> income,
        @JsonProperty("expenses") List<ReportEntry> expenses,
        @JsonProperty("total_income") ReportEntry totalIncome,
        @JsonProperty("total_expenses") ReportEntry totalExpenses,
        @JsonProperty("net_profit") ReportEntry netProfit,
        @JsonProperty("gross_margin") ReportEntry grossMargin) {

    public ProfitLossReport {
        dates = dates == null ? List.of() : List.copyOf(dates);
        income = income == null ? List.of() : List.copyOf(income);
        expenses = expenses == null ? List.of() : List.copyOf(expenses);
    }

    /** The income line named {@code description} ("Sales", "Cost of Goods Sold"), or null. */
    public ReportEntry incomeLine(String description) {
        return income.stream()
                .filter(e -> description.equalsIgnoreCase(e.description()))
                .findFirst()
                .orElse(null);
    }
}
