package dev.fbcli.cli.undo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.once.Findable;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.render.Json;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local record of every write {@code fb} makes (one-shot, shell, batch, MCP), with what is
 * needed to reverse it: {@code <state>/journal/writes.jsonl}, one JSON object per line, append-only,
 * under a file lock so that concurrent {@code fb} processes interleave whole lines. No token or
 * secret is ever written here.
 *
 * <p>Lines (every one carries {@code at}):
 *
 * <ul>
 *   <li>an <b>entry</b> ({@code id}, {@code account}, {@code summary}, the record, the undo steps,
 *       and {@code check}: what identifies the record, so that undo never touches another one);
 *   <li>an <b>attempt</b> ({@code attempt}: a random id, {@code fp}: the fingerprint of the write,
 *       its summary, command and {@link Findable}), written and forced to disk <em>before</em> the
 *       write is sent; an entry with {@code "attempt": id} or a {@code settled} line closes it, so
 *       an attempt left open is a write whose answer was lost;
 *   <li>{@code {"undone": id}} when an entry is reversed; {@code {"reset": account}} when the
 *       account's data was erased ({@code fb sandbox reset}): what came before it is void.
 * </ul>
 *
 * <p>A damaged line (cut short by a crash or a full disk, not UTF-8, not JSON, no {@code id}) is
 * skipped with a warning naming it. An append first ends a line left without its newline, so damage
 * never runs into the next line, and ids are never given twice: an id read from a damaged line
 * still counts. Journals written by earlier versions (entries and {@code undone} lines only) read
 * as they are.
 */
public final class WriteJournal {
    private static final ObjectMapper JSON = Json.MAPPER;
    private static final Pattern SALVAGED_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final Path file;
    private final String account;
    private final Clock clock;
    private final Consumer<String> warn;
    private final Set<String> warned = new HashSet<>();

    public WriteJournal(Path stateDir, String account, Clock clock) {
        this(stateDir, account, clock, m -> {});
    }

    /** {@code warn} is told (once per process and line) about lines that cannot be read. */
    public WriteJournal(Path stateDir, String account, Clock clock, Consumer<String> warn) {
        this.file = stateDir.resolve("journal").resolve("writes.jsonl");
        this.account = account;
        this.clock = clock;
        this.warn = warn;
    }

    public Path file() {
        return file;
    }

    public String account() {
        return account;
    }

    /**
     * One write as recorded. {@code check} (may be null): fields the record must still have for undo
     * to touch it. {@code origin} (may be null): the step of a batch file that made it (see {@link
     * #record(Applied, String, Attempt, JsonNode, String)}).
     */
    public record Entry(
            long id,
            Instant at,
            String account,
            String summary,
            String kind,
            String recordId,
            String link,
            List<Undo> undo,
            Instant undoneAt,
            JsonNode check,
            String origin) {
        public Entry {
            undo = List.copyOf(undo);
        }

        Entry undoneOn(Instant when) {
            return new Entry(id, at, account, summary, kind, recordId, link, undo, when, check, origin);
        }
    }

    /** A write about to be sent (or sent, if it is still open): see the class comment. */
    public record Attempt(
            String id, String fingerprint, Instant at, String account, String summary, String command, Findable find) {}

    // ------------------------------------------------------------------ writing

    /**
     * Records, and forces to disk, that the write {@code fingerprint} is about to be sent. Throws a
     * {@link CliException.Failure} when the journal cannot be written: the write must then not be sent.
     */
    public Attempt begin(String fingerprint, String summary, String command, Findable find) {
        Attempt a = new Attempt(
                UUID.randomUUID().toString(), fingerprint, Instant.now(clock), account, summary, command, find);
        ObjectNode n = JSON.createObjectNode();
        n.put("attempt", a.id());
        n.put("fp", fingerprint);
        n.put("at", a.at().toString());
        n.put("account", account);
        n.put("summary", summary);
        n.put("command", command);
        if (find != null) {
            n.set("find", Findable.toJson(find));
        }
        try {
            withLock(() -> {
                append(n);
                return null;
            });
        } catch (IOException e) {
            throw new CliException.Failure(
                    "nothing was sent: fb records every change in its journal before sending it, and the journal"
                            + " cannot be written (" + describe(e) + ")",
                    "check that " + file.getParent() + " is writable and that the disk has space",
                    e);
        }
        return a;
    }

    /** Closes attempt {@code a} without an entry ({@code how}: failed, not_applied); best effort. */
    public void settle(Attempt a, String how) {
        ObjectNode n = JSON.createObjectNode();
        n.put("settled", a.id());
        n.put("how", how);
        n.put("at", Instant.now(clock).toString());
        try {
            withLock(() -> {
                append(n);
                return null;
            });
        } catch (IOException e) {
            warnOnce("could not close an attempt in " + file + " (" + describe(e) + "); fb will look for it next time");
        }
    }

