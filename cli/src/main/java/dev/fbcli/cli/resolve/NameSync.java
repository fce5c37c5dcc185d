package dev.fbcli.cli.resolve;

import dev.fbcli.cli.session.Account;
import dev.fbcli.completions.NameCache;
import dev.fbcli.completions.NameCache.Entry;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.model.BusinessContext;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.ClientQuery;
import dev.fbcli.freshbooks.model.Page;
import dev.fbcli.freshbooks.model.Paged;
import dev.fbcli.freshbooks.model.ProjectDto;
import dev.fbcli.freshbooks.model.ProjectQuery;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Brings a name cache up to date by reading only what changed since the last sync, or says why it
 * cannot (then every name is read, {@link NameFetch}).
 *
 * <p>What it reads (API.md §5.1, §5.10, §6): clients with {@code search[updated_min]} — a day, with
 * day granularity, compared with {@code updated} in US/Eastern — once in the default list (active
 * and archived, each with its {@code vis_state}) and once with {@code search[vis_state]=1} (the
 * deleted ones, which the default list leaves out); projects with {@code updated_since} (UTC). A
 * client now active is added or renamed, one archived or deleted is dropped (a full read takes
 * active clients only); a changed project is added or replaced (a full read takes every project).
 * Services, expense categories and the team are short and read in full, as before.
 *
 * <p>What it cannot see: a project deleted with {@code DELETE} is in no list afterwards. So each
 * kind's merged count is compared with FreshBooks' {@code total} for the query a full read sends
 * ({@code per_page=1}): every record created or changed since the last sync is in the changes, so
 * the merged names hold every record FreshBooks has, and the same count means the same records; a
 * larger count means something left unseen, and then every name is read again. (API.md §4.1, L-CC
 * live: {@code total} may count records the caller cannot see; on such an account the counts never
 * agree and every sync reads every name, slower but never wrong. Whether {@code updated_since} and
 * {@code updated_min} include their bound is not documented (§6.1 says min is inclusive for the
 * accounting tables): the margins below make it not matter.)
 *
 * <p>Since when: the last sync's start by FreshBooks' clock ({@link ServerClock}, from its answers'
 * {@code Date}), or by this machine's when no answer carried one, less {@link #MARGIN} (for this
 * machine's clock running ahead of FreshBooks', in that case, and for FreshBooks' own servers not
 * agreeing to the second in the other); clients
 * from the day before that instant's US/Eastern day (the filter's day is FreshBooks' and
 * UNVERIFIED beyond "US/Eastern, day granularity": a day earlier covers any zone's reading of it).
 * Re-reading a change twice costs nothing; missing one would keep a wrong name.
 *
 * <p>When more of a kind changed than {@link #limit} (more than a page, and more than half the cached
 * names: a bulk import, a first sync's day re-read), every name is read instead: the changes would
 * cost about as much as a full read, and then the count on top.
 */
final class NameSync {
    private NameSync() {}

    /**
     * Taken off the last sync's start: FreshBooks' servers need not agree to the second, and when
     * its answers carried no {@code Date} (this machine's clock was used) a clock ahead of
     * FreshBooks' by less than this loses nothing.
     */
    static final Duration MARGIN = Duration.ofMinutes(10);

    /**
     * How far past this machine's "now" a recorded sync may be (its times are FreshBooks' when its
     * answers said, and this machine's clock may run behind): beyond, the clock went back, and
     * every name is read.
     */
    static final Duration FUTURE = Duration.ofDays(1);

    /** A cache whose last full read is older than this is read in full again. */
    static final Duration FULL_EVERY = Duration.ofDays(7);

    /** The zone of {@code search[updated_min]}'s day (API.md §5.1: {@code updated} is US/Eastern). */
    static final ZoneId EASTERN = ZoneId.of("US/Eastern");

    /** The outcome: the new cache, or (cache null) why every name must be read. */
    record Outcome(NameCache cache, String fullBecause) {}

    /**
     * Why {@code base} cannot be brought up to date at {@code now} (a first sync, another business,
     * no sync times, a clock gone back, a last full read too old), or null when it can.
     */
    static String fullBecause(NameCache base, long businessId, Instant now) {
        if (base == null) {
            return "no names are cached yet";
        }
        if (base.businessId() == null || base.businessId() != businessId) {
            return "the cached names are another business's";
        }
        Instant last;
        Instant lastFull;
        try {
            last = base.syncStartedAt() == null ? null : Instant.parse(base.syncStartedAt());
            lastFull = base.fullSyncStartedAt() == null ? null : Instant.parse(base.fullSyncStartedAt());
        } catch (DateTimeException e) {
            return "the cache's sync times cannot be read";
        }
        if (last == null || lastFull == null) {
            return "the cache does not say when it was synced";
        }
        if (last.isAfter(now.plus(FUTURE)) || lastFull.isAfter(now.plus(FUTURE))) {
            return "the cache was synced later than this machine's clock says it is now";
        }
        if (lastFull.isBefore(now.minus(FULL_EVERY))) {
            return "the last full read is more than " + FULL_EVERY.toDays() + " days old";
        }
        return null;
    }

    /** Reads through {@code c} what changed since {@code base}'s sync and merges it (the new sync times are the caller's). */
    static Outcome update(Account account, FreshBooksClient c, NameCache base) {
        BusinessContext b = account.business();
        Instant since = Instant.parse(base.syncStartedAt()).minus(MARGIN);
        LocalDate day = LocalDate.ofInstant(since, EASTERN).minusDays(1);
        ExecutorService reads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fb-name-sync");
            t.setDaemon(true);
            return t;
        });
        try {
            long clientLimit = limit(base.clients().size());
            ClientQuery changedClients = ClientQuery.empty().withUpdatedMin(day);
            ClientQuery deletedClients = changedClients.withVisState(1);
            ProjectQuery changedProjects = ProjectQuery.empty().withUpdatedSince(since);
            Future<List<ClientDto>> listed =
                    reads.submit(() -> upTo(p -> c.clients().page(changedClients, p, Paged.MAX_PER_PAGE), clientLimit));
            Future<List<ClientDto>> deleted =
                    reads.submit(() -> upTo(p -> c.clients().page(deletedClients, p, Paged.MAX_PER_PAGE), clientLimit));
            Future<List<ProjectDto>> projects = reads.submit(() -> upTo(
                    p -> c.projects().page(changedProjects, p, Paged.MAX_PER_PAGE),
                    limit(base.projects().size())));
            Future<long[]> totals = reads.submit(() -> new long[] {
                c.clients().page(NameFetch.CLIENTS, 1, 1).total(),
                c.projects().page(NameFetch.PROJECTS, 1, 1).total()
            });
            return Account.call(() -> {
                NameFetch.Small small = NameFetch.small(c);
                if (NameFetch.await(listed) == null || NameFetch.await(deleted) == null) {
                    return new Outcome(null, "more than half the clients changed since the last sync");
                }
                if (NameFetch.await(projects) == null) {
                    return new Outcome(null, "more than half the projects changed since the last sync");
                }
                List<ClientDto> changed = new ArrayList<>(NameFetch.await(listed));
                List<ClientDto> gone = NameFetch.await(deleted);
                Map<Long, Integer> seen = new HashMap<>();
                changed.forEach(x -> seen.put(x.id(), x.visState() == null ? 0 : x.visState()));
                for (ClientDto x : gone) {
                    Integer other = seen.get(x.id());
                    if (other != null && other != 1) {
                        // deleted between the two reads, or restored: which came last is not known
                        return new Outcome(null, "a client changed while it was read");
                    }
                }
                changed.addAll(gone);
                List<Entry> clients = mergeClients(base.clients(), changed);
                List<Entry> merged = mergeProjects(base.projects(), NameFetch.await(projects));
                long[] total = NameFetch.await(totals);
                String differs = differs("clients", clients.size(), total[0]);
                if (differs == null) {
                    differs = differs("projects", merged.size(), total[1]);
                }
                if (differs != null) {
                    return new Outcome(null, differs);
                }
                return new Outcome(
                        new NameCache(
                                NameCache.VERSION,
                                b.businessId(),
                                b.accountId(),
                                b.name(),
                                Instant.now(account.context().clock()).toString(),
                                clients,
                                merged,
                                small.services(),
                                small.categories(),
                                small.team()),
                        null);
            });
        } finally {
            reads.shutdownNow();
        }
    }

    /**
     * How many changes of a kind are worth merging: one page always; beyond, up to half the cached
     * names (past that, reading every name is about as cheap, and a bulk import is read once).
     */
    static long limit(int cached) {
        return Math.max(Paged.MAX_PER_PAGE, cached / 2);
    }

    /** Every item of a list of changes, page after page; null once its total is past {@code limit}. */
    static <T> List<T> upTo(IntFunction<Page<T>> page, long limit) {
        List<T> out = new ArrayList<>();
        for (int p = 1; ; p++) {
            Page<T> one = page.apply(p);
            if (one.total() > limit) {
                return null;
            }
            out.addAll(one.items());
            if (!one.hasMore()) {
                return out;
            }
        }
    }

    private static String differs(String kind, int merged, long total) {
        return merged == total
                ? null
                : "FreshBooks counts " + total + " " + kind + " where the updated cache holds " + merged;
    }

    /** {@code cached} with each changed client put in (active) or taken out (archived or deleted), by id. */
    static List<Entry> mergeClients(List<Entry> cached, List<ClientDto> changed) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        cached.forEach(e -> byId.put(e.id(), e));
        for (ClientDto x : changed) {
            String id = String.valueOf(x.id());
            if (x.visState() == null || x.visState() == 0) {
                byId.put(id, NameFetch.entry(x));
            } else {
                byId.remove(id);
            }
        }
        return NameFetch.byId(new ArrayList<>(byId.values()));
    }

    /** {@code cached} with each changed project put in, by id (deleted ones are not in any list). */
    static List<Entry> mergeProjects(List<Entry> cached, List<ProjectDto> changed) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        cached.forEach(e -> byId.put(e.id(), e));
        for (ProjectDto p : changed) {
            byId.put(String.valueOf(p.id()), NameFetch.entry(p));
        }
        return NameFetch.byId(new ArrayList<>(byId.values()));
    }
}
