package dev.fbcli.cli.undo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.render.Json;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local record of every write {@code fb} made (one-shot, REPL, batch), with what is needed to
 * reverse it: {@code <state>/journal/writes.jsonl}, one JSON object per line, append-only, under a
 * file lock so concurrent {@code fb} processes interleave whole lines. Reversals append an
 * {@code undone} line. No token or secret is ever written here.
 */
public final class WriteJournal {
    private static final ObjectMapper JSON = Json.MAPPER;

    private final Path file;
    private final String account;
    private final Clock clock;
    /** The last id this process wrote and the file's size just after: a file still that size needs no reading. */
    private long lastId = -1;

    private long lastSize = -1;

    public WriteJournal(Path stateDir, String account, Clock clock) {
        this.file = stateDir.resolve("journal").resolve("writes.jsonl");
        this.account = account;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** One write as recorded. */
    public record Entry(
            long id,
            Instant at,
            String account,
            String summary,
            String kind,
            String recordId,
            String link,
            List<Undo> undo,
            Instant undoneAt) {}

    /** Appends a record of {@code done}; returns its id. A journal that cannot be written is reported, not fatal. */
    public long record(Applied done, String summary) {
        try {
            return withLock(() -> {
                long id = (lastId >= 0 && Files.exists(file) && Files.size(file) == lastSize ? lastId : maxId()) + 1;
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
                append(n);
                lastId = id;
                lastSize = Files.size(file);
                return id;
            });
        } catch (IOException e) {
            throw new CliException.Failure(
                    "the change was made, but the undo journal could not be written: " + e.getMessage(),
                    "check that " + file.getParent() + " is writable; `fb undo` will not know this change",
                    e);
        }
    }

    private long maxId() throws IOException {
        return readAll().stream().mapToLong(Entry::id).max().orElse(0);
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

    /** Every recorded write of this account, oldest first, with its undone time when reversed. */
    public List<Entry> entries() throws IOException {
        return readAll().stream().filter(e -> account.equals(e.account())).toList();
    }

    /** The entry {@code id} of this account, if there is one. */
    public java.util.Optional<Entry> entry(long id) throws IOException {
        return entries().stream().filter(e -> e.id() == id).findFirst();
    }

    private List<Entry> readAll() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        Map<Long, Entry> byId = new LinkedHashMap<>();
        Map<Long, Instant> undone = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = JSON.readTree(line);
            } catch (IOException e) {
                continue; // a torn last line after a crash: the write it described is checked by the caller
            }
            if (n.has("undone")) {
                undone.put(n.get("undone").asLong(), Instant.parse(n.get("at").asText()));
                continue;
            }
            List<Undo> undo = new ArrayList<>();
            for (JsonNode u : n.path("undo")) {
                undo.add(fromJson(u));
            }
            long id = n.get("id").asLong();
            byId.put(
                    id,
                    new Entry(
                            id,
                            Instant.parse(n.get("at").asText()),
                            n.path("account").asText(),
                            n.path("summary").asText(),
                            n.path("kind").asText(null),
                            n.path("record_id").asText(null),
                            n.path("link").asText(null),
                            undo,
                            null));
        }
        List<Entry> out = new ArrayList<>();
        for (Entry e : byId.values()) {
            Instant u = undone.get(e.id());
            out.add(
                    u == null
                            ? e
                            : new Entry(
                                    e.id(),
                                    e.at(),
                                    e.account(),
                                    e.summary(),
                                    e.kind(),
                                    e.recordId(),
                                    e.link(),
                                    e.undo(),
                                    u));
        }
        return out;
    }

    private void append(ObjectNode n) throws IOException {
        Files.writeString(
                file,
                n.toString() + "\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND,
                java.nio.file.StandardOpenOption.SYNC);
    }

    private interface IoAction<T> {
        T run() throws IOException;
    }

    private <T> T withLock(IoAction<T> action) throws IOException {
        Files.createDirectories(file.getParent());
        Path lock = file.resolveSibling("writes.lock");
        try (FileChannel ch = new RandomAccessFile(lock.toFile(), "rw").getChannel();
                FileLock l = ch.lock()) {
            return action.run();
        }
    }

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

    @SuppressWarnings("unchecked")
    static Undo fromJson(JsonNode n) {
        String type = n.path("type").asText();
        switch (type) {
            case "delete":
                return new Undo.Delete(
                        n.path("kind").asText(),
                        n.path("id").asText(),
                        n.path("label").asText(null));
            case "restore":
                Map<String, Object> prev = JSON.convertValue(n.path("previous"), Map.class);
                return new Undo.Restore(
                        n.path("kind").asText(),
                        n.path("id").asText(),
                        n.path("label").asText(null),
                        prev);
            case "recreate":
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
