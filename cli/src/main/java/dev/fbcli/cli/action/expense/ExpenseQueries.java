package dev.fbcli.cli.action.expense;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.render.Table;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.resolve.Target;
import dev.fbcli.cli.session.Account;
import dev.fbcli.completions.NameCache.Entry;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.model.ExpenseDto;
import dev.fbcli.freshbooks.model.ExpenseQuery;
import dev.fbcli.nlp.intent.DateRange;
import dev.fbcli.nlp.intent.Intent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * expense.list (a category includes its sub-categories; an amount filter keeps those of at least
 * that amount) and the list of categories.
 */
public final class ExpenseQueries {
    private static final ObjectMapper JSON = Json.MAPPER;

    private final Account account;
    private final Names names;

    public ExpenseQueries(Account account, Names names) {
        this.account = account;
        this.names = names;
    }

    public View list(Intent.ListExpenses l) {
        ExpenseQuery q = ExpenseQuery.empty();
        DateRange range = l.range();
        if (range != null) {
            q = q.withDateMin(range.from()).withDateMax(range.to().plusDays(1));
        }
        Set<String> categories = null;
        Candidate category = null;
        if (l.category() != null) {
            category = names.category(l.category(), null);
            categories = withChildren(category.id());
        }
        Target target = names.target(l.on(), false);
        if (target != null && target.project() == null) {
            q = q.withClientId(Long.valueOf(target.client().id()));
        }
        if (target != null && target.project() != null) {
            q = q.withProjectId(Long.valueOf(target.project().id()));
        }
        if (l.vendor() != null) {
            q = q.withVendorContains(l.vendor());
        }
        if (l.minAmount() != null) {
            q = q.withAmountMin(l.minAmount().amount());
        }
        ExpenseQuery query = q;
        List<ExpenseDto> all = new ArrayList<>(
                Account.call(() -> account.client().expenses().list(query).toList()));
        // Local: a category means it and its sub-categories ("travel" includes airfare and hotels), and
        // the date bounds are checked here too (the API's max is exclusive per its docs).
        Set<String> cats = categories;
        all.removeIf(x -> cats != null && (x.categoryId() == null || !cats.contains(String.valueOf(x.categoryId()))));
        all.removeIf(x -> range != null && (x.date() == null || !range.contains(x.date())));
        all.sort(Comparator.comparing(ExpenseDto::date, Comparator.nullsLast(Comparator.naturalOrder())));
        Table t = new Table("ID", "DATE", "AMOUNT", "CATEGORY", "VENDOR", "PROJECT/CLIENT", "NOTES", "RECEIPT")
                .alignRight(2);
        ObjectNode json = JSON.createObjectNode();
        ArrayNode rows = json.putArray("expenses");
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ExpenseDto x : all) {
            String cat = names.nameOf(Kind.CATEGORY, x.categoryId());
            // FreshBooks writes 0 for "no client" (and may for "no project"): that is nobody, not #0
            Long projectId = someone(x.linkedProjectId());
            Long clientId = someone(x.clientId());
            String on = projectId != null
                    ? names.nameOf(Kind.PROJECT, projectId)
                    : clientId != null ? names.nameOf(Kind.CLIENT, clientId) : "";
            boolean hasReceipt = Boolean.TRUE.equals(x.hasReceipt()) || x.attachment() != null;
            t.row(
                    x.id(),
                    x.date(),
                    Fmt.money(x.amount()),
                    cat,
                    x.vendor() == null ? "" : x.vendor(),
                    on,
                    x.notes() == null ? "" : x.notes(),
                    hasReceipt ? "yes" : "");
            ObjectNode r = rows.addObject();
            r.put("id", x.id());
            r.put("date", String.valueOf(x.date()));
            r.set("amount", JSON.valueToTree(x.amount()));
            r.put("category", cat);
            r.put("vendor", x.vendor());
            r.put("project_id", projectId);
            r.put("client_id", clientId);
            r.put("notes", x.notes());
            r.put("has_receipt", hasReceipt);
            if (x.amount() != null) {
                totals.merge(String.valueOf(x.amount().code()), x.amount().amount(), BigDecimal::add);
                counts.merge(String.valueOf(x.amount().code()), 1L, Long::sum);
            }
        }
        List<String> footer = new ArrayList<>();
        if (totals.size() <= 1) {
            totals.forEach((code, sum) -> footer.add(
                    all.size() + " expense" + (all.size() == 1 ? "" : "s") + ", total " + Fmt.money(sum, code)));
        } else {
            // money is counted and totalled per currency, never added across currencies
            List<String> each = new ArrayList<>();
            totals.forEach((code, sum) -> {
                long n = counts.getOrDefault(code, 0L);
                each.add(n + " in " + code + ", total " + Fmt.money(sum, code));
            });
            footer.add(all.size() + " expenses: " + String.join("; ", each));
        }
        Cmd cmd = Cmd.of("expense", "list")
                .opt("--from", range == null ? null : range.from())
                .opt("--to", range == null ? null : range.to())
                .opt("--category", category == null ? null : category.name())
                .opt("--vendor", l.vendor())
                .opt(
                        "--min-amount",
                        l.minAmount() == null ? null : Fmt.amount(l.minAmount().amount()));
        if (target != null && target.project() != null) {
            cmd.opt("--project", target.project().name());
        } else if (target != null) {
            cmd.opt("--client", target.client().name());
        }
        return new View(t, json, footer, "No expenses match.", cmd.toString());
    }

    private Set<String> withChildren(String id) {
        Set<String> out = new HashSet<>();
        out.add(id);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Entry c : names.cache().categories()) {
                if (c.parentId() != null && out.contains(c.parentId()) && out.add(c.id())) {
                    grew = true;
                }
            }
        }
        return out;
    }

    public View categories() {
        Table t = new Table("CATEGORY", "PARENT", "ID");
        ObjectNode doc = JSON.createObjectNode();
        ArrayNode rows = doc.putArray("categories");
        for (Entry c : names.cache().categories()) {
            String parent = c.parentId() == null ? "" : names.nameOf(Kind.CATEGORY, Long.valueOf(c.parentId()));
            t.row(c.name(), parent, c.id());
            rows.addObject()
                    .put("id", Long.valueOf(c.id()))
                    .put("category", c.name())
                    .put("parent", parent.isEmpty() ? null : parent);
        }
        return new View(
                t,
                doc,
                List.of(),
                "No expense categories.",
                Cmd.of("expense", "categories").toString());
    }

    private static Long someone(Number id) {
        return id == null || id.longValue() == 0 ? null : id.longValue();
    }
}
