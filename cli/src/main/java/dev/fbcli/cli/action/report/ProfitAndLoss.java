package dev.fbcli.cli.action.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Table;
import dev.fbcli.cli.session.Account;
import dev.fbcli.freshbooks.model.Money;
import dev.fbcli.freshbooks.model.ProfitLossReport;
import dev.fbcli.freshbooks.model.ReportEntry;
import dev.fbcli.freshbooks.model.ReportPeriod;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code fb report profit-loss}: FreshBooks' profit and loss (accrual: income when invoiced), one
 * report per currency; with {@code --by month} a column per month (and a chart of the net profit on
 * a terminal). Income is the Sales line, cost of goods apart, expenses per category.
 */
final class ProfitAndLoss {
    private final Account account;

    ProfitAndLoss(Account account) {
        this.account = account;
    }

    View view(ReportRequest q) {
        Table t = q.byMonth()
                ? new Table("CURRENCY", "MONTH", "INCOME", "COST OF GOODS", "EXPENSES", "NET PROFIT")
                        .alignRight(2, 3, 4, 5)
                : new Table("CURRENCY", "INCOME", "COST OF GOODS", "EXPENSES", "NET PROFIT").alignRight(1, 2, 3, 4);
        ObjectNode json = q.jsonHead();
        ArrayNode per = json.putArray("currencies");
        List<String> footer = new ArrayList<>();
        for (String code : q.currencies()) {
            ProfitLossReport r = Account.call(() ->
                    account.client().reports().profitLoss(q.from(), q.to(), code, false, q.byMonth() ? "1m" : null));
            BigDecimal sales = total(r.incomeLine("Sales"));
            BigDecimal cogs = total(r.incomeLine("Cost of Goods Sold"));
            BigDecimal expenses = total(r.totalExpenses());
            BigDecimal net = total(r.netProfit());
            boolean empty = sales.signum() == 0 && cogs.signum() == 0 && expenses.signum() == 0;
            if (empty
                    && (q.currencies().size() > 1 && !q.saidCurrency())
                    && !code.equals(q.currencies().get(0))) {
                continue;
            }
            ObjectNode c = per.addObject();
            c.put("currency", code);
            c.set("income", ReportRequest.money(sales, code));
            c.set("cost_of_goods", ReportRequest.money(cogs, code));
            c.set("expenses", ReportRequest.money(expenses, code));
            c.set("net_profit", ReportRequest.money(net, code));
            ArrayNode cats = c.putArray("expenses_by_category");
            List<String> catText = new ArrayList<>();
            for (ReportEntry group : r.expenses()) {
                List<ReportEntry> leaves = group.children().isEmpty() ? List.of(group) : group.children();
                for (ReportEntry cat : leaves) {
                    ObjectNode o = cats.addObject();
                    o.put("category", cat.description());
                    if (!cat.description().equals(group.description())) {
                        o.put("group", group.description());
                    }
                    o.set("amount", ReportRequest.money(total(cat), code));
                    catText.add(cat.description() + " " + Fmt.money(total(cat), code));
                }
            }
            if (!q.byMonth()) {
                t.row(
                        code,
                        Fmt.money(sales, code),
                        Fmt.money(cogs, code),
                        Fmt.money(expenses, code),
                        Fmt.money(net, code));
                if (!catText.isEmpty()) {
                    footer.add(code + " expenses by category: " + String.join(", ", catText));
                }
                continue;
            }
            ArrayNode months = c.putArray("months");
            List<String> labels = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < r.dates().size(); i++) {
                ReportPeriod p = r.dates().get(i);
                String month = YearMonth.from(p.startDate()).toString();
                BigDecimal s = at(r.incomeLine("Sales"), i);
                BigDecimal g = at(r.incomeLine("Cost of Goods Sold"), i);
                BigDecimal e = at(r.totalExpenses(), i);
                BigDecimal n = at(r.netProfit(), i);
                t.row(code, month, Fmt.money(s, code), Fmt.money(g, code), Fmt.money(e, code), Fmt.money(n, code));
                ObjectNode m = months.addObject();
                m.put("month", month);
                m.put("from", p.startDate().toString());
                m.put("to", p.endDate().toString());
                m.set("income", ReportRequest.money(s, code));
                m.set("cost_of_goods", ReportRequest.money(g, code));
                m.set("expenses", ReportRequest.money(e, code));
                m.set("net_profit", ReportRequest.money(n, code));
                labels.add(month);
                values.add(n);
                shown.add(Fmt.money(n, code));
            }
            if (q.chart() && !labels.isEmpty()) {
                footer.add("");
                footer.add("Net profit per month (" + code + ")");
                footer.addAll(BarChart.draw(labels, values, shown, 30));
            }
        }
        footer.add(
                "Profit and loss " + q.from() + " to " + q.to() + " (accrual: income when invoiced, drafts left out)");
        return new View(t, json, footer, "Nothing to report.", q.command());
    }

    private static BigDecimal total(ReportEntry e) {
        return e == null || e.total() == null ? BigDecimal.ZERO : e.total().amount();
    }

    private static BigDecimal at(ReportEntry e, int i) {
        if (e == null || i >= e.data().size()) {
            return BigDecimal.ZERO;
        }
        Money m = e.data().get(i);
        return m == null ? BigDecimal.ZERO : m.amount();
    }
}
