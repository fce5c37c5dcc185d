package dev.fbcli.completions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The local cache of an account's names: clients, projects, services, expense categories and team
 * members. {@code fb sync}, a name not found, and the lists that read every name of a kind
 * ({@code client list}, {@code project list}, {@code service list}) write it; name resolution, the REPL's TAB and the
 * shell completion scripts read it, so none of them needs the network.
 *
 * <p>On disk, in one directory per account ({@code <cache>/sandbox/} or {@code <cache>/<profile>/}):
 * {@code names.json} (this record; {@code updated_at} is an ISO-8601 instant, as are {@code sync_started_at},
 * when the last {@code fb sync} or name refresh began, and {@code full_sync_started_at}, when the last one that read every name began) and, for shell scripts that must not start a JVM on TAB, one
 * plain-text file per kind ({@code clients.txt}, ...), one name per line, and beside each the same names
 * quoted for bash ({@code clients.quoted.txt}, when every name can be: {@link #quoted}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NameCache(
        @JsonProperty("version") int version,
        @JsonProperty("business_id") Long businessId,
        @JsonProperty("account_id") String accountId,
        @JsonProperty("business_name") String businessName,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("clients") List<Entry> clients,
        @JsonProperty("projects") List<Entry> projects,
        @JsonProperty("services") List<Entry> services,
        @JsonProperty("categories") List<Entry> categories,
        @JsonProperty("team") List<Entry> team,
        @JsonProperty("sync_started_at") String syncStartedAt,
        @JsonProperty("full_sync_started_at") String fullSyncStartedAt) {

    public static final int VERSION = 1;
    public static final String FILE = "names.json";

    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public NameCache {
        clients = List.copyOf(Objects.requireNonNullElse(clients, List.of()));
        projects = List.copyOf(Objects.requireNonNullElse(projects, List.of()));
        services = List.copyOf(Objects.requireNonNullElse(services, List.of()));
        categories = List.copyOf(Objects.requireNonNullElse(categories, List.of()));
        team = List.copyOf(Objects.requireNonNullElse(team, List.of()));
    }

    /** A cache without the times of a sync (a test's, or one written before incremental syncs). */
    public NameCache(
            int version,
            Long businessId,
            String accountId,
            String businessName,
            String updatedAt,
            List<Entry> clients,
            List<Entry> projects,
            List<Entry> services,
            List<Entry> categories,
            List<Entry> team) {
        this(
                version,
                businessId,
                accountId,
                businessName,
                updatedAt,
                clients,
                projects,
                services,
                categories,
                team,
                null,
                null);
    }

    /** This cache, saying that the last sync began at {@code startedAt} and the last full read at {@code fullStartedAt}. */
    public NameCache synced(String startedAt, String fullStartedAt) {
        return new NameCache(
                version,
                businessId,
                accountId,
                businessName,
                updatedAt,
                clients,
                projects,
                services,
                categories,
                team,
                startedAt,
                fullStartedAt);
    }

    /**
     * One named record. {@code id} is FreshBooks' id as a string (team members have uuids);
     * {@code parentId} is a project's client id or a category's parent; {@code detail} is a
     * secondary name (a client's contact person, a member's email); {@code active} is false for
     * completed projects.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(
            @JsonProperty("id") String id,
            @JsonProperty("name") String name,
            @JsonProperty("parent_id") String parentId,
            @JsonProperty("detail") String detail,
            @JsonProperty("active") Boolean active) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }

        public static Entry of(String id, String name) {
            return new Entry(id, name, null, null, null);
        }

        public boolean isActive() {
            return active == null || active;
        }
    }

    public List<Entry> entries(Kind kind) {
        switch (kind) {
            case CLIENT:
                return clients;
            case PROJECT:
                return projects;
            case SERVICE:
                return services;
            case CATEGORY:
                return categories;
            case TEAM_MEMBER:
                return team;
            default:
                throw new AssertionError(kind);
        }
    }

    /** Reads {@code dir/names.json}; empty when there is none or it cannot be read (a cache may vanish). */
    public static Optional<NameCache> read(Path dir) {
        return Optional.ofNullable(load(dir).cache());
    }

    /**
     * What {@code dir/names.json} holds: the cache, or none with why ({@code problem} is null when
     * there is simply no file; otherwise it says what is wrong with the one there).
     */
    public static Loaded load(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new Loaded(null, null);
        }
        try {
            NameCache c = JSON.readValue(file.toFile(), NameCache.class);
            return c.version() == VERSION
                    ? new Loaded(c, null)
                    : new Loaded(
                            null,
                            "it is in another format (version " + c.version() + ", this fb writes " + VERSION + ")");
        } catch (IOException e) {
            String why = e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("");
            return new Loaded(null, "it cannot be read (" + why + ")");
        }
    }

    /** {@link #load}'s answer: {@code cache} null when there is none fit to use, and {@code problem} why not. */
    public record Loaded(NameCache cache, String problem) {}

    /** Writes {@code dir/names.json} and the per-kind text files, each atomically. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        writeAtomically(dir.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this));
        for (Kind kind : Kind.values()) {
            List<String> names = new ArrayList<>();
            for (Entry e : entries(kind)) {
                if (e.isActive()) {
                    names.add(e.name().replace('\n', ' '));
                }
            }
            // the quoted file goes first and comes back last: one that exists is never older than the list
            Files.deleteIfExists(dir.resolve(kind.quotedFile()));
            writeAtomically(dir.resolve(kind.textFile()), names.isEmpty() ? "" : String.join("\n", names) + "\n");
            String quoted = quoted(names);
            if (quoted != null) {
                writeAtomically(dir.resolve(kind.quotedFile()), quoted);
            }
        }
    }

    /**
     * The names, not empty, one a line as bash's {@code printf %q} writes them ({@link BashQuote}), for
     * the bash script to offer all of them on an empty word without quoting each on TAB; null when
     * one of them is a name {@link BashQuote} cannot quote exactly as bash does.
     */
    static String quoted(List<String> names) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            if (name.isEmpty()) {
                continue;
            }
            String q = BashQuote.quote(name);
            if (q == null) {
                return null;
            }
            out.append(q).append('\n');
        }
        return out.toString();
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The kinds of names the cache holds. */
    public enum Kind {
        CLIENT("clients.txt"),
        PROJECT("projects.txt"),
        SERVICE("services.txt"),
        CATEGORY("categories.txt"),
        TEAM_MEMBER("team.txt");

        private final String textFile;

        Kind(String textFile) {
            this.textFile = textFile;
        }

        public String textFile() {
            return textFile;
        }

        /** The same names quoted for bash ({@link #quoted}): {@code clients.quoted.txt}, .... */
        public String quotedFile() {
            return textFile.replace(".txt", ".quoted.txt");
        }
    }
}
