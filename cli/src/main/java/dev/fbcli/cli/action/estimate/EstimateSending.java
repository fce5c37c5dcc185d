package dev.fbcli.cli.action.estimate;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.EstimateDto;
import dev.fbcli.nlp.intent.Intent;
import java.util.ArrayList;
import java.util.List;

/**
 * estimate.send: who it goes to (the client's address unless one is said) and the email itself
 * ({@code action_email}, the message as {@code estimate_customized_email}), confirmed by typing the
 * estimate number, as an invoice's email is.
 */
public final class EstimateSending {
    private final Account account;
    private final EstimateLookup lookup;

    public EstimateSending(Account account, EstimateLookup lookup) {
        this.account = account;
        this.lookup = lookup;
    }

    public Plan send(Intent.SendEstimate s) {
        EstimateDto e = lookup.find(s.estimate());
        ClientDto client = Account.call(() -> account.client().clients().get(e.customerId()));
        return plan(e, client, recipient(client, s.email()));
    }

    String recipient(ClientDto client, String email) {
        String to = email != null ? email : client.email();
        if (to == null || to.isBlank()) {
            throw new CliException.Usage(
                    client.displayName() + " has no email address",
                    "say where to send it (`fb estimate send 0003 --to ap@example.com`) or `fb client update`");
        }
        return to;
    }

    Plan plan(EstimateDto e, ClientDto client, String to) {
        if (e.status() != null && e.status() == 6) {
            throw new CliException.Usage(
                    "estimate " + e.estimateNumber() + " is already invoiced",
                    "send the invoice instead: `fb invoice send --latest --client '" + client.displayName() + "'`");
        }
        String label =
                "estimate " + e.estimateNumber() + " (" + Fmt.money(e.amount()) + ", " + client.displayName() + ")";
        Cmd cmd = Cmd.of("estimate", "send")
                .arg(e.estimateNumber())
                .opt("--to", to.equalsIgnoreCase(String.valueOf(client.email())) ? null : to);
        List<String> warnings = new ArrayList<>();
        if (!"draft".equals(e.statusWord())) {
            warnings.add("it was already " + e.statusWord() + "; this sends it again");
        }
        return new Plan("Email " + label + " to " + to, List.of(), warnings, cmd.toString(), e.estimateNumber(), () -> {
            EstimateDto sent = account.client()
                    .estimates()
                    .sendByEmail(e.id(), List.of(to), "Estimate " + e.estimateNumber(), null);
            String id = String.valueOf(sent.id());
            return new Applied(
                    "Emailed estimate " + e.estimateNumber() + " to " + to,
                    "estimate",
                    id,
                    account.link("estimate", id),
                    Results.json("estimate", id, sent),
                    List.of(new Undo.Irreversible(
                            "the email of estimate " + e.estimateNumber() + " to " + to + " cannot be unsent")));
        });
    }
}
