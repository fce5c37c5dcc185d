package dev.fbcli.cli.action.invoice;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.nlp.intent.Intent;
import java.util.ArrayList;
import java.util.List;

/** invoice.send: who it goes to (the client's address unless one is said) and the email itself, confirmed by typing the invoice number. */
public final class InvoiceSending {
    private final Account account;
    private final InvoiceLookup lookup;

    public InvoiceSending(Account account, InvoiceLookup lookup) {
        this.account = account;
        this.lookup = lookup;
    }

    public Plan send(Intent.SendInvoice s) {
        InvoiceDto inv = lookup.find(s.invoice());
        ClientDto client = Account.call(() -> account.client().clients().get(inv.customerId()));
        return plan(inv, client, recipient(client, s.email()));
    }

    String recipient(ClientDto client, String email) {
        String to = email != null ? email : client.email();
        if (to == null || to.isBlank()) {
            throw new CliException.Usage(
                    client.displayName() + " has no email address",
                    "say where to send it ('send invoice 0042 to ap@example.com') or `fb client update`");
        }
        return to;
    }

    Plan plan(InvoiceDto inv, ClientDto client, String to) {
        String label =
                "invoice " + inv.invoiceNumber() + " (" + Fmt.money(inv.amount()) + ", " + client.displayName() + ")";
        Cmd cmd = Cmd.of("invoice", "send")
                .arg(inv.invoiceNumber())
                .opt("--to", to.equalsIgnoreCase(String.valueOf(client.email())) ? null : to);
        List<String> warnings = new ArrayList<>();
        if (!InvoiceRules.isDraft(inv)) {
            warnings.add("it was already " + inv.v3Status() + "; this sends it again");
        }
        return new Plan(
                "Email " + label + " to " + to, List.of(), warnings, cmd.toString(), inv.invoiceNumber(), () -> {
                    InvoiceDto sent = account.client().invoices().sendByEmail(inv.id(), List.of(to), null, null, true);
                    String id = String.valueOf(sent.id());
                    return new Applied(
                            "Emailed invoice " + inv.invoiceNumber() + " to " + to,
                            "invoice",
                            id,
                            account.link("invoice", id),
                            Results.json("invoice", id, sent),
                            List.of(new Undo.Irreversible("the email of invoice " + inv.invoiceNumber() + " to " + to
                                    + " cannot be unsent")));
                });
    }
}
