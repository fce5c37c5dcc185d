package dev.fbcli.cli.action.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.action.invoice.AgingJson;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Table;
import dev.fbcli.cli.session.Account;
import dev.fbcli.freshbooks.model.AccountsAgingReport;
import dev.fbcli.freshbooks.model.AgingAccount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code fb report aging} ("who owes me the most"): FreshBooks' accounts aging as of the period's
 * last day (default today), per currency, clients who owe the most first.
 */
final class AgingReport {
    private final Account account;

    AgingReport(Account account) {
        this.account = account;
    }

    View view(ReportRequest q) {
        Table t = new Table("CURRENCY", "CLIENT", "0-30", "31-60", "61-90", "91+", "TOTAL").alignRight(2, 3, 4, 5, 6);
        ObjectNode json = q.jsonHead();
        json.put("as_of", q.to().toString());
        ArrayNode per = json.putArray("currencies");
        List<String> footer = new ArrayList<>();
        for (String code : q.currencies()) {
            AccountsAgingReport r =
                    Account.call(() -> account.client().reports().accountsAging(null, q.to(), code));
            if (r.accounts().isEmpty()
                    && !q.saidCurrency()
                    && !code.equals(q.currencies().get(0))) {
                continue;
            }
            List<AgingAccount> rows = new ArrayList<>(r.accounts());
            rows.sort(Comparator.comparing((AgingAccount a) ->
                            a.total() == null ? BigDecimal.ZERO : a.total().amount())
                    .reversed());
            ObjectNode c = per.addObject();
            c.put("currency", code);
            ArrayNode clients = c.putArray("clients");
            for (AgingAccount a : rows) {
                String name = AgingJson.name(a);
                t.row(
                        code,
                        name,
                        Fmt.money(a.days0to30()),
                        Fmt.money(a.days31to60()),
                        Fmt.money(a.days61to90()),
                        Fmt.money(a.days91plus()),
                        Fmt.money(a.total()));
                ObjectNode row = AgingJson.row(a, code);
                row.remove("currency"); // the block's
                clients.add(row);
            }
            c.set("totals", AgingJson.totals(r.totals(), code));
            if (r.totals() != null) {
                footer.add(code + " owed: " + Fmt.money(r.totals().total()) + " (0-30 "
                        + Fmt.money(r.totals().days0to30())
                        + ", 31-60 " + Fmt.money(r.totals().days31to60()) + ", 61-90 "
                        + Fmt.money(r.totals().days61to90()) + ", 91+ "
                        + Fmt.money(r.totals().days91plus()) + ")");
            }
        }
        footer.add("Owed as of " + q.to());
        return new View(t, json, footer, "Nothing is owed as of " + q.to() + ".", q.command());
    }
}
