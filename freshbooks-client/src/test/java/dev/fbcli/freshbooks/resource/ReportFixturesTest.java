package dev.fbcli.freshbooks.resource;

import static dev.fbcli.freshbooks.http.HttpMethod.GET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.freshbooks.model.BusinessContext;
import dev.fbcli.freshbooks.model.InvoiceDetailsReport;
import dev.fbcli.freshbooks.model.Money;
import dev.fbcli.freshbooks.model.ProfitLossReport;
import dev.fbcli.freshbooks.model.ReportEntry;
import dev.fbcli.freshbooks.testing.FakeRequestExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The report fixtures (profit and loss, invoice details) read through {@link Reports}, and the plain query parameters it sends. */
class ReportFixturesTest {
    static final String A = "/accounting/account/ACM123/";
    static final BusinessContext BIZ = new BusinessContext(439000, "a_uuid1", "ACM123", "Commonwealth", "owner");
    final FakeRequestExecutor fake = new FakeRequestExecutor();
    final Resources fb =
            new Resources(fake, () -> BIZ, Clock.fixed(Instant.parse("2024-01-01T12:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void verify() {
        fake.verify();
    }

    @Test
    void profit_loss_fixture_reads_every_line_per_period() {
        fake.onFixture(GET, A + "reports/accounting/profitloss", "reports_profit_loss.json");
        ProfitLossReport r =
                fb.reports.profitLoss(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), "CAD", false, "3m");
        assertThat(fake.last().queryString())
                .isEqualTo("start_date=2022-01-01&end_date=2022-12-31&currency_code=CAD&cash_based=false"
                        + "&resolution=3m");
        assertThat(r.currencyCode()).isEqualTo("CAD");
        assertThat(r.cashBased()).isFalse();
        assertThat(r.dates()).hasSize(4);
        assertThat(r.dates().get(1).startDate()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(r.dates().get(1).endDate()).isEqualTo(LocalDate.of(2022, 6, 30));
        ReportEntry sales = r.incomeLine("Sales");
        assertThat(sales.total()).isEqualTo(Money.of("12.00", "CAD"));
        assertThat(sales.data()).hasSize(4).first().isEqualTo(Money.of("12.00", "CAD"));
        assertThat(sales.children()).extracting(ReportEntry::description).containsExactly("Invoice");
        assertThat(r.incomeLine("Cost of Goods Sold").total()).isEqualTo(Money.of("0.00", "CAD"));
        assertThat(r.expenses()).hasSize(1);
        ReportEntry other = r.expenses().get(0);
        assertThat(other.description()).isEqualTo("Other Expenses");
        assertThat(other.children().get(0).description()).isEqualTo("Bank Fees");
        assertThat(other.children().get(0).total()).isEqualTo(Money.of("3.98", "CAD"));
        assertThat(r.totalExpenses().total()).isEqualTo(Money.of("3.98", "CAD"));
        assertThat(r.totalIncome().total()).isEqualTo(Money.of("12.00", "CAD"));
        assertThat(r.netProfit().total()).isEqualTo(Money.of("8.02", "CAD"));
        assertThat(r.netProfit().data().get(0)).isEqualTo(Money.of("8.02", "CAD"));
        assertThat(r.grossMargin().total()).isEqualTo(Money.of("100.00", "%"));
    }

    @Test
    void invoice_details_fixture_reads_the_summary() {
        fake.onFixture(GET, A + "reports/accounting/invoice_details", "reports_invoice_details.json");
        InvoiceDetailsReport r =
                fb.reports.invoiceDetails(LocalDate.of(2019, 4, 24), LocalDate.of(2019, 4, 24), "USD", "issue");
        assertThat(fake.last().queryString())
                .isEqualTo("start_date=2019-04-24&end_date=2019-04-24&currency_code=USD&date_type=issue");
        assertThat(r.dateType()).isEqualTo("issue");
        assertThat(r.clients()).isEmpty();
        assertThat(r.summary().total()).isEqualTo(Money.of("0.00", "USD"));
        assertThat(r.summary().paid()).isEqualTo(Money.of("0.00", "USD"));
        assertThat(r.endDate()).isEqualTo(LocalDate.of(2019, 4, 24));
    }
}
