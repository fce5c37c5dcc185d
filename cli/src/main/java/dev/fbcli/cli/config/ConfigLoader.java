package dev.fbcli.cli.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.fbcli.cli.CliException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes {@code config.json}: one JSON object of string values under flat dotted keys
 * (nested objects are flattened, so {@code {"llm": {"provider": "openai"}}} is {@code llm.provider}).
 * Uses jackson-core's streaming API only, to keep start-up light.
 */
public final class ConfigLoader {
    private static final JsonFactory JSON = new JsonFactory();

    private ConfigLoader() {}

    public static Config load(Path file, Map<String, String> env) {
        return new Config(readFile(file), env);
    }

    public static Map<String, String> readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (JsonParser p = JSON.createParser(Files.readString(file, StandardCharsets.UTF_8))) {
            Map<String, String> out = new TreeMap<>();
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new NotAnObject();
            }
            readObject(p, "", out);
            return out;
        } catch (IOException e) {
            throw damaged(file, e);
        }
    }

    private static void readObject(JsonParser p, String prefix, Map<String, String> out) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = prefix + p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                readObject(p, key + ".", out);
            } else if (t == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if (t != JsonToken.VALUE_NULL) {
                out.put(key, p.getText());
            }
        }
    }

    /** Sets (or, with a null value, removes) one key and writes the file atomically. */
    public static void set(Path file, String key, String value) throws IOException {
        Map<String, String> values = new TreeMap<>(readFile(file));
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            for (Map.Entry<String, String> e : values.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "config", ".tmp");
        try {
            Files.writeString(tmp, sw + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** What is wrong with a settings file that cannot be read, in words (never a library's message). */
    static CliException.Usage damaged(Path file, IOException e) {
        String what;
        String hint = "fix it, or move it away (fb runs on its defaults without it); it holds one JSON object"
                + " of string values, such as {\"llm.provider\": \"ollama\"}";
        if (e instanceof NotAnObject) {
            what = "it does not hold a JSON object";
        } else if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
            com.fasterxml.jackson.core.JsonLocation at = j.getLocation();
            what = "it is not valid JSON"
                    + (at == null || at.getLineNr() < 1
                            ? ""
                            : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        } else if (e instanceof java.nio.charset.CharacterCodingException) {
            what = "it is not UTF-8 text";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            what = "fb may not read it (permission denied)";
            hint = "give your user read access to it (chmod u+r), or delete it";
        } else {
            what = "it could not be read (" + e.getClass().getSimpleName().replaceAll("Exception$", "") + ")";
        }
        return new CliException.Usage("the settings file " + file + " cannot be used: " + what, hint);
    }

    private static final class NotAnObject extends IOException {
        private static final long serialVersionUID = 1L;

        NotAnObject() {
            super("not a JSON object");
        }
    }
}
