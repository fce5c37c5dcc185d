package dev.fbcli.cli.action.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Table;
import dev.fbcli.cli.session.Account;
import dev.fbcli.freshbooks.model.InvoiceDetailsReport;
import dev.fbcli.freshbooks.model.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code fb report revenue}: what was invoiced in the period (by issue date, drafts left out), from
 * FreshBooks' invoice-details report, one currency at a time: invoiced, paid and outstanding;
 * {@code --by client} (largest first) or {@code --by month} (a chart on a terminal).
 */
final class RevenueReport {
    private final Account account;

    RevenueReport(Account account) {
        this.account = account;
    }

    View view(ReportRequest q) {
        String col = q.byMonth() ? "MONTH" : "CLIENT";
        Table t = q.by() == null
                ? new Table("CURRENCY", "INVOICES", "INVOICED", "PAID", "OUTSTANDING").alignRight(1, 2, 3, 4)
                : new Table("CURRENCY", col, "INVOICES", "INVOICED", "PAID", "OUTSTANDING").alignRight(2, 3, 4, 5);
        ObjectNode json = q.jsonHead();
        ArrayNode per = json.putArray("currencies");
        List<String> footer = new ArrayList<>();
        for (String code : q.currencies()) {
            InvoiceDetailsReport r =
                    Account.call(() -> account.client().reports().invoiceDetails(q.from(), q.to(), code, "issue"));
            Tally all = new Tally();
            Map<String, Tally> groups = new LinkedHashMap<>();
            if (q.byMonth()) {
                q.months().forEach(m -> groups.put(m.toString(), new Tally()));
            }
            for (InvoiceDetailsReport.Client c : r.clients()) {
                for (InvoiceDetailsReport.Row i : c.invoices()) {
                    if ("draft".equals(i.status()) || "created".equals(i.status())) {
                        continue;
                    }
                    BigDecimal amount = amount(i.amount());
                    all.add(amount, amount(i.paid()), amount(i.outstanding()));
                    if (q.by() != null) {
                        String g = q.byMonth()
                                ? YearMonth.from(i.createDate()).toString()
                                : c.name() == null || c.name().isBlank() ? "#" + c.clientId() : c.name();
                        groups.computeIfAbsent(g, k -> new Tally())
                                .add(amount, amount(i.paid()), amount(i.outstanding()));
                    }
                }
            }
            if (all.count == 0
                    && !q.saidCurrency()
                    && !code.equals(q.currencies().get(0))) {
                continue;
            }
            ObjectNode c = per.addObject();
            c.put("currency", code);
            put(c, all, code);
            if (q.by() == null) {
                t.row(
                        code,
                        all.count,
                        Fmt.money(all.sum, code),
                        Fmt.money(all.paid, code),
                        Fmt.money(all.outstanding, code));
                continue;
            }
            List<Map.Entry<String, Tally>> rows = new ArrayList<>(groups.entrySet());
            if (q.byClient()) {
                rows.sort(Comparator.comparing((Map.Entry<String, Tally> x) -> x.getValue().sum)
                        .reversed()
                        .thenComparing(Map.Entry::getKey));
            }
            ArrayNode gj = c.putArray(q.byMonth() ? "months" : "clients");
            List<String> labels = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (Map.Entry<String, Tally> row : rows) {
                Tally v = row.getValue();
                t.row(
                        code,
                        row.getKey(),
                        v.count,
                        Fmt.money(v.sum, code),
                        Fmt.money(v.paid, code),
                        Fmt.money(v.outstanding, code));
                ObjectNode o = gj.addObject();
                o.put(q.byMonth() ? "month" : "client", row.getKey());
                put(o, v, code);
                labels.add(row.getKey());
                values.add(v.sum);
                shown.add(Fmt.money(v.sum, code));
            }
            if (q.chart() && !labels.isEmpty()) {
                footer.add("");
                footer.add("Invoiced per month (" + code + ")");
                footer.addAll(BarChart.draw(labels, values, shown, 30));
            }
        }
        footer.add("Invoiced " + q.from() + " to " + q.to() + " (by issue date, drafts left out)");
        return new View(t, json, footer, "Nothing invoiced " + q.from() + " to " + q.to() + ".", q.command());
    }

    private static void put(ObjectNode o, Tally v, String code) {
        o.put("count", v.count);
        o.set("invoiced", ReportRequest.money(v.sum, code));
        o.set("paid", ReportRequest.money(v.paid, code));
        o.set("outstanding", ReportRequest.money(v.outstanding, code));
    }

    private static BigDecimal amount(Money m) {
        return m == null ? BigDecimal.ZERO : m.amount();
    }
}
