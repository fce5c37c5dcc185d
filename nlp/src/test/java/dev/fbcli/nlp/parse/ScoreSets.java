package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores phrase files (rows as in {@code corpus/hand/}) with the corpus's scorer, from the nlp
 * module's directory. By default prints each file's score and its failures; with {@code
 * --held-out} only the counts (frame accuracy, wrong frames at ≥ 0.8, and per {@code "style"} when
 * rows carry one), so a held-out set can be scored without its failures being read (SPLIT.md).
 *
 * <p>{@code java -cp target/classes:target/test-classes dev.fbcli.nlp.parse.ScoreSets [--held-out] FILE...}
 */
final class ScoreSets {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    private ScoreSets() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws IOException {
        boolean heldOut = false;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--held-out")) {
                heldOut = true;
            } else {
                files.add(Path.of(a));
            }
        }
        RuleBasedIntentParser parser = new RuleBasedIntentParser();
        List<Scorer.Case> all = new ArrayList<>();
        Map<String, List<Scorer.Case>> byStyle = new LinkedHashMap<>();
        for (Path f : files) {
            List<Scorer.Case> cases = new ArrayList<>();
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> m = (Map<String, Object>) Json.parse(line);
                Scorer.Case c = new Scorer.Case(
                        ((String) m.get("text")).replace("\n", " "), (String) m.get("intent"), (Map<String, Object>)
                                m.getOrDefault("slots", Map.of()));
                cases.add(c);
                if (m.get("style") != null) {
                    byStyle.computeIfAbsent(m.get("style").toString(), k -> new ArrayList<>())
                            .add(c);
                }
            }
            all.addAll(cases);
            Scorer.Result r = Scorer.run(parser, cases, TODAY, GazetteerTest.DEMO);
            System.out.println(f.getFileName() + ": " + line(r));
            if (!heldOut) {
                r.failures()
                        .forEach(x ->
                                System.out.println(x + "  confidence " + x.got().confidence()));
            }
        }
        for (var e : byStyle.entrySet()) {
            System.out.println(
                    "style " + e.getKey() + ": " + line(Scorer.run(parser, e.getValue(), TODAY, GazetteerTest.DEMO)));
        }
        if (files.size() > 1) {
            System.out.println("all: " + line(Scorer.run(parser, all, TODAY, GazetteerTest.DEMO)));
        }
    }

    private static String line(Scorer.Result r) {
        return String.format(
                Locale.ROOT,
                "frame accuracy %.3f (%d/%d); confidently wrong %d (%.3f)",
                r.accuracy(),
                r.exact(),
                r.n(),
                r.confidentWrong(),
                (double) r.confidentWrong() / r.n());
    }
}