    /** Appends a record of {@code done}; returns its id. */
    public long record(Applied done, String summary) {
        return record(done, summary, null, null);
    }

    /**
     * Appends a record of {@code done}, made by attempt {@code attempt} (or null), whose record must
     * still have the fields of {@code check} (or null) for undo to touch it; returns its id. A
     * journal that cannot be written is a {@link CliException.Failure} saying that the change was made.
     */
    public long record(Applied done, String summary, Attempt attempt, JsonNode check) {
        return record(done, summary, attempt, check, null);
    }

    /**
     * Like {@link #record(Applied, String, Attempt, JsonNode)}, naming the step of a batch file that
     * made the change ({@code origin}, or null). A batch writes this entry before its own journal says
     * the step is done: a run killed in between looks for the step's record again, and must not take
     * this entry for another write's claim on it ({@link #claimedExcept}).
     */
    public long record(Applied done, String summary, Attempt attempt, JsonNode check, String origin) {
        try {
            return withLock(() -> {
                long id = read().maxId + 1;
                ObjectNode n = JSON.createObjectNode();
                n.put("id", id);
                n.put("at", Instant.now(clock).toString());
                n.put("account", account);
                n.put("summary", summary);
                n.put("kind", done.kind());
                n.put("record_id", done.id());
                n.put("link", done.link());
                ArrayNode undo = n.putArray("undo");
                for (Undo u : done.undo()) {
                    undo.add(toJson(u));
                }
                if (check != null && check.size() > 0) {
                    n.set("check", check);
                }
                if (attempt != null) {
                    n.put("attempt", attempt.id());
                }
                if (origin != null) {
                    n.put("origin", origin);
                }
                append(n);
                return id;
            });
        } catch (IOException e) {
            String what = done.id() == null ? "" : " (" + done.kind().replace('_', ' ') + " " + done.id() + ")";
            throw new CliException.Failure(
                    "the change was made" + what + ", but the undo journal could not be written: " + describe(e),
                    "do not run it again blindly: fb will find the change and record it once " + file.getParent()
                            + " is writable",
                    e);
        }
    }

    /** Marks entry {@code id} as undone. */
    public void markUndone(long id) throws IOException {
        withLock(() -> {
            ObjectNode n = JSON.createObjectNode();
            n.put("undone", id);
            n.put("at", Instant.now(clock).toString());
            append(n);
            return null;
        });
    }

