package dev.fbcli.cli.resolve;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.session.Account;
import dev.fbcli.completions.NameCache;
import dev.fbcli.completions.NameCache.Entry;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.nlp.intent.NameRef;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the user said, resolved to one record of each kind (name → id): clients, projects (or a
 * client's only active project), services, team members, expense categories (by meaning too), with
 * {@link NameResolver}'s exact → case → prefix/words → fuzzy steps, a choice when several fit
 * ({@link Chooser}), and suggestions when none does. The names come from the local cache,
 * fetched by {@link NameFetch} when there is none, on {@code fb sync}, and once per run on a miss.
 */
public final class Names {
    private final Account account;
    private final Chooser chooser;
    private NameCache cache;
    private boolean refreshedThisRun;
    /** Per kind, built once per cache load: the resolver's index and the entries by id. */
    private final Map<Kind, NameIndex> indexes = new EnumMap<>(Kind.class);

    private final Map<Kind, Map<String, Entry>> byId = new EnumMap<>(Kind.class);

    public Names(Account account, Chooser chooser) {
        this.account = account;
        this.chooser = chooser;
    }

    public Chooser chooser() {
        return chooser;
    }

    /** The cache, read from disk or fetched when there is none (or it belongs to another business). */
    public NameCache cache() {
        if (cache == null) {
            Optional<NameCache> onDisk = NameCache.read(account.cacheDir());
            Long business = onDisk.map(NameCache::businessId).orElse(null);
            if (onDisk.isPresent()
                    && business != null
                    && business == account.business().businessId()) {
                load(onDisk.get());
            } else {
                refresh();
            }
        }
        return cache;
    }

    /** Brings the names up to date from FreshBooks (only what changed, when the cache allows it) and rewrites the cache. */
    public NameCache refresh() {
        return refresh(false).cache();
    }

    /**
     * What a refresh did: the cache it wrote; whether it read only what changed since the last
     * sync; why it read every name when it did ({@code fullBecause}); and, when the cache on disk
     * was unusable, what was wrong with it ({@code damage}, for a notice).
     */
    public record Refreshed(NameCache cache, boolean incremental, String fullBecause, String damage) {}

    /**
     * Brings the names up to date: with {@code full}, or when {@link NameSync} finds the cache
     * unfit (none, too old, damaged, counts that differ), every name is read; otherwise only what
     * changed since the last sync. Either way the cache written is the one a full read gives.
     */
    public Refreshed refresh(boolean full) {
        Instant started = Instant.now(account.context().clock());
        NameCache base = cache;
        String damage = null;
        if (base == null) {
            NameCache.Loaded onDisk = NameCache.load(account.cacheDir());
            base = onDisk.cache();
            damage = onDisk.problem();
        }
        String because = full
                ? "a full read was asked for"
                : damage != null
                        ? "the name cache was not used: " + damage
                        : NameSync.fullBecause(base, account.business().businessId(), started);
        ServerClock serverClock = ServerClock.watching(account);
        FreshBooksClient c = serverClock.client(account);
        NameCache fresh = null;
        if (because == null) {
            NameSync.Outcome o = NameSync.update(account, c, base);
            fresh = o.cache();
            because = o.fullBecause();
        }
        if (fresh == null) {
            fresh = NameFetch.fetch(account, c);
        }
        // the sync's start by FreshBooks' clock when its answers said, else by this machine's
        String start = (serverClock.start() != null ? serverClock.start() : started).toString();
        fresh = fresh.synced(start, because == null ? base.fullSyncStartedAt() : start);
        try {
            fresh.write(account.cacheDir());
        } catch (IOException e) {
            // a cache that cannot be written only costs speed: resolution goes on from memory
        }
        load(fresh);
        refreshedThisRun = true;
        return new Refreshed(fresh, because == null, because, damage);
    }

    /**
     * A record a show read: its entry in an existing cache is brought up to date (renamed
     * elsewhere, say), or added, at no request of its own; the rest of the cache is left alone.
     */
    public void seen(Kind kind, Entry e) {
        NameCache current = existing();
        if (current == null) {
            return;
        }
        List<Entry> list = new java.util.ArrayList<>(current.entries(kind));
        boolean found = false;
        for (int i = 0; i < list.size(); i++) {
            if (java.util.Objects.equals(list.get(i).id(), e.id())) {
                list.set(i, e);
                found = true;
            }
        }
        if (!found) {
            list.add(e);
        }
        replace(current, kind, kind == Kind.CLIENT || kind == Kind.PROJECT ? NameFetch.byId(list) : list);
    }

    /**
     * What a list just read in full (every active client, every project, every service, the team, with the
     * same query a refresh would send) replaces that kind's names in the cache, at no extra
     * request: TAB and name resolution see a client added elsewhere once it has been listed. Only
     * an existing cache of this business is updated (a cache of one kind alone would pass for a
     * whole one); a filtered list must not call this, as it did not read every name.
     */
    public void listed(Kind kind, List<Entry> all) {
        NameCache current = existing();
        if (current != null) {
            replace(current, kind, kind == Kind.CLIENT || kind == Kind.PROJECT ? NameFetch.byId(all) : all);
        }
    }

    /** The cache loaded in this run, or this business's cache on disk; null when there is none. */
    private NameCache existing() {
        if (cache != null) {
            return cache;
        }
        Optional<NameCache> onDisk = NameCache.read(account.cacheDir());
        if (onDisk.isEmpty()
                || onDisk.get().businessId() == null
                || onDisk.get().businessId() != account.business().businessId()) {
            return null;
        }
        return onDisk.get();
    }

    /** {@code current} with {@code kind}'s names replaced by {@code all}, written and loaded (unless unchanged). */
    private void replace(NameCache current, Kind kind, List<Entry> all) {
        if (current.entries(kind).equals(all)) {
            return;
        }
        NameCache updated = new NameCache(
                current.version(),
                current.businessId(),
                current.accountId(),
                current.businessName(),
                current.updatedAt(),
                kind == Kind.CLIENT ? all : current.clients(),
                kind == Kind.PROJECT ? all : current.projects(),
                kind == Kind.SERVICE ? all : current.services(),
                kind == Kind.CATEGORY ? all : current.categories(),
                kind == Kind.TEAM_MEMBER ? all : current.team(),
                current.syncStartedAt(),
                current.fullSyncStartedAt());
        try {
            updated.write(account.cacheDir());
        } catch (IOException e) {
            // a cache that cannot be written only costs speed
        }
        load(updated);
    }

    /** The cache entry of a client, as a refresh writes it. */
    public static Entry entry(dev.fbcli.freshbooks.model.ClientDto c) {
        return NameFetch.entry(c);
    }

    /** The cache entry of a project, as a refresh writes it. */
    public static Entry entry(dev.fbcli.freshbooks.model.ProjectDto p) {
        return NameFetch.entry(p);
    }

    /** The cache entry of a team member, as a refresh writes it. */
    public static Entry entry(dev.fbcli.freshbooks.model.TeamMemberDto m) {
        return NameFetch.entry(m);
    }

    /** The cache entry of a service, as a refresh writes it. */
    public static Entry entry(dev.fbcli.freshbooks.model.ServiceDto s) {
        return NameFetch.entry(s);
    }

    private void load(NameCache loaded) {
        cache = loaded;
        indexes.clear();
        byId.clear();
    }

    private List<Candidate> candidates(Kind kind) {
        return index(kind).candidates();
    }

    /** The names of {@code kind}, indexed on first use after each cache load. */
    public NameIndex index(Kind kind) {
        NameCache names = cache();
        NameIndex index = indexes.get(kind);
        if (index == null) {
            List<Candidate> out = new ArrayList<>();
            for (Entry e : names.entries(kind)) {
                // a service's "active" holds its billable flag, not a state: every service is a candidate
                boolean active = kind == Kind.SERVICE || e.isActive();
                out.add(new Candidate(e.id(), e.name(), e.detail(), active));
            }
            index = NameIndex.of(out);
            indexes.put(kind, index);
        }
        return index;
    }

    public Entry entry(Kind kind, String id) {
        NameCache names = cache();
        Map<String, Entry> ids = byId.get(kind);
        if (ids == null) {
            ids = new HashMap<>();
            for (Entry e : names.entries(kind)) {
                ids.putIfAbsent(e.id(), e);
            }
            byId.put(kind, ids);
        }
        return ids.get(id);
    }

    /** The name of record {@code id} of {@code kind} as the cache knows it: "" for none, "#id" when unknown. */
    public String nameOf(Kind kind, Long id) {
        if (id == null) {
            return "";
        }
        Entry e = entry(kind, String.valueOf(id));
        return e == null ? "#" + id : e.name();
    }

    public Candidate client(String said) {
        return resolve(Kind.CLIENT, "client", said);
    }

    public Candidate project(String said) {
        return resolve(Kind.PROJECT, "project", said);
    }

    public Candidate service(String said) {
        return resolve(Kind.SERVICE, "service", said);
    }

    public Candidate member(String said) {
        Optional<Candidate> byEmail = candidates(Kind.TEAM_MEMBER).stream()
                .filter(c -> said.equalsIgnoreCase(c.detail()))
                .findFirst();
        return byEmail.orElseGet(() -> resolve(Kind.TEAM_MEMBER, "team member", said));
    }

    public Candidate category(String said, String vendor) {
        Resolution r = CategoryMeanings.resolve(said, vendor, candidates(Kind.CATEGORY));
        if (r instanceof Resolution.NotFound && !refreshedThisRun) {
            refresh();
            r = CategoryMeanings.resolve(said, vendor, candidates(Kind.CATEGORY));
        }
        return settle(r, Kind.CATEGORY, "expense category", said == null ? vendor : said);
    }

    /**
     * Resolves "on Acme": a project first, then a client ({@code target}); "client X" a client;
     * "project X" a project — or, when X is a client with one active project, that project ("the
     * Acme Corp project"; with several, the user picks). With {@code preferProject}, a target that
     * is a client with exactly one active project means that project (time is logged on projects).
     * A project brings its client along.
     */
    public Target target(NameRef ref, boolean preferProject) {
        if (ref == null) {
            return null;
        }
        String said = ref.name();
        if (ref.kind() == NameRef.Kind.CLIENT) {
            return new Target(null, client(said));
        }
        // a project said without a typo wins; a project only by a typo counts only when no client
        // fits, so its typo step (scoring every project) waits until no client does
        Resolution asProject = index(Kind.PROJECT).withoutTypos(said);
        if (asProject instanceof Resolution.Match m0) {
            return withClient(m0.candidate());
        }
        Resolution asClient = index(Kind.CLIENT).resolve(said);
        if (!(asClient instanceof Resolution.Match)) {
            if (asProject == null) {
                asProject = index(Kind.PROJECT).resolve(said);
            }
            // one refresh at most, and only when the name is neither a project nor a client: a client's
            // name misses as a project, and that miss alone must not re-read every name of the account
            if (asProject instanceof Resolution.NotFound
                    && asClient instanceof Resolution.NotFound
                    && !refreshedThisRun) {
                refresh();
                asProject = index(Kind.PROJECT).resolve(said);
                asClient = index(Kind.CLIENT).resolve(said);
            }
        }
        if (asProject instanceof Resolution.Match m && m.how() != Resolution.How.FUZZY) {
            return withClient(m.candidate());
        }
        if (asClient instanceof Resolution.Match c) {
            List<Candidate> projects = activeProjectsOf(c.candidate().id());
            if (ref.kind() == NameRef.Kind.PROJECT) {
                if (projects.isEmpty()) {
                    throw new CliException.Usage(
                            c.candidate().name() + " has no active project",
                            "`fb project list --client '" + c.candidate().name() + "'` shows its projects");
                }
                Candidate p =
                        projects.size() == 1 ? projects.get(0) : chooser.choose("project", said + " project", projects);
                return new Target(p, c.candidate());
            }
            return new Target(preferProject && projects.size() == 1 ? projects.get(0) : null, c.candidate());
        }
        if (asProject instanceof Resolution.Match m) {
            return withClient(m.candidate()); // a fuzzy project match, when no client fits
        }
        if (ref.kind() == NameRef.Kind.PROJECT || asProject instanceof Resolution.Ambiguous) {
            return withClient(settle(asProject, Kind.PROJECT, "project", said));
        }
        if (asClient instanceof Resolution.Ambiguous) {
            return new Target(null, settle(asClient, Kind.CLIENT, "client", said));
        }
        List<Candidate> near = new ArrayList<>(((Resolution.NotFound) asProject).suggestions());
        near.addAll(((Resolution.NotFound) asClient).suggestions());
        throw new CliException.Usage(
                "no project or client named '" + said + "' in "
                        + account.business().name(),
                near.isEmpty()
                        ? "`fb project list` and `fb client list` show them"
                        : "did you mean "
                                + near.stream().map(c -> "'" + c.name() + "'").collect(Collectors.joining(" or "))
                                + "?");
    }

    private Target withClient(Candidate project) {
        Entry p = entry(Kind.PROJECT, project.id());
        Candidate client = null;
        if (p != null && p.parentId() != null) {
            Entry c = entry(Kind.CLIENT, p.parentId());
            client = c == null ? null : new Candidate(c.id(), c.name(), c.detail(), true);
        }
        return new Target(project, client);
    }

    public List<Candidate> activeProjectsOf(String clientId) {
        return cache().projects().stream()
                .filter(p -> clientId.equals(p.parentId()) && p.isActive())
                .map(p -> new Candidate(p.id(), p.name(), null, true))
                .toList();
    }

    private Resolution resolveQuietly(Kind kind, String said) {
        Resolution r = index(kind).resolve(said);
        if (r instanceof Resolution.NotFound && !refreshedThisRun) {
            refresh();
            r = index(kind).resolve(said);
        }
        return r;
    }

    private Candidate resolve(Kind kind, String noun, String said) {
        return settle(resolveQuietly(kind, said), kind, noun, said);
    }

    private Candidate settle(Resolution r, Kind kind, String noun, String said) {
        if (r instanceof Resolution.Match m) {
            return m.candidate();
        }
        if (r instanceof Resolution.Ambiguous a) {
            return chooser.choose(noun, said, a.candidates());
        }
        List<Candidate> suggestions = ((Resolution.NotFound) r).suggestions();
        String list =
                kind == Kind.CATEGORY ? "categories" : kind == Kind.TEAM_MEMBER ? "team" : noun.split(" ")[0] + "s";
        String hint = suggestions.isEmpty()
                ? "`fb "
                        + (kind == Kind.CATEGORY
                                ? "expense categories"
                                : kind == Kind.TEAM_MEMBER ? "team list" : noun.split(" ")[0] + " list")
                        + "` shows the " + list
                : "did you mean "
                        + suggestions.stream().map(c -> "'" + c.name() + "'").collect(Collectors.joining(" or ")) + "?";
        throw new CliException.Usage(
                "no " + noun + " named '" + said + "' in " + account.business().name(), hint);
    }
}
