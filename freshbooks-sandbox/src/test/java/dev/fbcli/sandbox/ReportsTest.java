package dev.fbcli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: the accounting reports computed from the sandbox's ledger, in the fixtures' shapes.
 * A CAD client keeps the numbers of these tests apart from the demo account's USD business: an
 * invoice of 2 × 100.00 CAD with 13% HST (226.00), sent; 113.00 paid on it today; an expense of
 * 56.50 CAD today, 6.50 of it HST, in Advertising.
 */
class ReportsTest {

    @TempDir
    static Path dir;

    static Sandbox sb;
    static final String R = Sandbox.ACCT + "/reports/accounting/";
    static final String TODAY = "2024-06-15";
    static long client;
    static long invoice;

    @BeforeAll
    static void seed() {
        sb = Sandbox.start(dir);
        client = sb.post(
                        Sandbox.ACCT + "/users/clients",
                        Sandbox.json("{'client':{'organization':'Maple Leaf Ltd','currency_code':'CAD'}}"))
                .json()
                .at("/response/result/client/id")
                .asLong();
        invoice = sb.post(
                        Sandbox.ACCT + "/invoices/invoices",
                        Sandbox.json("{'invoice':{'customerid':" + client + ",'create_date':'" + TODAY
                                + "','lines':[{'name':'Work','qty':2,'unit_cost':{'amount':'100.00','code':'CAD'},"
                                + "'taxName1':'HST','taxAmount1':'13'}]}}"))
                .json()
                .at("/response/result/invoice/id")
                .asLong();
        sb.put(Sandbox.ACCT + "/invoices/invoices/" + invoice, Sandbox.fixture("invoices_mark_sent_request"));
        assertThat(sb.post(
                                Sandbox.ACCT + "/payments/payments",
                                Sandbox.json("{'payment':{'invoiceid':" + invoice
                                        + ",'amount':{'amount':'113.00','code':'CAD'},'date':'" + TODAY
                                        + "','type':'Cash','note':'half'}}"))
                        .status())
                .isEqualTo(200);
        assertThat(sb.post(
                                Sandbox.ACCT + "/expenses/expenses",
                                Sandbox.json("{'expense':{'categoryid':401,'date':'" + TODAY
                                        + "','amount':{'amount':'56.50','code':'CAD'},'taxName1':'HST',"
                                        + "'taxAmount1':{'amount':'6.50','code':'CAD'},'vendor':'Billboards'}}"))
                        .status())
                .isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        sb.close();
    }

    static JsonNode report(String path, String key) {
        Sandbox.Res res = sb.get(R + path);
        assertThat(res.status()).as(res.text()).isEqualTo(200);
        JsonNode r = res.json().at("/response/result/" + key);
        assertThat(r.get("download_token").asText()).matches("[\\w-]+\\.[\\w-]+\\.");
        return r;
    }

    static List<String> keys(JsonNode o) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void should_match_the_report_fixtures() {
        for (String name : List.of("profitloss", "profitloss_entity")) {
            Sandbox.Res pl = sb.get(R + name + "?start_date=2024-01-01&end_date=2024-12-31&resolution=3m");
            assertThat(Shape.diff(Sandbox.fixture("reports_profit_loss"), pl.json(), Set.of(), Set.of()))
                    .as(pl.text())
                    .isEmpty();
            assertThat(pl.json().at("/response/result/profitloss/dates")).hasSize(4);
        }
        Sandbox.Res details = sb.get(R + "invoice_details?start_date=2024-01-01&end_date=2024-06-30");
        assertThat(Shape.diff(Sandbox.fixture("reports_invoice_details"), details.json(), Set.of(), Set.of()))
                .as(details.text())
                .isEmpty();
        // the keys the official Node SDK's models read (payments collected and tax summary have no fixture)
        JsonNode paid = report("payments_collected?start_date=2024-01-01&end_date=2024-06-30", "payments_collected");
        assertThat(keys(paid))
                .containsExactlyInAnyOrder(
                        "clientids",
                        "currency_codes",
                        "download_token",
                        "end_date",
                        "payment_methods",
                        "payments",
                        "start_date",
                        "summary_only",
                        "totals");
        assertThat(keys(paid.at("/payments/0")))
                .containsExactlyInAnyOrder(
                        "amount",
                        "client",
                        "clientid",
                        "credit_number",
                        "creditid",
                        "date",
                        "description",
                        "from_credit",
                        "invoice_number",
                        "invoiceid",
                        "method");
        JsonNode tax = report("taxsummary?start_date=2024-01-01&end_date=2024-06-30&currency_code=CAD", "taxsummary");
        assertThat(keys(tax))
                .containsExactlyInAnyOrder(
                        "cash_based",
                        "currency_code",
                        "download_token",
                        "end_date",
                        "start_date",
                        "taxes",
                        "total_invoiced");
        assertThat(keys(tax.at("/taxes/0")))
                .containsExactlyInAnyOrder(
                        "net_tax",
                        "net_taxable_amount",
                        "tax_collected",
                        "tax_name",
                        "tax_paid",
                        "taxable_amount_collected",
                        "taxable_amount_paid");
    }

