package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Json;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The labelled corpus of {@code nlp/corpus/} (see its SPLIT.md) and its ratchet file: each set named
 * in {@code ratchet.properties} with its files, its frame-accuracy floor and its ceiling on the share
 * of wrong frames given with confidence ≥ 0.8.
 */
final class CorpusSets {
    /** One scored set: the corpus files it is made of, and the recorded floor and ceiling. */
    record Set(String name, List<String> files, double minAccuracy, double maxConfidentWrong) {}

    /** One corpus row: the case as the scorer reads it, and the template or group it came from. */
    record Row(Scorer.Case c, String template) {}

    private CorpusSets() {}

    /** The corpus directory: {@code corpus/} of the nlp module (the tests run in the module's directory). */
    static Path dir() {
        for (Path p : List.of(Path.of("corpus"), Path.of("nlp", "corpus"))) {
            if (Files.isRegularFile(p.resolve("ratchet.properties"))) {
                return p;
            }
        }
        throw new IllegalStateException(
                "no corpus/ratchet.properties under " + Path.of("").toAbsolutePath());
    }

    static List<Set> ratchet() {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir().resolve("ratchet.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set> sets = new LinkedHashMap<>();
        p.stringPropertyNames().stream()
                .filter(k -> k.endsWith(".files"))
                .sorted()
                .forEach(k -> {
                    String name = k.substring(0, k.length() - ".files".length());
                    sets.put(
                            name,
                            new Set(
                                    name,
                                    List.of(p.getProperty(k).trim().split("\\s*,\\s*")),
                                    Double.parseDouble(required(p, name + ".accuracy.min")),
                                    Double.parseDouble(required(p, name + ".confident_wrong.max"))));
                });
        return List.copyOf(sets.values());
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("ratchet.properties has no " + key);
        }
        return v.trim();
    }

    @SuppressWarnings("unchecked")
    static List<Row> load(String file) {
        Path path = dir().resolve(file);
        List<Row> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> m = (Map<String, Object>) Json.parse(line);
                Object template = m.getOrDefault("template", m.get("group"));
                out.add(new Row(
                        new Scorer.Case(((String) m.get("text")).replace("\n", " "), (String) m.get("intent"), (Map<
                                        String, Object>)
                                m.getOrDefault("slots", Map.of())),
                        template == null ? file : template.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<Scorer.Case> cases(Set set) {
        return set.files().stream().flatMap(f -> load(f).stream()).map(Row::c).toList();
    }
}