    /**
     * Voids every entry and attempt of this account recorded so far: its data was erased (a
     * sandbox reset), so the ids they name now belong to other records. Does nothing without a journal.
     */
    public void forgetAll(String why) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        withLock(() -> {
            ObjectNode n = JSON.createObjectNode();
            n.put("reset", account);
            n.put("why", why);
            n.put("at", Instant.now(clock).toString());
            append(n);
            return null;
        });
    }

    // ------------------------------------------------------------------ reading

    /** Every recorded write of this account, oldest first, with its undone time when reversed. */
    public List<Entry> entries() throws IOException {
        return read().entries;
    }

    /** The entry {@code id} of this account, if there is one. */
    public Optional<Entry> entry(long id) throws IOException {
        return entries().stream().filter(e -> e.id() == id).findFirst();
    }

    /** How many entries of this account a reset made void (they are not listed). */
    public int voided() throws IOException {
        return read().voided.size();
    }

    /** True when entry {@code id} of this account was made before its data was reset. */
    public boolean voided(long id) throws IOException {
        return read().voided.contains(id);
    }

    /** Every record ({@code kind:id}) an entry of this account names: records fb already accounts for. */
    public Set<String> claimed() throws IOException {
        return claimedExcept(null);
    }

    /**
     * Every record ({@code kind:id}) an entry of this account names, except the entries made by
     * {@code origin} that are not undone (null: none is left out): when a batch step is looked for,
     * a record its own entry names is the step's record, not another write's.
     */
    public Set<String> claimedExcept(String origin) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (Entry e : entries()) {
            boolean own = origin != null && origin.equals(e.origin()) && e.undoneAt() == null;
            if (e.kind() != null && e.recordId() != null && !own) {
                out.add(e.kind() + ":" + e.recordId());
            }
        }
        return out;
    }

    /** The entry, not undone, that {@code origin} made for record {@code kind:id}, if there is one. */
    public Optional<Entry> madeBy(String origin, String record) throws IOException {
        if (origin == null || record == null) {
            return Optional.empty();
        }
        return entries().stream()
                .filter(e -> origin.equals(e.origin())
                        && e.undoneAt() == null
                        && record.equals(e.kind() + ":" + e.recordId()))
                .reduce((first, later) -> later);
    }

    /**
     * The newest open attempt of the write {@code fingerprint} in this account, made less than
     * {@code maxAge} ago: a write that was sent (or about to be) and whose outcome fb never learnt.
     */
    public Optional<Attempt> pending(String fingerprint, Duration maxAge) throws IOException {
        Instant oldest = Instant.now(clock).minus(maxAge);
        Attempt found = null;
        for (Attempt a : read().open) {
            if (a.fingerprint().equals(fingerprint) && !a.at().isBefore(oldest)) {
                found = a;
            }
        }
        return Optional.ofNullable(found);
    }

    private static final class Snapshot {
        final List<Entry> entries = new ArrayList<>();
        final List<Attempt> open = new ArrayList<>();
        final Set<Long> voided = new HashSet<>();
        long maxId;
    }

    private Snapshot read() throws IOException {
        Snapshot s = new Snapshot();
        byte[] bytes = readBounded();
        Map<Long, Entry> byId = new LinkedHashMap<>();
        Map<Long, Instant> undone = new HashMap<>();
        Map<String, Attempt> attempts = new LinkedHashMap<>();
        Set<String> settled = new HashSet<>();
        int start = 0;
        int number = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            number++;
            boolean complete = end < bytes.length;
            int from = start;
            start = end + 1;
            if (end == from) {
                continue;
            }
            String text;
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, from, end - from))
                        .toString();
            } catch (CharacterCodingException e) {
                salvage(s, new String(bytes, from, end - from, StandardCharsets.UTF_8));
                skip(number, complete ? "is not valid UTF-8 (damaged)" : "is cut short (a crash or a full disk?)");
                continue;
            }
            if (text.isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = JSON.readTree(text);
            } catch (IOException e) {
                n = null;
            }
            if (n == null || !n.isObject()) {
                salvage(s, text);
                skip(number, complete ? "is not a JSON object (damaged)" : "is cut short (a crash or a full disk?)");
                continue;
            }
            if (!complete) {
                salvage(s, text);
                skip(number, "is cut short (a crash or a full disk?)");
                continue;
            }
            Instant at = instant(n.get("at"));
            if (at == null) {
                salvage(s, text);
                skip(number, "has no readable time (`at`)");
                continue;
            }
            if (n.has("undone")) {
                if (n.get("undone").canConvertToLong()) {
                    undone.put(n.get("undone").asLong(), at);
                } else {
                    skip(number, "names no change to mark undone");
                }
            } else if (n.has("reset")) {
                if (account.equals(n.path("reset").asText())) {
                    s.voided.addAll(byId.keySet());
                    byId.clear();
                    attempts.clear();
                }
            } else if (n.has("settled")) {
                settled.add(n.path("settled").asText());
            } else if (n.has("attempt") && !n.has("id")) {
                if (account.equals(n.path("account").asText()) && n.path("fp").isTextual()) {
                    attempts.put(
                            n.path("attempt").asText(),
                            new Attempt(
                                    n.path("attempt").asText(),
                                    n.path("fp").asText(),
                                    at,
                                    account,
                                    n.path("summary").asText(""),
                                    n.path("command").asText(null),
                                    Findable.fromJson(n.get("find"))));
                }
            } else if (n.path("id").canConvertToLong()) {
                Entry e = entry(n, at, number);
                if (e == null) {
                    continue;
                }
                s.maxId = Math.max(s.maxId, e.id());
                if (n.has("attempt")) {
                    settled.add(n.path("attempt").asText());
                }
                if (account.equals(e.account())) {
                    byId.put(e.id(), e);
                }
            } else {
                salvage(s, text);
                skip(number, "is not a journal entry (it has no id)");
            }
        }
        for (Entry e : byId.values()) {
            Instant u = undone.get(e.id());
            s.entries.add(u == null ? e : e.undoneOn(u));
        }
        for (Attempt a : attempts.values()) {
            if (!settled.contains(a.id())) {
                s.open.add(a);
            }
        }
        return s;
    }

    private Entry entry(JsonNode n, Instant at, int number) {
        List<Undo> undo = new ArrayList<>();
        for (JsonNode u : n.path("undo")) {
            Undo step = fromJson(u);
            if (step == null) {
                skip(number, "has an undo step fb cannot read");
                return null;
            }
            undo.add(step);
        }
        JsonNode check = n.get("check");
        return new Entry(
                n.get("id").asLong(),
                at,
                n.path("account").asText(),
                n.path("summary").asText(),
                n.path("kind").asText(null),
                n.path("record_id").asText(null),
                n.path("link").asText(null),
                undo,
                null,
                check != null && check.isObject() ? check : null,
                n.path("origin").asText(null));
    }

    /** An id in a damaged line still counts: it is never given to another entry. */
    private static void salvage(Snapshot s, String text) {
        Matcher m = SALVAGED_ID.matcher(text);
        while (m.find()) {
            try {
                s.maxId = Math.max(s.maxId, Long.parseLong(m.group(1)));
            } catch (NumberFormatException e) {
                // an id this long was never written by fb
            }
        }
    }

    private void skip(int line, String why) {
        warnOnce("line " + line + " of the undo journal " + file + " " + why + "; it is skipped");
    }

    private void warnOnce(String message) {
        if (warned.add(message)) {
            warn.accept(message);
        }
    }

    private static Instant instant(JsonNode n) {
        if (n == null || !n.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(n.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The file's bytes, as many as its size says (never more: a device or a growing file stays bounded). */
    private byte[] readBounded() throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE - 16) {
                throw new IOException(file + " is larger than 2 GB");
            }
            ByteBuffer b = ByteBuffer.allocate((int) size);
            while (b.hasRemaining() && ch.read(b) >= 0) {
                // read on
            }
            b.flip();
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (NoSuchFileException e) {
            return new byte[0];
        }
    }

    // ------------------------------------------------------------------ appending

    /**
     * Appends one line with a single write, after ending a line a crash left without its newline,
     * and forces it to disk.
     */
    private void append(ObjectNode n) throws IOException {
        byte[] line = (n.toString() + "\n").getBytes(StandardCharsets.UTF_8);
        boolean torn = false;
        if (Files.isRegularFile(file) && Files.size(file) > 0) {
            try (RandomAccessFile r = new RandomAccessFile(file.toFile(), "r")) {
                r.seek(r.length() - 1);
                torn = r.read() != '\n';
            }
        }
        ByteBuffer buf = ByteBuffer.allocate(line.length + (torn ? 1 : 0));
        if (torn) {
            buf.put((byte) '\n');
        }
        buf.put(line).flip();
        try (FileChannel ch = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(false);
        }
    }

    private interface IoAction<T> {
        T run() throws IOException;
    }

    private <T> T withLock(IoAction<T> action) throws IOException {
        Files.createDirectories(file.getParent());
        Path lock = file.resolveSibling("writes.lock");
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock l = ch.lock()) {
            return action.run();
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f) {
            return (f.getReason() == null ? e.getClass().getSimpleName() : f.getReason()) + ": " + f.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    // ------------------------------------------------------------------ undo steps

    static ObjectNode toJson(Undo u) {
        ObjectNode n = JSON.createObjectNode();
        if (u instanceof Undo.Delete d) {
            n.put("type", "delete").put("kind", d.kind()).put("id", d.id()).put("label", d.label());
        } else if (u instanceof Undo.Restore r) {
            n.put("type", "restore").put("kind", r.kind()).put("id", r.id()).put("label", r.label());
            n.set("previous", JSON.valueToTree(r.previous()));
        } else if (u instanceof Undo.Recreate c) {
            n.put("type", "recreate").put("kind", c.kind()).put("id", c.id()).put("label", c.label());
            n.set("fields", JSON.valueToTree(c.fields()));
        } else if (u instanceof Undo.Irreversible i) {
            n.put("type", "irreversible").put("what", i.what());
        } else {
            throw new AssertionError(u);
        }
        return n;
    }

    /** An undo step from the journal, or null when it names no record. */
    @SuppressWarnings("unchecked")
    static Undo fromJson(JsonNode n) {
        String type = n.path("type").asText();
        switch (type) {
            case "delete":
            case "restore":
                if (!n.path("kind").isTextual()
                        || !n.path("id").isValueNode()
                        || n.path("id").isNull()) {
                    return null;
                }
                if (type.equals("delete")) {
                    return new Undo.Delete(
                            n.path("kind").asText(),
                            n.path("id").asText(),
                            n.path("label").asText(null));
                }
                JsonNode prev = n.path("previous");
                return new Undo.Restore(
                        n.path("kind").asText(),
                        n.path("id").asText(),
                        n.path("label").asText(null),
                        prev.isObject() ? JSON.convertValue(prev, Map.class) : Map.of());
            case "recreate":
                if (!n.path("kind").isTextual() || !n.path("fields").isObject()) {
                    return null;
                }
                Map<String, Object> fields = JSON.convertValue(n.path("fields"), Map.class);
                return new Undo.Recreate(
                        n.path("kind").asText(),
                        n.path("id").asText(),
                        n.path("label").asText(null),
                        fields);
            default:
                return new Undo.Irreversible(n.path("what").asText("a change that cannot be undone"));
        }
    }
}
