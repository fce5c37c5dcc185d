package dev.fbcli.cli.action.estimate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.render.Table;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.session.Account;
import dev.fbcli.freshbooks.model.EstimateDto;
import dev.fbcli.freshbooks.model.EstimateQuery;
import dev.fbcli.freshbooks.model.InvoiceLineDto;
import dev.fbcli.freshbooks.model.Money;
import dev.fbcli.nlp.intent.Intent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** estimate.list and estimate.show: reads, with totals per currency (never one sum across currencies). */
public final class EstimateQueries {
    private final Account account;
    private final Names names;
    private final EstimateLookup lookup;

    public EstimateQueries(Account account, Names names, EstimateLookup lookup) {
        this.account = account;
        this.names = names;
        this.lookup = lookup;
    }

    public View list(Intent.ListEstimates l) {
        EstimateQuery q = EstimateQuery.empty();
        Cmd cmd = Cmd.of("estimate", "list");
        if (l.client() != null) {
            Candidate who = names.client(l.client());
            q = q.withCustomerId(Long.valueOf(who.id()));
            cmd.opt("--client", who.name());
        }
        if (l.status() != null) {
            q = q.withStatus(EstimateDto.STATUSES.indexOf(l.status().wire()));
            cmd.opt("--status", l.status().wire());
        }
        EstimateQuery query = q;
        List<EstimateDto> all = new ArrayList<>(
                Account.call(() -> account.client().estimates().list(query).toList()));
        all.removeIf(e -> e.visState() != null && e.visState() == 1);
        all.sort(Comparator.comparing(EstimateDto::createDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(EstimateDto::id)
                .reversed());
        Table t = new Table("NUMBER", "CLIENT", "DATE", "AMOUNT", "STATUS").alignRight(3);
        ArrayNode rows = Json.MAPPER.createArrayNode();
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (EstimateDto e : all) {
            String client = lookup.clientName(e);
            t.row(e.estimateNumber(), client, e.createDate(), Fmt.money(e.amount()), e.statusWord());
            ObjectNode r = rows.addObject();
            r.put("id", e.id());
            r.put("number", e.estimateNumber());
            r.put("client", client);
            r.put("client_id", e.customerId());
            r.put("date", String.valueOf(e.createDate()));
            r.set("amount", Json.MAPPER.valueToTree(e.amount()));
            r.put("status", e.statusWord());
            if (e.amount() != null) {
                totals.merge(e.amount().code(), e.amount().amount(), BigDecimal::add);
            }
        }
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.set("estimates", rows);
        List<String> footer = new ArrayList<>();
        if (!totals.isEmpty()) {
            List<String> parts = new ArrayList<>();
            totals.forEach((code, sum) -> parts.add(Fmt.money(sum, code)));
            footer.add(all.size() + " estimate" + (all.size() == 1 ? "" : "s") + ": " + String.join(", ", parts));
        }
        return new View(t, json, footer, "No estimates.", cmd.toString());
    }

    public View show(Intent.ShowEstimate s) {
        EstimateDto e = lookup.find(s.estimate());
        List<String> lines = new ArrayList<>();
        lines.add("Estimate " + e.estimateNumber() + " — " + lookup.clientName(e) + " (" + e.statusWord() + ")");
        lines.add("  dated " + e.createDate() + ", amount " + Fmt.money(e.amount()));
        if (e.notes() != null && !e.notes().isBlank()) {
            lines.add("  notes: " + e.notes());
        }
        Table t = new Table("  ITEM", "QTY", "UNIT COST", "AMOUNT").alignRight(1, 2, 3);
        for (InvoiceLineDto l : e.lines()) {
            t.row(
                    "  " + l.name()
                            + (l.description() == null || l.description().isBlank() ? "" : " — " + l.description()),
                    l.qty() == null ? "" : Fmt.qty(l.qty()),
                    Fmt.money(l.unitCost()),
                    Fmt.money(l.amount() != null ? l.amount() : amount(l)));
        }
        if (!e.lines().isEmpty()) {
            lines.add("");
            lines.addAll(t.render(false).lines().toList());
        }
        lines.add("  " + account.link("estimate", e.id()));
        // fb's own field names, as invoice view (docs/json.md), never FreshBooks' wire names
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("id", e.id());
        json.put("number", e.estimateNumber());
        json.put("client", lookup.clientName(e));
        json.put("client_id", e.customerId());
        json.put("date", String.valueOf(e.createDate()));
        json.set("amount", Json.MAPPER.valueToTree(e.amount()));
        json.put("status", e.statusWord());
        json.put("po_number", e.poNumber());
        json.put("notes", e.notes());
        json.put("terms", e.terms());
        json.set(
                "lines",
                dev.fbcli.cli.action.invoice.InvoiceQueries.linesJson(
                        e.lines(), l -> l.amount() != null ? l.amount() : amount(l)));
        json.put("link", account.link("estimate", e.id()));
        return View.lines(
                lines, json, Cmd.of("estimate", "show").arg(e.estimateNumber()).toString());
    }

    private static Money amount(InvoiceLineDto l) {
        return l.qty() == null || l.unitCost() == null
                ? null
                : new Money(
                        l.qty().multiply(l.unitCost().amount()), l.unitCost().code());
    }
}
