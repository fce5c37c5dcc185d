package dev.fbcli.cli.once;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.render.Json;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to find again the record a create makes, for when FreshBooks' answer to it is lost (a
 * timeout, a connection reset after the server applied it, a crash or {@code kill -9} of fb): the
 * record's kind, the fields that identify it with the values that are sent, and how long before the
 * write was first sent a record may have been made and still count.
 *
 * <p>Every create attaches one to its plan ({@link dev.fbcli.cli.pipeline.Plan#finding}); the
 * write path ({@link Writes}, used by one-shot commands, the shell, batch files and the MCP server)
 * journals it before the request leaves and, when the answer is lost, hands it to {@link
 * RecordFinder}, which lists the records of that kind ({@link Listing}) and compares the fields
 * ({@link Match}). A create without one still gets exactly-once protection against a crash (the
 * attempt is journaled), but fb cannot look for its record and says so instead of re-sending.
 *
 * <p>Field values are wire values: text, numbers, booleans, {@code YYYY-MM-DD} days, ISO instants,
 * {@code {"amount","code"}} money, and lists of maps (invoice lines). A null value is not compared;
 * an empty text means "must be empty" (a time entry logged without a note).
 */
public interface Findable {
    /** Records made this long before the write was first sent still count: clocks differ. */
    Duration DEFAULT_WINDOW = Duration.ofMinutes(10);

    /** The kind, as the undo journal names it: time_entry, invoice, payment, expense, client, project... */
    String kind();

    /** The record in plain words, for the undo journal: "the 3h 00m Design time entry on Website Redesign". */
    String label();

    /** Wire name → value sent, in a stable order. */
    Map<String, Object> fields();

    /** How long before the write was first sent a record may have been made and still be this one. */
    default Duration window() {
        return DEFAULT_WINDOW;
    }

    /** The fields as JSON (what the journal stores and {@link Match} compares). */
    default ObjectNode fieldsJson() {
        ObjectNode n = Json.MAPPER.createObjectNode();
        for (Map.Entry<String, Object> f : fields().entrySet()) {
            if (f.getValue() != null) {
                n.set(f.getKey(), Json.MAPPER.valueToTree(f.getValue()));
            }
        }
        return n;
    }

    /** Starts a findable of {@code kind}; add the identifying fields with {@link Spec#with}. */
    static Spec of(String kind, String label) {
        return new Spec(kind, label, Map.of(), DEFAULT_WINDOW);
    }

    /** Reads one back from the journal ({@code {"kind","label","fields","window_s"}}), or null. */
    static Findable fromJson(JsonNode n) {
        if (n == null || !n.isObject() || !n.path("kind").isTextual()) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        n.path("fields").fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue()));
        long window = n.path("window_s").asLong(DEFAULT_WINDOW.toSeconds());
        return new Spec(n.path("kind").asText(), n.path("label").asText(null), fields, Duration.ofSeconds(window));
    }

    /** The journal form of {@code f}. */
    static ObjectNode toJson(Findable f) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("kind", f.kind());
        n.put("label", f.label());
        n.set("fields", f.fieldsJson());
        n.put("window_s", f.window().toSeconds());
        return n;
    }

    /** The plain implementation: an immutable value, built field by field. */
    record Spec(String kind, String label, Map<String, Object> fields, Duration window) implements Findable {
        public Spec {
            if (kind == null || kind.isBlank()) {
                throw new IllegalArgumentException("a findable needs a kind");
            }
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            window = window == null ? DEFAULT_WINDOW : window;
        }

        /** Adds an identifying field (a null value is kept out: it is not compared). */
        public Spec with(String name, Object value) {
            if (value == null) {
                return this;
            }
            Map<String, Object> m = new LinkedHashMap<>(fields);
            m.put(name, value);
            return new Spec(kind, label, m, window);
        }

        /** Adds a text field that must be empty when {@code value} is null (a note not given). */
        public Spec withText(String name, String value) {
            Map<String, Object> m = new LinkedHashMap<>(fields);
            m.put(name, value == null ? "" : value);
            return new Spec(kind, label, m, window);
        }

        public Spec within(Duration w) {
            return new Spec(kind, label, fields, w);
        }
    }
}
