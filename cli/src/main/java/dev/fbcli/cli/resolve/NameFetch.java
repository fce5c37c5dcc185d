package dev.fbcli.cli.resolve;

import dev.fbcli.cli.session.Account;
import dev.fbcli.completions.NameCache;
import dev.fbcli.completions.NameCache.Entry;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.model.BusinessContext;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.ClientQuery;
import dev.fbcli.freshbooks.model.ExpenseCategoryDto;
import dev.fbcli.freshbooks.model.ProjectDto;
import dev.fbcli.freshbooks.model.ProjectQuery;
import dev.fbcli.freshbooks.model.ServiceDto;
import dev.fbcli.freshbooks.model.TeamMemberDto;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads every name of the account from FreshBooks into a {@link NameCache}: active clients, projects
 * (with their client and whether they are active), services (with whether they are billable),
 * expense categories (with their parent), and the team.
 */
final class NameFetch {
    private NameFetch() {}

    static NameCache fetch(Account account) {
        FreshBooksClient c = account.client();
        BusinessContext b = account.business();
        // clients and projects (long: their pages are read several at a
        // time too) alongside the three short ones, read one after another
        ExecutorService lists = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "fb-name-fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<List<Entry>> clients =
                    lists.submit(() -> c.clients().list(ClientQuery.empty().withVisState(0)).stream()
                            .map(NameFetch::entry)
                            .toList());
            Future<List<Entry>> projects = lists.submit(() -> c.projects().list(ProjectQuery.empty()).stream()
                    .map(NameFetch::entry)
                    .toList());
            return Account.call(() -> {
                List<Entry> services = c.services().list().stream()
                        .filter(s -> s.visState() == null || s.visState() == 0)
                        .map(NameFetch::entry)
                        .toList();
                List<Entry> categories = c.expenseCategories().list().stream()
                        .filter(s -> s.visState() == null || s.visState() == 0)
                        .map(NameFetch::entry)
                        .toList();
                List<Entry> team = c.teamMembers().list(true).stream()
                        .map(NameFetch::entry)
                        .toList();
                return new NameCache(
                        NameCache.VERSION,
                        b.businessId(),
                        b.accountId(),
                        b.name(),
                        Instant.now(account.context().clock()).toString(),
                        await(clients),
                        await(projects),
                        services,
                        categories,
                        team);
            });
        } finally {
            lists.shutdownNow();
        }
    }

    /** The list's own failure (a FreshBooks error, translated by {@link Account#call}), not a wrapper. */
    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading names");
        }
    }

    static Entry entry(ClientDto c) {
        String contact = ((c.fname() == null ? "" : c.fname()) + " " + (c.lname() == null ? "" : c.lname())).strip();
        return new Entry(String.valueOf(c.id()), c.displayName(), null, contact.isEmpty() ? c.email() : contact, null);
    }

    static Entry entry(ProjectDto p) {
        boolean active = !Boolean.TRUE.equals(p.complete()) && !Boolean.FALSE.equals(p.active());
        return new Entry(
                String.valueOf(p.id()),
                p.title(),
                p.clientId() == null ? null : String.valueOf(p.clientId()),
                null,
                active);
    }

    static Entry entry(ServiceDto s) {
        return new Entry(String.valueOf(s.id()), s.name(), null, null, s.billable());
    }

    static Entry entry(ExpenseCategoryDto c) {
        return new Entry(
                String.valueOf(c.id()),
                c.category(),
                c.parentId() == null ? null : String.valueOf(c.parentId()),
                null,
                null);
    }

    static Entry entry(TeamMemberDto m) {
        String name = ((m.firstName() == null ? "" : m.firstName()) + " " + (m.lastName() == null ? "" : m.lastName()))
                .strip();
        return new Entry(
                m.uuid(),
                name.isEmpty() ? m.email() : name,
                m.identityId() == null ? null : String.valueOf(m.identityId()),
                m.email(),
                null);
    }
}