    @Test
    void should_compute_profit_and_loss_from_invoices_and_expenses() {
        JsonNode pl = report("profitloss?currency_code=CAD&start_date=" + TODAY + "&end_date=" + TODAY, "profitloss");
        assertThat(pl.get("currency_code").asText()).isEqualTo("CAD");
        assertThat(pl.at("/income/0/description").asText()).isEqualTo("Sales");
        assertThat(pl.at("/income/0/total/amount").asText()).isEqualTo("200.00"); // before tax
        assertThat(pl.at("/income/0/total/code").asText()).isEqualTo("CAD");
        assertThat(pl.at("/total_income/total/amount").asText()).isEqualTo("200.00");
        assertThat(pl.at("/expenses/0/description").asText()).isEqualTo("Advertising");
        assertThat(pl.at("/expenses/0/children/0/children/0/description").asText())
                .isEqualTo("Expenses");
        assertThat(pl.at("/total_expenses/total/amount").asText()).isEqualTo("50.00"); // 56.50 less 6.50 HST
        assertThat(pl.at("/net_profit/total/amount").asText()).isEqualTo("150.00");
        assertThat(pl.at("/net_profit/description").asText()).isEqualTo("Net Profit (CAD)");
        assertThat(pl.at("/gross_margin/total").toString()).isEqualTo("{\"amount\":\"100.00\",\"code\":\"%\"}");
        // cash basis: the pre-tax share of what was paid (113.00 of 226.00)
        JsonNode cash = report(
                "profitloss_entity?currency_code=CAD&cash_based=true&start_date=" + TODAY + "&end_date=" + TODAY,
                "profitloss");
        assertThat(cash.get("cash_based").asBoolean()).isTrue();
        assertThat(cash.at("/income/0/total/amount").asText()).isEqualTo("100.00");
        assertThat(cash.at("/net_profit/total/amount").asText()).isEqualTo("50.00");
        // one period per resolution step; search[...] is ignored and the dates default to today
        JsonNode months = report("profitloss?start_date=2024-01-01&end_date=2024-06-15&resolution=1m", "profitloss");
        assertThat(months.get("dates")).hasSize(6);
        assertThat(months.at("/dates/5/end_date").asText()).isEqualTo("2024-06-15");
        JsonNode ignored = report("profitloss?search[start_date]=2020-01-01", "profitloss");
        assertThat(ignored.get("start_date").asText()).isEqualTo(TODAY);
        assertThat(ignored.get("currency_code").asText()).isEqualTo("USD");
        assertThat(sb.get(R + "profitloss?resolution=fortnight").status()).isEqualTo(422);
        Sandbox.Res backwards = sb.get(R + "profitloss?start_date=2024-06-30&end_date=2024-06-01");
        assertThat(backwards.json().at("/response/errors/0/errno").asInt()).isEqualTo(1007);
    }

