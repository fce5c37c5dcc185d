package dev.fbcli.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.ClientQuery;
import dev.fbcli.freshbooks.model.ExpenseDto;
import dev.fbcli.freshbooks.model.ExpenseQuery;
import dev.fbcli.freshbooks.model.InvoiceDraft;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceLineDraft;
import dev.fbcli.freshbooks.model.InvoiceLineDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.Money;
import dev.fbcli.freshbooks.model.PaymentDraft;
import dev.fbcli.freshbooks.model.PaymentDto;
import dev.fbcli.freshbooks.model.PaymentQuery;
import dev.fbcli.nlp.intent.DateRange;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.ReportGrouping;
import dev.fbcli.nlp.intent.ReportKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * `fb report …` against the real sandbox: every figure equals a sum computed here from the records
 * the API lists (payments per month, invoices, expenses per category, what is owed), per currency.
 * The demo account bills in USD and, for Tyrell, in EUR; a EUR payment is added so that two
 * currencies are collected.
 */
class BusinessReportsTest extends SandboxCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 24);

    @BeforeEach
    void euroPayment() {
        ok(fb("client", "list")); // seeds the account
        try (SandboxInspector s = inspect()) {
            s.client()
                    .payments()
                    .create(PaymentDraft.empty()
                            .withInvoiceId(9009L)
                            .withAmount(Money.of("300.00", "EUR"))
                            .withDate(LocalDate.of(2026, 11, 20))
                            .withType("Bank Transfer"));
        }
    }

    private static Result ok(Result r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r;
    }

    private static String cents(BigDecimal b) {
        return b.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private JsonNode json(String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "--json";
        System.arraycopy(args, 0, all, 1, args.length);
        return JSON.readTree(ok(fb(all)).out());
    }

    private static JsonNode currency(JsonNode report, String code) {
        for (JsonNode c : report.path("currencies")) {
            if (code.equals(c.path("currency").asText())) {
                return c;
            }
        }
        throw new AssertionError("no " + code + " in " + report);
    }

    private static boolean billed(InvoiceDto i) {
        return !"draft".equals(i.v3Status())
                && !"created".equals(i.v3Status())
                && (i.visState() == null || i.visState() == 0);
    }

    @Test
    void payments_by_month_equal_the_payments_listed_per_currency() throws Exception {
        Map<String, Map<String, BigDecimal>> expected = new TreeMap<>();
        try (SandboxInspector s = inspect()) {
            for (PaymentDto p : s.client().payments().list(PaymentQuery.empty()).toList()) {
                if ((p.visState() == null || p.visState() == 0)
                        && !p.date().isBefore(FROM)
                        && !p.date().isAfter(TO)) {
                    expected.computeIfAbsent(p.amount().code(), k -> new TreeMap<>())
                            .merge(
                                    YearMonth.from(p.date()).toString(),
                                    p.amount().amount(),
                                    BigDecimal::add);
                }
            }
        }
        assertThat(expected).containsOnlyKeys("EUR", "USD");

        JsonNode r = json("report", "payments", "--from", FROM.toString(), "--to", TO.toString(), "--by", "month");
        assertThat(r.path("by").asText()).isEqualTo("month");
        for (String code : expected.keySet()) {
            JsonNode c = currency(r, code);
            Map<String, String> got = new TreeMap<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode m : c.path("months")) {
                assertThat(m.path("total").path("code").asText()).isEqualTo(code);
                BigDecimal v = new BigDecimal(m.path("total").path("amount").asText());
                sum = sum.add(v);
                if (v.signum() != 0) {
                    got.put(m.path("month").asText(), cents(v));
                }
            }
            Map<String, String> want = new TreeMap<>();
            expected.get(code).forEach((k, v) -> want.put(k, cents(v)));
            assertThat(got).as(code).isEqualTo(want);
            assertThat(c.path("months")).hasSize(11); // every month of the period, zeros included
            assertThat(c.path("total").path("amount").asText()).isEqualTo(cents(sum));
        }
        assertThat(currency(r, "EUR").path("total").path("amount").asText()).isEqualTo("300.00");

        // the same numbers as CSV, and a chart only at a terminal
        Result csv = ok(
                fb("--csv", "report", "payments", "--from", FROM.toString(), "--to", TO.toString(), "--by", "month"));
        // one row per currency and month, the currency's own figures repeated (docs/json.md, "CSV")
        assertThat(csv.out())
                .startsWith("currency,count,total,total_currency,month,months_count,months_total,months_total_currency")
                .contains("EUR,1,300.00,EUR,2026-11,1,300.00,EUR");
        assertThat(csv.out()).doesNotContain("█");
        Result script = ok(fb("report", "payments", "--year", "2026", "--by", "month"));
        assertThat(script.out()).doesNotContain("█").doesNotContain("per month (");
        Result terminal = ok(typing("", "report", "payments", "--year", "2026", "--by", "month"));
        assertThat(terminal.out())
                .contains("Payments received per month (USD)")
                .contains("Payments received per month (EUR)")
                .contains("█");
    }

    @Test
    void profit_and_loss_equals_the_invoices_and_expenses_listed_per_currency() throws Exception {
        Map<String, BigDecimal> income = new TreeMap<>();
        Map<String, Map<String, BigDecimal>> expenses = new TreeMap<>();
        try (SandboxInspector s = inspect()) {
            Map<Long, String> categories = new HashMap<>();
            s.client().expenseCategories().list().forEach(c -> categories.put(c.id(), c.category()));
            for (InvoiceDto i : s.client()
                    .invoices()
                    .list(InvoiceQuery.empty().withIncludeLines(true))
                    .toList()) {
                if (!billed(i)
                        || i.createDate().isBefore(FROM)
                        || i.createDate().isAfter(TO)) {
                    continue;
                }
                BigDecimal net = i.discountTotal() == null
                        ? BigDecimal.ZERO
                        : i.discountTotal().amount();
                for (InvoiceLineDto l : i.lines()) {
                    net = net.add(l.qty().multiply(l.unitCost().amount()));
                }
                income.merge(i.currencyCode(), net, BigDecimal::add);
            }
            for (ExpenseDto x : s.client().expenses().list(ExpenseQuery.empty()).toList()) {
                if ((x.visState() != null && x.visState() != 0)
                        || x.date().isBefore(FROM)
                        || x.date().isAfter(TO)) {
                    continue;
                }
                BigDecimal net = x.amount().amount();
                net = x.taxAmount1() == null ? net : net.subtract(x.taxAmount1().amount());
                net = x.taxAmount2() == null ? net : net.subtract(x.taxAmount2().amount());
                expenses.computeIfAbsent(x.amount().code(), k -> new TreeMap<>())
                        .merge(categories.get(x.categoryId()), net, BigDecimal::add);
            }
        }
        assertThat(income).containsKeys("USD", "EUR");

        JsonNode r = json("report", "profit-loss", "--from", FROM.toString(), "--to", TO.toString());
        for (String code : income.keySet()) {
            JsonNode c = currency(r, code);
            assertThat(c.path("income").path("amount").asText()).as(code).isEqualTo(cents(income.get(code)));
            Map<String, String> want = new TreeMap<>();
            expenses.getOrDefault(code, Map.of()).forEach((k, v) -> want.put(k, cents(v)));
            Map<String, String> got = new TreeMap<>();
            for (JsonNode cat : c.path("expenses_by_category")) {
                got.put(
                        cat.path("category").asText(),
                        cat.path("amount").path("amount").asText());
            }
            assertThat(got).as(code).isEqualTo(want);
            BigDecimal spent =
                    expenses.getOrDefault(code, Map.of()).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(c.path("expenses").path("amount").asText()).isEqualTo(cents(spent));
            assertThat(c.path("net_profit").path("amount").asText())
                    .isEqualTo(cents(income.get(code).subtract(spent)));
        }

        // by month: the months add up to the same totals
        JsonNode monthly =
                json("report", "profit-loss", "--from", FROM.toString(), "--to", TO.toString(), "--by", "month");
        JsonNode usd = currency(monthly, "USD");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode m : usd.path("months")) {
            sum = sum.add(new BigDecimal(m.path("net_profit").path("amount").asText()));
        }
        assertThat(cents(sum)).isEqualTo(usd.path("net_profit").path("amount").asText());
        assertThat(usd.path("months")).hasSize(11);
    }

    @Test
    void revenue_by_client_and_aging_equal_the_invoices_listed_per_currency() throws Exception {
        Map<String, Map<String, BigDecimal>> invoiced = new TreeMap<>();
        Map<String, BigDecimal> owed = new TreeMap<>();
        try (SandboxInspector s = inspect()) {
            Map<Long, String> names = new HashMap<>();
            for (ClientDto c : s.client().clients().list(ClientQuery.empty()).toList()) {
                names.put(c.id(), c.organization());
            }
            for (InvoiceDto i : s.client().invoices().list(InvoiceQuery.empty()).toList()) {
                if (!billed(i)) {
                    continue;
                }
                owed.merge(i.currencyCode(), i.outstanding().amount(), BigDecimal::add);
                if (!i.createDate().isBefore(FROM) && !i.createDate().isAfter(TO)) {
                    invoiced.computeIfAbsent(i.currencyCode(), k -> new TreeMap<>())
                            .merge(names.get(i.customerId()), i.amount().amount(), BigDecimal::add);
                }
            }
        }
        JsonNode r = json("report", "revenue", "--from", FROM.toString(), "--to", TO.toString(), "--by", "client");
        for (String code : invoiced.keySet()) {
            Map<String, String> got = new TreeMap<>();
            for (JsonNode c : currency(r, code).path("clients")) {
                got.put(
                        c.path("client").asText(),
                        c.path("invoiced").path("amount").asText());
            }
            Map<String, String> want = new TreeMap<>();
            invoiced.get(code).forEach((k, v) -> want.put(k, cents(v)));
            assertThat(got).as(code).isEqualTo(want);
        }

        JsonNode aging = json("report", "aging");
        for (String code : owed.keySet()) {
            assertThat(currency(aging, code)
                            .path("totals")
                            .path("total")
                            .path("amount")
                            .asText())
                    .as(code)
                    .isEqualTo(cents(owed.get(code)));
        }
        // "who owes me the most": the first client owes the most
        JsonNode clients = currency(aging, "USD").path("clients");
        assertThat(new BigDecimal(clients.get(0).path("total").path("amount").asText()))
                .isGreaterThanOrEqualTo(new BigDecimal(clients.get(clients.size() - 1)
                        .path("total")
                        .path("amount")
                        .asText()));
    }

    @Test
    void tax_summary_equals_the_tax_on_the_lines_of_sent_invoices() throws Exception {
        // given: two taxed invoices, one sent (counted) and one draft (left out)
        try (SandboxInspector s = inspect()) {
            for (boolean send : List.of(true, false)) {
                InvoiceDto inv = s.client()
                        .invoices()
                        .create(InvoiceDraft.empty()
                                .withCustomerId(101L)
                                .withCreateDate(LocalDate.of(2026, 11, 20))
                                .withLines(List.of(
                                        InvoiceLineDraft.of("Taxed", new BigDecimal("4"), Money.of("250.00", "USD"))
                                                .withTaxName1("HST")
                                                .withTaxAmount1(new BigDecimal("13")),
                                        InvoiceLineDraft.of("Untaxed", BigDecimal.ONE, Money.of("80.00", "USD")))));
                if (send) {
                    s.client().invoices().markAsSent(inv.id());
                }
            }
        }
        BigDecimal taxable = BigDecimal.ZERO;
        BigDecimal collected = BigDecimal.ZERO;
        try (SandboxInspector s = inspect()) {
            for (InvoiceDto i : s.client()
                    .invoices()
                    .list(InvoiceQuery.empty().withIncludeLines(true))
                    .toList()) {
                if (!billed(i)
                        || i.createDate().isBefore(FROM)
                        || i.createDate().isAfter(TO)) {
                    continue;
                }
                for (InvoiceLineDto l : i.lines()) {
                    if ("HST".equals(l.taxName1())) {
                        BigDecimal net = l.qty().multiply(l.unitCost().amount());
                        taxable = taxable.add(net);
                        collected = collected.add(net.multiply(l.taxAmount1()).divide(new BigDecimal("100")));
                    }
                }
            }
        }
        assertThat(cents(collected)).isEqualTo("130.00");

        JsonNode r = json("report", "tax", "--from", FROM.toString(), "--to", TO.toString());
        JsonNode hst = currency(r, "USD").path("taxes").get(0);
        assertThat(hst.path("tax").asText()).isEqualTo("HST");
        assertThat(hst.path("taxable_collected").path("amount").asText()).isEqualTo(cents(taxable));
        assertThat(hst.path("collected").path("amount").asText()).isEqualTo(cents(collected));
        assertThat(hst.path("net_tax").path("amount").asText()).isEqualTo(cents(collected));
        Result table = ok(fb("report", "tax", "--year", "2026"));
        assertThat(table.out()).contains("HST").contains("$1,000.00").contains("$130.00");
    }

    @Test
    void report_show_intent_reaches_the_same_report() {
        IntentRun.Outcome o = IntentRun.script(
                home,
                clock,
                new Intent.ShowReport(ReportKind.PAYMENTS, new DateRange(FROM, TO), ReportGrouping.CLIENT, "EUR"));
        assertThat(o.exitCode()).as(o.err()).isZero();
        assertThat(o.out())
                .contains("Tyrell Corporation")
                .contains("300.00 EUR")
                .doesNotContain("USD");
    }

    @Test
    void should_refuse_what_a_report_cannot_do() {
        assertThat(fb("report", "tax", "--by", "month").exitCode()).isEqualTo(2);
        Result pl = fb("report", "profit-loss", "--by", "client");
        assertThat(pl.exitCode()).isEqualTo(2);
        assertThat(pl.err()).contains("expected one of [month]");
        IntentRun.Outcome byClient = IntentRun.script(
                home, clock, new Intent.ShowReport(ReportKind.PROFIT_LOSS, null, ReportGrouping.CLIENT, null));
        assertThat(byClient.exitCode()).isEqualTo(2);
        assertThat(byClient.err()).contains("not per client").contains("fb report revenue --by client");
        Result twoPeriods = fb("report", "payments", "--month", "11", "--year", "2026");
        assertThat(twoPeriods.exitCode()).isEqualTo(2);
        assertThat(twoPeriods.err()).contains("give one period");
        Result badMonth = fb("report", "revenue", "--month", "13");
        assertThat(badMonth.exitCode()).isEqualTo(2);
        assertThat(badMonth.err()).contains("cannot read --month '13'");
        Result backwards = fb("report", "payments", "--from", "2026-11-01", "--to", "2026-10-01");
        assertThat(backwards.exitCode()).isEqualTo(2);
    }

    @Test
    void a_month_said_is_that_month() {
        Result r = ok(fb("report", "payments", "--month", "november"));
        assertThat(r.err() + r.out()).contains("2026-11-01 to 2026-11-30");
        assertThat(List.of(r.out().split("\n"))).anyMatch(l -> l.startsWith("EUR") && l.contains("300.00 EUR"));
    }
}
