package dev.fbcli.cli.action.invoice;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.nlp.intent.Intent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * invoice.delete and invoice.archive, of a draft or of an invoice already sent, confirmed by typing
 * its number. Both are FreshBooks' {@code vis_state} (1 deleted, 2 archived; API.md §8), so undo
 * brings the invoice back. An invoice with payments is not deleted: its payments go first.
 */
public final class InvoiceRemoval {
    private final Account account;
    private final InvoiceLookup lookup;

    public InvoiceRemoval(Account account, InvoiceLookup lookup) {
        this.account = account;
        this.lookup = lookup;
    }

    public Plan delete(Intent.DeleteInvoice d) {
        InvoiceDto inv = lookup.find(d.invoice());
        String number = inv.invoiceNumber();
        BigDecimal paid = inv.paid() == null ? BigDecimal.ZERO : inv.paid().amount();
        if (paid.signum() > 0) {
            throw new CliException.Usage(
                    "invoice " + number + " has payments (" + Fmt.money(paid, inv.currencyCode())
                            + "): fb does not delete it",
                    "delete its payments first (`fb payment list --invoice " + number
                            + "`, `fb payment delete ID`), or archive it (`fb invoice archive " + number + "`)");
        }
        boolean draft = InvoiceRules.isDraft(inv);
        String state = draft ? "draft" : inv.v3Status();
        List<String> warnings = new ArrayList<>();
        if (!draft) {
            warnings.add("invoice " + number + " is " + state + ": the client keeps the email, and its link stops"
                    + " opening the invoice");
        }
        String id = String.valueOf(inv.id());
        String what =
                state + " invoice " + number + " (" + lookup.clientName(inv) + ", " + Fmt.money(inv.amount()) + ")";
        return new Plan(
                "Delete " + what,
                List.of("FreshBooks keeps it among deleted invoices; `fb undo` brings it back"),
                warnings,
                Cmd.of("invoice", "delete").arg(number).toString(),
                number,
                () -> {
                    InvoiceDto after = account.client().invoices().softDelete(inv.id());
                    return new Applied(
                            "Deleted " + what,
                            "invoice",
                            id,
                            null,
                            Results.json("invoice", id, after).put("deleted", true),
                            List.of(new Undo.Restore("invoice", id, "invoice " + number, Map.of("vis_state", 0))));
                });
    }

    public Plan archive(Intent.ArchiveInvoice a) {
        InvoiceDto inv = lookup.find(a.invoice());
        String number = inv.invoiceNumber();
        if (inv.visState() != null && inv.visState() == 2) {
            throw new CliException.Usage("invoice " + number + " is already archived");
        }
        List<String> warnings = new ArrayList<>();
        if (InvoiceRules.isDraft(inv)) {
            warnings.add("invoice " + number + " is a draft that was never sent");
        } else if (inv.outstanding() != null && inv.outstanding().amount().signum() > 0) {
            warnings.add("invoice " + number + " is still owed (" + Fmt.money(inv.outstanding())
                    + "): archiving does not cancel it, and payments can still be recorded");
        }
        String id = String.valueOf(inv.id());
        String what = "invoice " + number + " (" + lookup.clientName(inv) + ", " + Fmt.money(inv.amount()) + ", "
                + inv.v3Status() + ")";
        return new Plan(
                "Archive " + what,
                List.of("kept as it is, filed with FreshBooks' archived invoices; `fb undo` unarchives it"),
                warnings,
                Cmd.of("invoice", "archive").arg(number).toString(),
                number,
                () -> {
                    InvoiceDto after = account.client().invoices().archive(inv.id());
                    return new Applied(
                            "Archived " + what,
                            "invoice",
                            id,
                            account.link("invoice", id),
                            Results.json("invoice", id, after),
                            List.of(new Undo.Restore("invoice", id, "invoice " + number, Map.of("vis_state", 0))));
                });
    }
}
