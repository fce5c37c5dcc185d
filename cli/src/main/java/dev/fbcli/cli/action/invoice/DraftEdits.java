package dev.fbcli.cli.action.invoice;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.freshbooks.model.InvoiceDraft;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceLineDraft;
import dev.fbcli.freshbooks.model.InvoiceLineDto;
import dev.fbcli.freshbooks.model.Money;
import dev.fbcli.nlp.intent.InvoiceLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes to an invoice that is still a draft: its lines, terms and notes ({@code fb invoice edit},
 * undoable: the previous values are journaled), and marking it sent without an email. Deleting and
 * archiving an invoice are {@link InvoiceRemoval}'s.
 */
public final class DraftEdits {
    private static final ObjectMapper JSON = Json.MAPPER;

    private final Account account;
    private final InvoiceLookup lookup;

    public DraftEdits(Account account, InvoiceLookup lookup) {
        this.account = account;
        this.lookup = lookup;
    }

    public Plan edit(
            String number, List<InvoiceLine> addLines, List<Integer> removeLines, Integer dueInDays, String notes) {
        InvoiceDto inv = lookup.byNumber(number);
        if (addLines.isEmpty() && removeLines.isEmpty() && dueInDays == null && notes == null) {
            throw new CliException.Usage("say what to change: --add-line, --remove-line, --due-in or --notes");
        }
        boolean linesChange = !addLines.isEmpty() || !removeLines.isEmpty();
        if (linesChange && !InvoiceRules.isDraft(inv)) {
            throw new CliException.Usage(
                    "invoice " + inv.invoiceNumber() + " is " + inv.v3Status()
                            + ": fb only changes the lines of a draft",
                    "edit it in FreshBooks, or create a new invoice");
        }
        String code = inv.currencyCode();
        List<InvoiceLineDraft> lines = new ArrayList<>();
        for (InvoiceLineDto l : inv.lines()) {
            lines.add(InvoiceLineDraft.empty()
                    .withName(l.name())
                    .withDescription(l.description())
                    .withQty(l.qty())
                    .withUnitCost(l.unitCost())
                    .withTaxName1(l.taxName1())
                    .withTaxAmount1(l.taxAmount1())
                    .withTaxName2(l.taxName2())
                    .withTaxAmount2(l.taxAmount2())
                    .withType(l.type())
                    .withExpenseId(l.expenseId()));
        }
        List<InvoiceLineDraft> previousLines = List.copyOf(lines);
        List<String> details = new ArrayList<>();
        List<Integer> removing = removeLines.stream()
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
        for (int n : removing) {
            if (n < 1 || n > previousLines.size()) {
                throw new CliException.Usage(
                        "invoice " + inv.invoiceNumber() + " has " + previousLines.size()
                                + " line(s): there is no line " + n,
                        "`fb invoice view " + inv.invoiceNumber() + "` numbers them in order");
            }
            InvoiceLineDraft gone = lines.remove(n - 1);
            details.add(0, "remove line " + n + ": " + Fmt.qty(gone.qty()) + " × " + gone.name());
        }
        if (linesChange && lines.isEmpty() && addLines.isEmpty()) {
            throw new CliException.Usage("an invoice needs at least one line: add one before removing the last");
        }
        for (InvoiceLine l : addLines) {
            if (l.unitCost() == null) {
                throw new CliException.Usage("a line needs a price: --add-line 'Description:quantity:unit cost'");
            }
            BigDecimal qty = l.quantity() == null ? BigDecimal.ONE : l.quantity();
            lines.add(InvoiceLineDraft.of(
                    InvoiceRules.capitalize(l.description()),
                    qty,
                    new Money(InvoiceRules.cents(l.unitCost().amount()), code)));
            details.add("add line: " + Fmt.qty(qty) + " × " + InvoiceRules.capitalize(l.description()) + " at "
                    + Fmt.money(l.unitCost().amount(), code));
        }
        InvoiceDraft patch = InvoiceDraft.empty();
        Map<String, Object> previous = new LinkedHashMap<>();
        if (linesChange) {
            patch = patch.withLines(lines);
            previous.put("lines", JSON.convertValue(previousLines, List.class));
        }
        if (dueInDays != null) {
            patch = patch.withDueOffsetDays(dueInDays);
            previous.put("due_offset_days", inv.dueOffsetDays() == null ? 0 : inv.dueOffsetDays());
            details.add("terms: due in " + Fmt.count(dueInDays, "day", "days") + " ("
                    + inv.createDate().plusDays(dueInDays) + "), was " + inv.dueDate());
        }
        if (notes != null) {
            patch = patch.withNotes(notes);
            previous.put("notes", inv.notes() == null ? "" : inv.notes());
            details.add("notes: " + notes);
        }
        InvoiceDraft change = patch;
        Cmd cmd = Cmd.of("invoice", "edit").arg(inv.invoiceNumber());
        for (int n : removing) {
            cmd.opt("--remove-line", n);
        }
        for (InvoiceLine l : addLines) {
            cmd.opt(
                    "--add-line",
                    l.description() + ":" + Fmt.qty(l.quantity() == null ? BigDecimal.ONE : l.quantity()) + ":"
                            + Fmt.amount(l.unitCost().amount()));
        }
        cmd.opt("--due-in", dueInDays).opt("--notes", notes);
        return new Plan(
                "Change invoice " + inv.invoiceNumber() + " (" + lookup.clientName(inv) + ", " + inv.v3Status() + ")",
                details,
                List.of(),
                cmd.toString(),
                null,
                () -> {
                    InvoiceDto after = account.client().invoices().update(inv.id(), change);
                    String id = String.valueOf(after.id());
                    return new Applied(
                            "Changed invoice " + after.invoiceNumber() + ": now " + Fmt.money(after.amount()) + ", due "
                                    + after.dueDate(),
                            "invoice",
                            id,
                            account.link("invoice", id),
                            Results.json("invoice", id, after),
                            List.of(new Undo.Restore("invoice", id, "invoice " + after.invoiceNumber(), previous)));
                });
    }

    public Plan markSent(String number) {
        InvoiceDto inv = lookup.byNumber(number);
        if (!InvoiceRules.isDraft(inv)) {
            throw new CliException.Usage("invoice " + inv.invoiceNumber() + " is already " + inv.v3Status());
        }
        return Plan.of(
                "Mark invoice " + inv.invoiceNumber() + " (" + lookup.clientName(inv) + ", " + Fmt.money(inv.amount())
                        + ") as sent, without emailing it",
                Cmd.of("invoice", "mark-sent").arg(inv.invoiceNumber()).toString(),
                () -> {
                    InvoiceDto after = account.client().invoices().markAsSent(inv.id());
                    String id = String.valueOf(after.id());
                    return new Applied(
                            "Marked invoice " + after.invoiceNumber() + " as sent",
                            "invoice",
                            id,
                            account.link("invoice", id),
                            Results.json("invoice", id, after),
                            List.of(new Undo.Irreversible("FreshBooks cannot turn a sent invoice back into a draft")));
                });
    }
}
