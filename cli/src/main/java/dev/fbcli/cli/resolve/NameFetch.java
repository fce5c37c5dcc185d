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
import java.util.Comparator;
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

    /** Every name, read through {@code c}; the sync times are left for the caller to set. */
    static NameCache fetch(Account account, FreshBooksClient c) {
        BusinessContext b = account.business();
        // clients and projects (long: their pages are read several at a
        // time too) alongside the three short ones, read one after another
        ExecutorService lists = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "fb-name-fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<List<Entry>> clients = lists.submit(() -> byId(
                    c.clients().list(CLIENTS).stream().map(NameFetch::entry).toList()));
            Future<List<Entry>> projects = lists.submit(() -> byId(
                    c.projects().list(PROJECTS).stream().map(NameFetch::entry).toList()));
            return Account.call(() -> {
                Small small = small(c);
                return new NameCache(
                        NameCache.VERSION,
                        b.businessId(),
                        b.accountId(),
                        b.name(),
                        Instant.now(account.context().clock()).toString(),
                        await(clients),
                        await(projects),
                        small.services(),
                        small.categories(),
                        small.team());
            });
        } finally {
            lists.shutdownNow();
        }
    }

    /** The clients a full read takes: the active ones (archived and deleted clients are left out). */
    static final ClientQuery CLIENTS = ClientQuery.empty().withVisState(0);

    /** The projects a full read takes: every one (completed and inactive ones are kept, marked inactive). */
    static final ProjectQuery PROJECTS = ProjectQuery.empty();

    /** The short lists, read in full on every sync: services, expense categories, the team. */
    record Small(List<Entry> services, List<Entry> categories, List<Entry> team) {}

    static Small small(FreshBooksClient c) {
        List<Entry> services = c.services().list().stream()
                .filter(s -> s.visState() == null || s.visState() == 0)
                .map(NameFetch::entry)
                .toList();
        List<Entry> categories = c.expenseCategories().list().stream()
                .filter(s -> s.visState() == null || s.visState() == 0)
                .map(NameFetch::entry)
                .toList();
        List<Entry> team =
                c.teamMembers().list(true).stream().map(NameFetch::entry).toList();
        return new Small(services, categories, team);
    }

    /**
     * Clients and projects are kept in the order of their ids, whatever order FreshBooks lists them
     * in (its default order is not documented): a cache brought up to date with what changed is
     * then the same, entry for entry, as one read in full.
     */
    static List<Entry> byId(List<Entry> entries) {
        return entries.stream().sorted(BY_ID).toList();
    }

    private static final Comparator<Entry> BY_ID =
            Comparator.comparing((Entry e) -> numeric(e.id())).thenComparing(Entry::id);

    private static long numeric(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The list's own failure (a FreshBooks error, translated by {@link Account#call}), not a wrapper. */
    static <T> T await(Future<T> f) {
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
