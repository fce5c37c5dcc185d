package dev.fbcli.freshbooks.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.model.*;
import dev.fbcli.sandbox.SandboxServer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Estimates (create, list, email, accept, convert) and the accounting reports against the real
 * sandbox; every report figure is checked against sums computed here from the records the API
 * lists (invoices, payments, expenses), per currency.
 */
class EstimatesReportsIT {
    @TempDir
    Path dir;

    SandboxServer sandbox;
    FreshBooksClient fb;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxFixture.start(dir.resolve("data"), null);
        fb = SandboxFixture.client(sandbox).build();
    }

    @AfterEach
    void stop() {
        fb.close();
        sandbox.close();
    }

    @Test
    void estimate_made_sent_accepted_and_converted_keeps_its_lines() {
        LocalDate today = LocalDate.now();
        EstimateDto e = fb.estimates()
                .create(EstimateDraft.empty()
                        .withCustomerId(103L)
                        .withCreateDate(today)
                        .withNotes("Mobile app, phase 2")
                        .withLines(List.of(
                                InvoiceLineDraft.of("Design", new BigDecimal("10"), Money.of("150.00", "USD")),
                                InvoiceLineDraft.of("Build", new BigDecimal("20"), Money.of("125.00", "USD")))));
        assertThat(e.statusWord()).isEqualTo("draft");
        assertThat(e.amount()).isEqualTo(Money.of("4000.00", "USD"));
        assertThat(e.lines()).hasSize(2);
        assertThat(fb.estimates()
                        .list(EstimateQuery.empty().withCustomerId(103L))
                        .toList())
                .extracting(EstimateDto::id)
                .contains(e.id());
        assertThat(fb.estimates()
                        .list(EstimateQuery.empty().withCustomerId(101L))
                        .toList())
                .extracting(EstimateDto::id)
                .doesNotContain(e.id());

        EstimateDto sent = fb.estimates().sendByEmail(e.id(), List.of("bill@initech.example"), "Your quote", null);
        assertThat(sent.status()).isEqualTo(2);
        assertThat(fb.estimates().list(EstimateQuery.empty().withStatus(2)).toList())
                .extracting(EstimateDto::id)
                .contains(e.id());

        EstimateDto accepted = fb.estimates().accept(e.id());
        assertThat(accepted.accepted()).isTrue();
        assertThat(accepted.statusWord()).isEqualTo("accepted");

        InvoiceDto inv = fb.estimates().convert(fb.estimates().get(e.id()), today);
        assertThat(inv.customerId()).isEqualTo(103L);
        assertThat(inv.amount()).isEqualTo(Money.of("4000.00", "USD"));
        assertThat(inv.notes()).isEqualTo("Mobile app, phase 2");
        InvoiceDto read = fb.invoices().get(inv.id());
        assertThat(read.lines()).extracting(InvoiceLineDto::name).containsExactly("Design", "Build");
        assertThat(read.lines().get(0).qty()).isEqualByComparingTo("10");
        assertThat(read.lines().get(1).qty()).isEqualByComparingTo("20");
        assertThat(read.lines().get(1).unitCost()).isEqualTo(Money.of("125.00", "USD"));
        assertThat(fb.estimates().get(e.id()).statusWord()).isEqualTo("invoiced");
        assertThat(fb.estimates().invoicesFrom(e))
                .extracting(EstimateInvoice::id)
                .containsExactly(inv.id());
        fb.invoices().delete(inv.id());
        assertThat(fb.estimates().invoicesFrom(e)).isEmpty();

        fb.estimates().delete(e.id());
        assertThat(fb.estimates().get(e.id()).visState()).isEqualTo(1);
    }

    /** Payments per month and per currency, from the payments the API lists. */
    @Test
    void payments_collected_equal_the_payments_listed_per_month_and_currency() {
        LocalDate today = LocalDate.now();
        fb.payments()
                .create(PaymentDraft.empty()
                        .withInvoiceId(9009L)
                        .withAmount(Money.of("300.00", "EUR"))
                        .withDate(today.minusDays(1))
                        .withType("Bank Transfer"));
        LocalDate from = today.minusDays(200);
        LocalDate to = today.plusDays(1);
        Map<String, Map<YearMonth, BigDecimal>> expected = new TreeMap<>();
        for (PaymentDto p : fb.payments().list(PaymentQuery.empty()).toList()) {
            if ((p.visState() == null || p.visState() == 0)
                    && !p.date().isBefore(from)
                    && !p.date().isAfter(to)) {
                expected.computeIfAbsent(p.amount().code(), k -> new TreeMap<>())
                        .merge(YearMonth.from(p.date()), p.amount().amount(), BigDecimal::add);
            }
        }
        PaymentsCollectedReport r = fb.reports().paymentsCollected(from, to, null);
        Map<String, Map<YearMonth, BigDecimal>> got = new TreeMap<>();
        for (CollectedPayment p : r.payments()) {
            got.computeIfAbsent(p.amount().code(), k -> new TreeMap<>())
                    .merge(YearMonth.from(p.date()), p.amount().amount(), BigDecimal::add);
        }
        assertThat(expected).containsOnlyKeys("USD", "EUR");
        assertThat(norm(got)).isEqualTo(norm(expected));
        Map<String, BigDecimal> totals = new HashMap<>();
        r.totals().forEach(m -> totals.put(m.code(), m.amount()));
        assertThat(totals.get("EUR")).isEqualByComparingTo("300.00");
        assertThat(totals.get("USD"))
                .isEqualByComparingTo(expected.get("USD").values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(fb.reports().paymentsCollected(from, to, "EUR").totals()).containsExactly(Money.of("300.00", "EUR"));
    }

    /** P&L (accrual) income = the billed invoices' lines; expenses per category = the expenses listed; per currency. */
    @Test
    void profit_and_loss_equals_the_invoices_and_expenses_listed_per_currency() {
        LocalDate today = LocalDate.now();
        LocalDate from = today.minusDays(200);
        LocalDate to = today.plusDays(1);
        Map<Long, String> categories = new HashMap<>();
        fb.expenseCategories().list().forEach(c -> categories.put(c.id(), c.category()));
        for (String code : List.of("USD", "EUR")) {
            BigDecimal income = BigDecimal.ZERO;
            for (InvoiceDto i : fb.invoices()
                    .list(InvoiceQuery.empty().withIncludeLines(true))
                    .toList()) {
                boolean draft =
                        "draft".equals(i.v3Status()) || Integer.valueOf(1).equals(i.status());
                if (draft
                        || (i.visState() != null && i.visState() != 0)
                        || !code.equals(i.currencyCode())
                        || i.createDate().isBefore(from)
                        || i.createDate().isAfter(to)) {
                    continue;
                }
                for (InvoiceLineDto l : i.lines()) {
                    income = income.add(l.qty().multiply(l.unitCost().amount()));
                }
                if (i.discountTotal() != null) {
                    income = income.add(i.discountTotal().amount());
                }
            }
            Map<String, BigDecimal> perCategory = new TreeMap<>();
            for (ExpenseDto x : fb.expenses().list(ExpenseQuery.empty()).toList()) {
                if ((x.visState() != null && x.visState() != 0)
                        || !code.equals(x.amount().code())
                        || x.date().isBefore(from)
                        || x.date().isAfter(to)) {
                    continue;
                }
                BigDecimal net = x.amount().amount();
                net = x.taxAmount1() == null ? net : net.subtract(x.taxAmount1().amount());
                net = x.taxAmount2() == null ? net : net.subtract(x.taxAmount2().amount());
                perCategory.merge(categories.get(x.categoryId()), net, BigDecimal::add);
            }

            ProfitLossReport r = fb.reports().profitLoss(from, to, code, false, "1m");
            assertThat(r.currencyCode()).isEqualTo(code);
            assertThat(r.incomeLine("Sales").total().amount()).isEqualByComparingTo(income);
            Map<String, BigDecimal> reported = new TreeMap<>();
            for (ReportEntry group : r.expenses()) {
                for (ReportEntry category : group.children()) {
                    reported.merge(category.description(), category.total().amount(), BigDecimal::add);
                }
            }
            assertThat(norm1(reported)).isEqualTo(norm1(perCategory));
            BigDecimal expenses = perCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(r.totalExpenses().total().amount()).isEqualByComparingTo(expenses);
            assertThat(r.netProfit().total().amount()).isEqualByComparingTo(income.subtract(expenses));
            // the monthly columns add up to the total, each in the report's currency
            assertThat(r.netProfit().data().stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(r.netProfit().total().amount());
            assertThat(r.netProfit().data())
                    .allSatisfy(m -> assertThat(m.code()).isEqualTo(code));
        }
    }

    @Test
    void tax_summary_and_invoice_details_read_from_the_sandbox() {
        LocalDate today = LocalDate.now();
        TaxSummaryReport tax = fb.reports().taxSummary(today.minusDays(200), today, "USD", false);
        assertThat(tax.currencyCode()).isEqualTo("USD");
        InvoiceDetailsReport details = fb.reports().invoiceDetails(today.minusDays(200), today, "EUR", "issue");
        assertThat(details.clients())
                .extracting(InvoiceDetailsReport.Client::clientId)
                .containsExactly(108L);
        assertThat(details.summary().total().code()).isEqualTo("EUR");
    }

    private static Map<String, Map<YearMonth, String>> norm(Map<String, Map<YearMonth, BigDecimal>> m) {
        Map<String, Map<YearMonth, String>> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, norm1(v)));
        return out;
    }

    private static <K> Map<K, String> norm1(Map<K, BigDecimal> m) {
        Map<K, String> out = new TreeMap<>();
        m.forEach((k, v) ->
                out.put(k, v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()));
        return out;
    }
}
