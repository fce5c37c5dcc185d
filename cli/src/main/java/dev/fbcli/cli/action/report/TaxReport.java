package dev.fbcli.cli.action.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.render.Table;
import dev.fbcli.cli.session.Account;
import dev.fbcli.freshbooks.model.TaxSummaryReport;
import dev.fbcli.freshbooks.model.TaxSummaryRow;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code fb report tax}: FreshBooks' tax summary (accrual), per currency and per tax: what was taxed
 * and collected on invoices, paid on expenses, and what is owed (collected minus paid).
 */
final class TaxReport {
    private final Account account;

    TaxReport(Account account) {
        this.account = account;
    }

    View view(ReportRequest q) {
        Table t = new Table("CURRENCY", "TAX", "TAXABLE", "COLLECTED", "PAID", "NET TAX").alignRight(2, 3, 4, 5);
        ObjectNode json = q.jsonHead();
        ArrayNode per = json.putArray("currencies");
        List<String> footer = new ArrayList<>();
        for (String code : q.currencies()) {
            TaxSummaryReport r =
                    Account.call(() -> account.client().reports().taxSummary(q.from(), q.to(), code, false));
            boolean nothing = r.taxes().isEmpty()
                    && (r.totalInvoiced() == null || r.totalInvoiced().amount().signum() == 0);
            if (nothing && !q.saidCurrency() && !code.equals(q.currencies().get(0))) {
                continue;
            }
            ObjectNode c = per.addObject();
            c.put("currency", code);
            c.set("total_invoiced", Json.MAPPER.valueToTree(r.totalInvoiced()));
            ArrayNode taxes = c.putArray("taxes");
            for (TaxSummaryRow x : r.taxes()) {
                t.row(
                        code,
                        x.taxName(),
                        Fmt.money(x.taxableCollected()),
                        Fmt.money(x.taxCollected()),
                        Fmt.money(x.taxPaid()),
                        Fmt.money(x.netTax()));
                ObjectNode o = taxes.addObject();
                o.put("tax", x.taxName());
                o.set("taxable_collected", Json.MAPPER.valueToTree(x.taxableCollected()));
                o.set("collected", Json.MAPPER.valueToTree(x.taxCollected()));
                o.set("taxable_paid", Json.MAPPER.valueToTree(x.taxablePaid()));
                o.set("paid", Json.MAPPER.valueToTree(x.taxPaid()));
                o.set("net_tax", Json.MAPPER.valueToTree(x.netTax()));
            }
            if (r.totalInvoiced() != null) {
                footer.add(code + " invoiced in the period: " + Fmt.money(r.totalInvoiced()));
            }
        }
        footer.add("Tax summary " + q.from() + " to " + q.to() + " (accrual)");
        return new View(t, json, footer, "No tax collected or paid " + q.from() + " to " + q.to() + ".", q.command());
    }
}
