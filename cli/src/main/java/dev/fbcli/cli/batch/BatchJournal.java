package dev.fbcli.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.once.Findable;
import dev.fbcli.freshbooks.http.ApiRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a batch file has done so far, one journal per file and account in
 * {@code <state>/batch/<id>.jsonl}: before each write request of a line a {@code sent} record
 * (method, path, body) is appended and forced to disk; after the line, a {@code done} record with
 * what it created. A run that dies between the two leaves a line that was sent but not done: the
 * next run looks for its record in FreshBooks before doing it again. One run at a time holds the
 * file's lock. Bodies are the JSON sent to FreshBooks (never a header, so never a token).
 */
public final class BatchJournal implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final FileChannel out;
    private final Clock clock;
    private final Map<String, Done> done = new HashMap<>();
    private final Map<String, List<Sent>> sent = new HashMap<>();

    /**
     * A write request of a line, as sent (or about to be), with how to find the record it creates
     * ({@code find}, for a create whose plan has one; null otherwise and in older journals).
     */
    public record Sent(String method, String path, JsonNode body, Instant at, Findable find) {
        public Sent(String method, String path, JsonNode body, Instant at) {
            this(method, path, body, at, null);
        }
    }

    /**
     * A line that is finished. {@code how}: {@code applied}, {@code read} (a line that only reads),
     * or {@code found} (its record was found in FreshBooks after an interrupted run). {@code records}
     * are {@code kind:id}; {@code then} is the structured command of a follow-up step still to do
     * (emailing the invoice the line created), or null.
     */
    public record Done(
            int line, String what, String how, List<String> records, List<Long> writes, String then, Instant at) {
        public Done {
            records = List.copyOf(records);
            writes = List.copyOf(writes);
        }
    }

    /** Another run holds this journal. */
    public static final class BusyException extends IOException {
        BusyException(Path file) {
            super("another `fb batch` is running this file (" + file + " is locked)");
        }
    }

    private BatchJournal(Path file, FileChannel lockChannel, FileLock lock, FileChannel out, Clock clock) {
        this.file = file;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.out = out;
        this.clock = clock;
    }

    /**
     * Opens (or starts) the journal of {@code source} (a file's absolute path, or {@code stdin:<hash>})
     * on {@code account}, taking its lock.
     */
    public static BatchJournal open(Path stateDir, String account, String source, Clock clock) throws IOException {
        Path dir = stateDir.resolve("batch");
        Files.createDirectories(dir);
        String id = sha256(account + "\n" + source).substring(0, 24);
        Path file = dir.resolve(id + ".jsonl");
        FileChannel lockChannel =
                FileChannel.open(dir.resolve(id + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            throw new BusyException(file);
        }
        try {
            boolean fresh = !Files.exists(file) || Files.size(file) == 0;
            FileChannel out = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            BatchJournal j = new BatchJournal(file, lockChannel, lock, out, clock);
            if (fresh) {
                ObjectNode h = JSON.createObjectNode()
                        .put("t", "batch")
                        .put("source", source)
                        .put("account", account)
                        .put("at", Instant.now(clock).toString());
                j.append(h);
            } else {
                j.load();
            }
            return j;
        } catch (IOException | RuntimeException e) {
            lock.release();
            lockChannel.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /**
     * The name the undo journal gives the step {@code key} of this journal: its entries for the
     * records the step made say so, because they are written before the step's {@code done}.
     */
    public String origin(String key) {
        String name = file.getFileName().toString();
        return "batch:" + name.substring(0, name.length() - ".jsonl".length()) + ":"
                + sha256(key).substring(0, 24);
    }

    /**
     * Deletes the journals of {@code account} (its data was erased: what they say is done is gone),
     * except one a run holds. Returns how many were deleted.
     */
    public static int forgetAccount(Path stateDir, String account) throws IOException {
        Path dir = stateDir.resolve("batch");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int n = 0;
        List<Path> files;
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".jsonl")).toList();
        }
        for (Path f : files) {
            String first;
            try (java.io.BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                first = r.readLine();
            } catch (IOException e) {
                continue;
            }
            JsonNode h;
            try {
                h = first == null ? null : JSON.readTree(first);
            } catch (IOException e) {
                continue;
            }
            if (h == null || !account.equals(h.path("account").asText())) {
                continue;
            }
            String id = f.getFileName().toString().replace(".jsonl", "");
            try (FileChannel ch =
                    FileChannel.open(dir.resolve(id + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock l;
                try {
                    l = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    l = null;
                }
                if (l == null) {
                    continue; // a run holds it
                }
                try {
                    Files.deleteIfExists(f);
                    n++;
                } finally {
                    l.release();
                }
            }
        }
        return n;
    }

    private void load() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
            out.write(ByteBuffer.wrap(new byte[] {'\n'})); // a line torn by a crash stays apart from the next
        }
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = JSON.readTree(line);
            } catch (IOException e) {
                continue; // torn by a crash: the request it announced was not sent yet, or is looked for
            }
            String key = n.path("key").asText(null);
            switch (n.path("t").asText()) {
                case "sent":
                    sent.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new Sent(
                                    n.path("method").asText(),
                                    n.path("path").asText(),
                                    n.get("body"),
                                    instant(n),
                                    Findable.fromJson(n.get("find"))));
                    break;
                case "done":
                    List<String> records = new ArrayList<>();
                    n.path("records").forEach(r -> records.add(r.asText()));
                    List<Long> writes = new ArrayList<>();
                    n.path("writes").forEach(w -> writes.add(w.asLong()));
                    done.put(
                            key,
                            new Done(
                                    n.path("line").asInt(),
                                    n.path("what").asText(""),
                                    n.path("how").asText("applied"),
                                    records,
                                    writes,
                                    n.path("then").asText(null),
                                    instant(n)));
                    break;
                default:
                    break;
            }
        }
    }

    private static Instant instant(JsonNode n) {
        try {
            return Instant.parse(n.path("at").asText());
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }

    public Optional<Done> done(String key) {
        return Optional.ofNullable(done.get(key));
    }

    /** The write requests of a line that is not done, oldest first. */
    public List<Sent> pending(String key) {
        if (done.containsKey(key)) {
            return List.of();
        }
        return List.copyOf(sent.getOrDefault(key, List.of()));
    }

    /** Every record ({@code kind:id}) a finished line of this journal made or found. */
    public Set<String> claimed() {
        Set<String> out = new LinkedHashSet<>();
        done.values().forEach(d -> out.addAll(d.records()));
        return out;
    }

    /** Records, and forces to disk, that {@code request} is about to be sent for the line {@code key}. */
    public void sent(String key, int line, ApiRequest request) throws IOException {
        sent(key, line, request, null);
    }

    /**
     * Records, and forces to disk, that {@code request} is about to be sent for the line {@code key};
     * {@code find} (or null) is how to find the record a create makes.
     */
    public void sent(String key, int line, ApiRequest request, Findable find) throws IOException {
        ObjectNode n = JSON.createObjectNode()
                .put("t", "sent")
                .put("key", key)
                .put("line", line)
                .put("method", request.method().toString())
                .put("path", request.path());
        String body = request.sensitive() ? null : request.bodyJson();
        if (body != null && !body.isEmpty()) {
            try {
                n.set("body", JSON.readTree(body));
            } catch (IOException e) {
                n.put("body_text", body);
            }
        }
        Findable f = request.method() == dev.fbcli.freshbooks.http.HttpMethod.POST
                        && !request.path().contains("/uploads/")
                ? find
                : null;
        if (f != null) {
            n.set("find", Findable.toJson(f));
        }
        n.put("at", Instant.now(clock).toString());
        append(n);
        sent.computeIfAbsent(key, k -> new ArrayList<>())
                .add(new Sent(n.path("method").asText(), request.path(), n.get("body"), instant(n), f));
    }

    /** Records that the line {@code key} is finished. */
    public void done(String key, Done d) throws IOException {
        ObjectNode n = JSON.createObjectNode()
                .put("t", "done")
                .put("key", key)
                .put("line", d.line())
                .put("what", d.what())
                .put("how", d.how());
        ArrayNode records = n.putArray("records");
        d.records().forEach(records::add);
        ArrayNode writes = n.putArray("writes");
        d.writes().forEach(writes::add);
        if (d.then() != null) {
            n.put("then", d.then());
        }
        n.put("at", d.at().toString());
        append(n);
        done.put(key, d);
    }

    /** Records why the line {@code key} failed (for people reading the journal; runs do not depend on it). */
    public void failed(String key, int line, String message) throws IOException {
        append(JSON.createObjectNode()
                .put("t", "failed")
                .put("key", key)
                .put("line", line)
                .put("error", message)
                .put("at", Instant.now(clock).toString()));
    }

    private void append(ObjectNode n) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap((n.toString() + "\n").getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            out.write(buf);
        }
        out.force(false);
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            try {
                lock.release();
            } finally {
                lockChannel.close();
            }
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