    @Test
    void should_collect_payments_per_currency_never_summed() {
        JsonNode all = report("payments_collected?start_date=2024-01-01&end_date=2024-06-30", "payments_collected");
        assertThat(all.get("currency_codes").toString()).isEqualTo("[\"CAD\",\"USD\"]");
        assertThat(all.get("totals").findValuesAsText("code")).containsExactly("CAD", "USD");
        assertThat(all.at("/totals/0/amount").asText()).isEqualTo("113.00");
        java.math.BigDecimal usd = java.math.BigDecimal.ZERO;
        for (JsonNode p : all.get("payments")) {
            if (p.at("/amount/code").asText().equals("USD")) {
                usd = usd.add(new java.math.BigDecimal(p.at("/amount/amount").asText()));
            }
        }
        assertThat(all.at("/totals/1/amount").asText())
                .isEqualTo(usd.setScale(2).toPlainString());
        JsonNode cad = report(
                "payments_collected?currency_code=CAD&start_date=" + TODAY + "&end_date=" + TODAY,
                "payments_collected");
        assertThat(cad.get("payments")).hasSize(1);
        JsonNode p = cad.at("/payments/0");
        assertThat(p.get("client").asText()).isEqualTo("Maple Leaf Ltd");
        assertThat(p.get("clientid").asLong()).isEqualTo(client);
        assertThat(p.get("invoiceid").asLong()).isEqualTo(invoice);
        assertThat(p.get("method").asText()).isEqualTo("Cash");
        assertThat(p.get("description").asText()).isEqualTo("half");
        assertThat(p.get("amount").toString()).isEqualTo("{\"amount\":\"113.00\",\"code\":\"CAD\"}");
        JsonNode checks = report(
                "payments_collected?payment_method=Check&clientids=" + client + "&start_date=2024-01-01",
                "payments_collected");
        assertThat(checks.get("payments")).isEmpty();
        assertThat(checks.get("clientids").toString()).isEqualTo("[" + client + "]");
    }

    @Test
    void should_sum_taxes_collected_and_paid() {
        JsonNode tax = report("taxsummary?currency_code=CAD&start_date=" + TODAY + "&end_date=" + TODAY, "taxsummary");
        JsonNode hst = tax.at("/taxes/0");
        assertThat(hst.get("tax_name").asText()).isEqualTo("HST");
        assertThat(hst.at("/taxable_amount_collected/amount").asText()).isEqualTo("200.00");
        assertThat(hst.at("/tax_collected/amount").asText()).isEqualTo("26.00");
        assertThat(hst.at("/taxable_amount_paid/amount").asText()).isEqualTo("50.00");
        assertThat(hst.at("/tax_paid/amount").asText()).isEqualTo("6.50");
        assertThat(hst.at("/net_tax/amount").asText()).isEqualTo("19.50");
        assertThat(hst.at("/net_taxable_amount/amount").asText()).isEqualTo("150.00");
        assertThat(tax.at("/total_invoiced").toString()).isEqualTo("{\"amount\":\"226.00\",\"code\":\"CAD\"}");
        JsonNode cash = report(
                "taxsummary?currency_code=CAD&cash_based=true&start_date=" + TODAY + "&end_date=" + TODAY,
                "taxsummary");
        assertThat(cash.at("/taxes/0/tax_collected/amount").asText()).isEqualTo("13.00");
        assertThat(cash.at("/total_invoiced/amount").asText()).isEqualTo("113.00");
    }

    @Test
    void should_detail_invoices_by_client() {
        JsonNode details = report(
                "invoice_details?currency_code=CAD&start_date=2024-06-01&end_date=2024-06-30", "invoice_details");
        assertThat(details.get("date_type").asText()).isEqualTo("issue");
        JsonNode c = details.at("/clients/0");
        assertThat(c.get("clientid").asLong()).isEqualTo(client);
        assertThat(c.at("/invoices/0/status").asText()).isEqualTo("partial");
        assertThat(c.at("/invoices/0/outstanding/amount").asText()).isEqualTo("113.00");
        assertThat(details.at("/summary/total").toString()).isEqualTo("{\"amount\":\"226.00\",\"code\":\"CAD\"}");
        assertThat(details.at("/summary/paid/amount").asText()).isEqualTo("113.00");
        JsonNode paidOnly =
                report("invoice_details?statusids=paid&start_date=2024-01-01&end_date=2024-06-30", "invoice_details");
        assertThat(paidOnly.get("clients").findValuesAsText("status")).containsOnly("paid");
        assertThat(paidOnly.get("statusids").toString()).isEqualTo("[\"paid\"]");
        assertThat(paidOnly.at("/summary/outstanding/amount").asText()).isEqualTo("0.00");
    }
}
