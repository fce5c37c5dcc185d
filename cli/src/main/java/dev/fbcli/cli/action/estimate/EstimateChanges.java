package dev.fbcli.cli.action.estimate;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.once.Findable;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.freshbooks.model.EstimateDto;
import dev.fbcli.freshbooks.model.EstimateInvoice;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceLineDto;
import dev.fbcli.nlp.intent.Intent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * estimate.accept (the client said yes: {@code action_accept}) and estimate.convert (a draft
 * invoice with the estimate's lines, naming it by {@code estimateid}; made exactly once, undone by
 * deleting that invoice).
 */
public final class EstimateChanges {
    private final Account account;
    private final EstimateLookup lookup;

    public EstimateChanges(Account account, EstimateLookup lookup) {
        this.account = account;
        this.lookup = lookup;
    }

    public Plan accept(Intent.AcceptEstimate a) {
        EstimateDto e = lookup.find(a.estimate());
        String client = lookup.clientName(e);
        String label = "estimate " + e.estimateNumber() + " (" + Fmt.money(e.amount()) + ", " + client + ")";
        if (e.status() != null && e.status() == 6) {
            throw new CliException.Usage(
                    label + " is already invoiced", "`fb estimate show " + e.estimateNumber() + "`");
        }
        if (Boolean.TRUE.equals(e.accepted()) || (e.status() != null && e.status() == 5)) {
            throw new CliException.Usage(
                    label + " is already accepted",
                    "turn it into an invoice: `fb estimate convert " + e.estimateNumber() + "`");
        }
        List<String> warnings = new ArrayList<>();
        if ("draft".equals(e.statusWord())) {
            warnings.add("it was never sent to the client");
        }
        Cmd cmd = Cmd.of("estimate", "accept").arg(e.estimateNumber());
        return new Plan("Mark " + label + " accepted by the client", List.of(), warnings, cmd.toString(), null, () -> {
            EstimateDto done = account.client().estimates().accept(e.id());
            String id = String.valueOf(done.id());
            return new Applied(
                    "Marked estimate " + e.estimateNumber() + " accepted",
                    "estimate",
                    id,
                    account.link("estimate", id),
                    Results.json("estimate", id, done),
                    List.of(new Undo.Irreversible("FreshBooks has no way to take back an estimate's acceptance")));
        });
    }

    public Plan convert(Intent.ConvertEstimate c) {
        EstimateDto e = lookup.find(c.estimate());
        String client = lookup.clientName(e);
        String label = "estimate " + e.estimateNumber() + " (" + Fmt.money(e.amount()) + ", " + client + ")";
        List<String> warnings = new ArrayList<>();
        if (e.status() != null && e.status() == 6) {
            List<EstimateInvoice> made =
                    Account.call(() -> account.client().estimates().invoicesFrom(e));
            if (!made.isEmpty()) {
                throw new CliException.Usage(
                        label + " is already invoiced: invoice " + made.get(0).invoiceNumber(),
                        "`fb invoice view " + made.get(0).invoiceNumber() + "`");
            }
            warnings.add("the invoice made from it earlier was deleted; this makes a new one");
        }
        if (e.lines().isEmpty()) {
            throw new CliException.Usage(label + " has no lines: nothing to invoice");
        }
        LocalDate date = account.today();
        List<String> details = new ArrayList<>();
        for (InvoiceLineDto l : e.lines()) {
            details.add("line: " + (l.qty() == null ? "1" : Fmt.qty(l.qty())) + " × " + l.name() + " at "
                    + Fmt.money(l.unitCost()));
        }
        if (e.notes() != null && !e.notes().isBlank()) {
            details.add("notes: " + e.notes());
        }
        if (!Boolean.TRUE.equals(e.accepted())) {
            warnings.add("the client has not accepted it (it is " + e.statusWord() + ")");
        }
        Cmd cmd = Cmd.of("estimate", "convert").arg(e.estimateNumber());
        return new Plan(
                        "Create a draft invoice for " + client + " from " + label,
                        details,
                        warnings,
                        cmd.toString(),
                        null,
                        () -> {
                            InvoiceDto inv = account.client().estimates().convert(e, date);
                            String id = String.valueOf(inv.id());
                            return new Applied(
                                    "Created draft invoice " + inv.invoiceNumber() + " for " + client + ", "
                                            + Fmt.money(inv.amount()) + ", from estimate " + e.estimateNumber()
                                            + " (id " + id + ")",
                                    "invoice",
                                    id,
                                    account.link("invoice", id),
                                    Results.json("invoice", id, inv),
                                    List.of(new Undo.Delete("invoice", id, "invoice " + inv.invoiceNumber())));
                        })
                .finding(Findable.of("invoice", "the invoice from estimate " + e.estimateNumber())
                        .with("customerid", e.customerId())
                        .with("create_date", date.toString())
                        .with("estimateid", e.id()));
    }
}
