package dev.fbcli.cli.action.client;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.NameResolver;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.resolve.Resolution;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.ClientQuery;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.nlp.intent.Intent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * client.archive and client.unarchive. Archiving is FreshBooks' {@code vis_state: 2} ("archived",
 * API.md §8), never a delete: the client and its invoices stay, fb's lists and name completion leave
 * it out, and unarchiving ({@code vis_state: 0}) brings it back. Each is undone by the other.
 */
public final class ClientArchive {
    private final Account account;
    private final Names names;

    public ClientArchive(Account account, Names names) {
        this.account = account;
        this.names = names;
    }

    public Plan archive(Intent.ArchiveClient a) {
        Candidate who = names.client(a.client());
        ClientDto c = Account.call(() -> account.client().clients().get(Long.parseLong(who.id())));
        if (c.visState() != null && c.visState() == 2) {
            throw new CliException.Usage(c.displayName() + " is already archived");
        }
        if (c.visState() != null && c.visState() == 1) {
            throw new CliException.Usage(c.displayName() + " was deleted in FreshBooks", "restore it there first");
        }
        List<InvoiceDto> invoices = Account.call(() -> account.client()
                .invoices()
                .list(InvoiceQuery.empty().withCustomerId(c.id()))
                .toList());
        ClientBalances b = ClientBalances.of(invoices, account.today());
        List<String> warnings = new ArrayList<>();
        if (b.has("outstanding")) {
            warnings.add(c.displayName() + " owes " + b.describe("outstanding")
                    + "; archiving does not cancel its invoices, and payments can still be recorded");
        }
        if (b.has("draft")) {
            warnings.add(c.displayName() + " has draft invoices (" + b.describe("draft") + ")");
        }
        String id = String.valueOf(c.id());
        return new Plan(
                "Archive the client " + c.displayName() + " (client " + id + ")",
                List.of("kept with its " + invoices.size() + " invoice" + (invoices.size() == 1 ? "" : "s")
                        + "; left out of client lists and name completion until unarchived"),
                warnings,
                Cmd.of("client", "archive").arg(c.displayName()).toString(),
                null,
                () -> {
                    ClientDto after = account.client().clients().archive(c.id());
                    refreshNames();
                    return new Applied(
                            "Archived the client " + c.displayName() + " (client " + id + ")",
                            "client",
                            id,
                            account.link("client", id),
                            Results.json("client", id, after),
                            List.of(new Undo.Restore(
                                    "client", id, "the client " + c.displayName(), Map.of("vis_state", 0))));
                });
    }

    public Plan unarchive(Intent.UnarchiveClient u) {
        List<ClientDto> archived = Account.call(() -> account.client()
                .clients()
                .list(ClientQuery.empty().withVisState(2))
                .toList());
        List<Candidate> candidates = archived.stream()
                .map(c -> Candidate.of(String.valueOf(c.id()), c.displayName()))
                .toList();
        Resolution r = NameResolver.resolve(u.client(), candidates);
        Candidate who;
        if (r instanceof Resolution.Match m) {
            who = m.candidate();
        } else if (r instanceof Resolution.Ambiguous amb) {
            who = names.chooser().choose("archived client", u.client(), amb.candidates());
        } else {
            Resolution active = NameResolver.resolve(
                    u.client(),
                    names.cache().clients().stream()
                            .map(e -> Candidate.of(e.id(), e.name()))
                            .toList());
            if (active instanceof Resolution.Match m) {
                throw new CliException.Usage(m.candidate().name() + " is not archived");
            }
            throw new CliException.Usage(
                    "no archived client named '" + u.client() + "' in "
                            + account.business().name(),
                    archived.isEmpty()
                            ? "no client is archived"
                            : "archived: "
                                    + archived.stream()
                                            .map(ClientDto::displayName)
                                            .collect(Collectors.joining(", ")));
        }
        ClientDto c = archived.stream()
                .filter(x -> String.valueOf(x.id()).equals(who.id()))
                .findFirst()
                .orElseThrow();
        String id = String.valueOf(c.id());
        return Plan.of(
                "Unarchive the client " + c.displayName() + " (client " + id + ")",
                Cmd.of("client", "unarchive").arg(c.displayName()).toString(),
                () -> {
                    ClientDto after = account.client().clients().restore(c.id());
                    refreshNames();
                    return new Applied(
                            "Unarchived the client " + c.displayName() + " (client " + id + ")",
                            "client",
                            id,
                            account.link("client", id),
                            Results.json("client", id, after),
                            List.of(new Undo.Restore(
                                    "client", id, "the client " + c.displayName(), Map.of("vis_state", 2))));
                });
    }

    /** The names cache after a change of who is active; a failure only costs a later refresh. */
    private void refreshNames() {
        try {
            names.refresh();
        } catch (CliException e) {
            // the write is done; the next miss reads the names again
        }
    }
}
