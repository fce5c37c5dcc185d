package dev.fbcli.nlp.parse;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Warm-JVM parse time per phrase (not a test: run by hand, results in docs/BENCHMARKS.md).
 *
 * <pre>
 * ./mvnw -B -q -o -pl nlp test-compile
 * java -cp nlp/target/classes:nlp/target/test-classes dev.fbcli.nlp.parse.ParserBenchmark
 * </pre>
 *
 * Parses every phrase of the three sets (387) for 20 warm-up rounds, then times 30 rounds, each
 * phrase individually with {@link System#nanoTime()} (with the argument {@code rules}: the rules
 * without the intent model's review); prints the median, p90 and p99 per phrase,
 * the median of the per-round mean, and the slowest phrase.
 */
public final class ParserBenchmark {
    private static volatile Object sink;

    private ParserBenchmark() {}

    public static void main(String[] args) {
        List<String> phrases = new ArrayList<>();
        for (String set : new String[] {"/nlp/dev.jsonl", "/nlp/heldout.jsonl", "/nlp/blind.jsonl"}) {
            for (Scorer.Case c : Scorer.load(set)) {
                phrases.add(c.text());
            }
        }
        // each model's first use reads it (in a fresh JVM: what a cold `fb parse` pays)
        firstRead("intent model", IntentModel::shipped);
        firstRead("slot tagger", SlotTagger::shipped);
        // "rules": the rules alone, without the model's review (to see what the review costs)
        boolean rulesOnly = args.length > 0 && args[0].equals("rules");
        RuleBasedIntentParser parser = new RuleBasedIntentParser(!rulesOnly);
        ParseContext ctx = new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("UTC"));
        for (int r = 0; r < 20; r++) {
            for (String p : phrases) {
                sink = parser.parse(p, ctx).toJson();
            }
        }
        int rounds = 30;
        long[] all = new long[rounds * phrases.size()];
        double[] roundMeans = new double[rounds];
        long worst = 0;
        String worstPhrase = "";
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            long roundTotal = 0;
            for (String p : phrases) {
                long t0 = System.nanoTime();
                sink = parser.parse(p, ctx).toJson();
                long dt = System.nanoTime() - t0;
                all[k++] = dt;
                roundTotal += dt;
                if (dt > worst) {
                    worst = dt;
                    worstPhrase = p;
                }
            }
            roundMeans[r] = (double) roundTotal / phrases.size();
        }
        Arrays.sort(all);
        Arrays.sort(roundMeans);
        System.out.printf(Locale.ROOT, "phrases: %d, rounds: %d, samples: %d%n", phrases.size(), rounds, all.length);
        System.out.printf(Locale.ROOT, "median per phrase: %.1f µs%n", all[all.length / 2] / 1000.0);
        System.out.printf(Locale.ROOT, "p90 per phrase:    %.1f µs%n", all[(int) (all.length * 0.9)] / 1000.0);
        System.out.printf(Locale.ROOT, "p99 per phrase:    %.1f µs%n", all[(int) (all.length * 0.99)] / 1000.0);
        System.out.printf(Locale.ROOT, "median round mean: %.1f µs%n", roundMeans[rounds / 2] / 1000.0);
        System.out.printf(Locale.ROOT, "slowest sample:    %.1f µs (%s)%n", worst / 1000.0, worstPhrase);
    }

    private static void firstRead(String what, java.util.function.Supplier<IntentModel> model) {
        long start = System.nanoTime();
        IntentModel m = model.get();
        System.out.printf(
                Locale.ROOT,
                "%s read on first use: %.1f ms (%d labels)%n",
                what,
                (System.nanoTime() - start) / 1e6,
                m == null ? 0 : m.labels().size());
    }
}
