package dev.fbcli.cli.action.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Table;
import dev.fbcli.cli.session.Account;
import dev.fbcli.freshbooks.model.CollectedPayment;
import dev.fbcli.freshbooks.model.Money;
import dev.fbcli.freshbooks.model.PaymentsCollectedReport;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code fb report payments}: FreshBooks' payments-collected report (money received in the
 * period), totalled per currency; {@code --by month} (every month of the period, a chart on a
 * terminal) or {@code --by client} (largest first).
 */
final class PaymentsReport {
    private final Account account;

    PaymentsReport(Account account) {
        this.account = account;
    }

    View view(ReportRequest q) {
        String only = q.saidCurrency() ? q.currencies().get(0) : null;
        PaymentsCollectedReport r =
                Account.call(() -> account.client().reports().paymentsCollected(q.from(), q.to(), only));
        // currency -> group -> tally
        Map<String, Map<String, Tally>> groups = new TreeMap<>();
        Map<String, Tally> totals = new TreeMap<>();
        for (CollectedPayment p : r.payments()) {
            String code = p.amount().code();
            totals.computeIfAbsent(code, k -> new Tally()).add(p.amount().amount());
            if (q.by() == null) {
                continue;
            }
            String group = q.byMonth()
                    ? YearMonth.from(p.date()).toString()
                    : p.client() == null || p.client().isBlank() ? "#" + p.clientId() : p.client();
            groups.computeIfAbsent(code, k -> new LinkedHashMap<>())
                    .computeIfAbsent(group, k -> new Tally())
                    .add(p.amount().amount());
        }
        // FreshBooks' own totals are what the report says; a code it totals without rows still shows
        for (Money m : r.totals()) {
            totals.computeIfAbsent(m.code(), k -> new Tally()).sum = m.amount();
        }
        String col = q.byMonth() ? "MONTH" : "CLIENT";
        Table t = q.by() == null
                ? new Table("CURRENCY", "PAYMENTS", "TOTAL").alignRight(1, 2)
                : new Table("CURRENCY", col, "PAYMENTS", "TOTAL").alignRight(2, 3);
        ObjectNode json = q.jsonHead();
        ArrayNode per = json.putArray("currencies");
        List<String> footer = new ArrayList<>();
        for (Map.Entry<String, Tally> e : totals.entrySet()) {
            String code = e.getKey();
            ObjectNode c = per.addObject();
            c.put("currency", code);
            c.put("count", e.getValue().count);
            c.set("total", ReportRequest.money(e.getValue().sum, code));
            if (q.by() == null) {
                t.row(code, e.getValue().count, Fmt.money(e.getValue().sum, code));
                continue;
            }
            Map<String, Tally> g = groups.getOrDefault(code, new LinkedHashMap<>());
            List<Map.Entry<String, Tally>> rows = new ArrayList<>();
            if (q.byMonth()) {
                for (YearMonth m : q.months()) {
                    rows.add(Map.entry(m.toString(), g.getOrDefault(m.toString(), new Tally())));
                }
            } else {
                rows.addAll(g.entrySet());
                rows.sort(Comparator.comparing((Map.Entry<String, Tally> x) -> x.getValue().sum)
                        .reversed()
                        .thenComparing(Map.Entry::getKey));
            }
            ArrayNode groupsJson = c.putArray(q.byMonth() ? "months" : "clients");
            List<String> labels = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (Map.Entry<String, Tally> row : rows) {
                t.row(code, row.getKey(), row.getValue().count, Fmt.money(row.getValue().sum, code));
                ObjectNode o = groupsJson.addObject();
                o.put(q.byMonth() ? "month" : "client", row.getKey());
                o.put("count", row.getValue().count);
                o.set("total", ReportRequest.money(row.getValue().sum, code));
                labels.add(row.getKey());
                values.add(row.getValue().sum);
                shown.add(Fmt.money(row.getValue().sum, code));
            }
            if (q.chart() && !labels.isEmpty()) {
                footer.add("");
                footer.add("Payments received per month (" + code + ")");
                footer.addAll(BarChart.draw(labels, values, shown, 30));
            }
        }
        footer.add("Payments received " + q.from() + " to " + q.to());
        return new View(t, json, footer, "No payments received " + q.from() + " to " + q.to() + ".", q.command());
    }
}
