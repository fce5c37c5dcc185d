package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every phrase the documentation shows (README.md, docs/*.md, the modules' READMEs, the commands'
 * {@code --help} text, the example column of docs/intents.md, the batch file of docs/batch.md) is a
 * row of {@code nlp/examples.jsonl} with its full frame: intent, slots and missing, compared exactly
 * (today = 2026-11-24). A row the parser does not read right yet carries {@code known_failure}
 * (what it reads instead): the test checks it still fails, so a fix has to remove the mark and the
 * row then guards it. A documented example that is read right must also be read with confidence ≥
 * 0.8 (it runs without asking).
 */
class ExamplesTest {
    private static final ParseContext CTX = new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("UTC"));
    private static final RuleBasedIntentParser PARSER = new RuleBasedIntentParser();

    /** {@code fb [--option [date]]… [ask|parse [--option [date]]…] 'phrase'}, as the docs and --help write it. */
    private static final Pattern COMMAND_LINE =
            Pattern.compile("\\bfb((?:\\s+--[a-z][a-z-]*(?:\\s+\\d{4}-\\d\\d-\\d\\d)?)*)"
                    + "\\s+(?:(?:ask|parse)(?:\\s+--[a-z][a-z-]*(?:\\s+\\d{4}-\\d\\d-\\d\\d)?)*\\s+)?'([^'\\n]+)'");

    private static final Pattern INTENT_ROW = Pattern.compile("^\\| `[a-z_]+\\.[a-z_]+`");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    record Example(
            String text,
            String source,
            String intent,
            Map<String, Object> slots,
            List<Object> missing,
            String knownFailure) {
        @Override
        public String toString() {
            return text;
        }
    }

    @SuppressWarnings("unchecked")
    static List<Example> examples() {
        try (InputStream in = ExamplesTest.class.getResourceAsStream("/nlp/examples.jsonl")) {
            List<Example> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> m = (Map<String, Object>) Json.parse(line);
                out.add(new Example(
                        (String) m.get("text"),
                        (String) m.get("source"),
                        (String) m.get("intent"),
                        (Map<String, Object>) m.get("slots"),
                        (List<Object>) m.get("missing"),
                        (String) m.get("known_failure")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    @SuppressWarnings("unchecked")
    void should_give_the_full_frame_when_a_documented_example_is_parsed(Example ex) {
        // when
        Frame f = PARSER.parse(ex.text(), CTX);
        Map<String, Object> got = (Map<String, Object>) Json.parse(f.toJson());

        // then
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("intent", ex.intent());
        expected.put("slots", ex.slots());
        expected.put("missing", ex.missing());
        Map<String, Object> actual = new LinkedHashMap<>();
        actual.put("intent", got.get("intent"));
        actual.put("slots", got.get("slots"));
        actual.put("missing", got.get("missing"));
        boolean same = canonical(expected).equals(canonical(actual));
        if (ex.knownFailure() != null) {
            assertThat(same)
                    .as(ex.text() + " (" + ex.source() + ") is now read right: remove its known_failure mark in"
                            + " nlp/examples.jsonl so the row guards it")
                    .isFalse();
            return;
        }
        assertThat(canonical(actual)).as(ex.text() + " (" + ex.source() + ")").isEqualTo(canonical(expected));
        if (!"unknown".equals(ex.intent())) {
            assertThat(f.confidence())
                    .as(ex.text() + " is documented, so it must run without asking: " + f.toJson())
                    .isGreaterThanOrEqualTo(0.8);
        }
    }

    @Test
    void should_have_a_row_for_every_phrase_when_the_documentation_shows_one() throws IOException {
        Set<String> rows = examples().stream().map(Example::text).collect(Collectors.toSet());
        List<String> absent = new ArrayList<>();
        for (String phrase : documentedPhrases(root())) {
            if (!rows.contains(phrase)) {
                absent.add(phrase + "  ->  " + PARSER.parse(phrase, CTX).toJson());
            }
        }
        assertThat(absent)
                .as("phrases shown in the docs or --help with no row in nlp/src/test/resources/nlp/examples.jsonl"
                        + " (add each with its expected frame)")
                .isEmpty();
    }

    @Test
    void should_find_the_readme_and_intents_examples_when_the_docs_are_read() throws IOException {
        Set<String> found = documentedPhrases(root());

        assertThat(found)
                .contains(
                        "log 3 hours of design on Acme",
                        "invoice Acme $500 for the logo, net 30",
                        "log 3h design Acme",
                        "show estimate 3",
                        "move yesterday's 2h from Admin to Apollo")
                .doesNotContain("Acme", "Apollo", "…");
    }

    /** The phrases of the command lines in the docs and --help texts, and of docs/intents.md's example column. */
    static Set<String> documentedPhrases(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"));
                Stream<Path> modules = Files.list(root);
                Stream<Path> help = Files.walk(root.resolve("cli/src/main/java"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            modules.map(p -> p.resolve("README.md"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(files::add);
            help.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
        }
        Set<String> out = new LinkedHashSet<>();
        for (Path file : files) {
            Matcher m = COMMAND_LINE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                String phrase = m.group(2);
                if (phrase.contains(" ") && !phrase.contains("…") && !phrase.contains("<")) {
                    out.add(phrase);
                }
            }
        }
        for (String line : Files.readAllLines(root.resolve("docs/intents.md"), StandardCharsets.UTF_8)) {
            if (INTENT_ROW.matcher(line).find()) {
                String[] cells = line.strip().replaceAll("\\|$", "").split("\\|");
                // the example column, without the frames written after "→" in braces
                Matcher q = QUOTED.matcher(cells[cells.length - 1].replaceAll("\\{[^}]*\\}", ""));
                while (q.find()) {
                    if (q.group(1).contains(" ")) {
                        out.add(q.group(1));
                    }
                }
            }
        }
        return out;
    }

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("docs/intents.md"))) {
                return p;
            }
        }
        throw new IllegalStateException(
                "no docs/intents.md above " + Path.of("").toAbsolutePath());
    }

    /** The frame with numbers compared by value ("60" = "60.0") and maps by content. */
    private static Object canonical(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, x) -> out.put(k.toString(), canonical(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(ExamplesTest::canonical).toList();
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return v;
    }
}
