package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.parse.IntentReviewEval.Scored;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Trains the {@link SlotTagger} shipped in {@code src/main/resources} from the same training phrases
 * as the intent model ({@link IntentModelTrainer#trainingCases}): each phrase's tags are where its
 * labelled text slots stand in it; a phrase whose labelled value is not spelled out in it is left
 * out. Deterministic: {@link IntentModelTrainer#fit}, a fixed seed.
 *
 * <p>{@code java -cp target/classes:target/test-classes dev.fbcli.nlp.parse.SlotTaggerTrainer [OUT]}
 * writes the model; {@code ... SlotTaggerTrainer cv} prints the review's cross-validated table.
 */
final class SlotTaggerTrainer {
    static final int BITS = 15;

    private SlotTaggerTrainer() {}

    /** The training examples (one per token) of {@code cases}; counts the phrases left out in {@code skipped[0]}. */
    static IntentModel train(List<Scorer.Case> cases, AccountNames names, int[] skipped) {
        List<List<String>> xs = new ArrayList<>();
        List<String> ys = new ArrayList<>();
        for (Scorer.Case c : cases) {
            if (c.intent().equals("unknown")) {
                continue;
            }
            String text = LexicalFront.read(RuleBasedIntentParser.normalize(c.text()), names)
                    .text();
            List<SlotTagger.Token> toks = SlotTagger.tokens(text);
            String[] tags = SlotTagger.tags(toks, c.slots());
            if (tags == null) {
                skipped[0]++;
                continue;
            }
            xs.addAll(SlotTagger.features(toks, c.intent(), names));
            ys.addAll(List.of(tags));
        }
        List<String> labels = List.copyOf(new TreeSet<>(ys));
        return IntentModelTrainer.fit(xs, ys, labels, BITS);
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("cv")) {
            crossValidated();
            return;
        }
        if (args.length > 0 && args[0].equals("explain")) {
            explain();
            return;
        }
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/dev/fbcli/nlp/parse/" + SlotTagger.RESOURCE);
        List<Scorer.Case> cases = IntentModelTrainer.trainingCases();
        long t0 = System.nanoTime();
        int[] skipped = {0};
        IntentModel m = train(cases, GazetteerTest.DEMO, skipped);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            m.write(o);
        }
        System.out.printf(
                Locale.ROOT,
                "trained on %d phrases (%d left out: a value not spelled out), %d labels, %d buckets in %.1f s: %s%n",
                cases.size() - skipped[0],
                skipped[0],
                m.labels().size(),
                1 << BITS,
                (System.nanoTime() - t0) / 1e9,
                out);
    }

    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    private static void crossValidated() {
        List<Scored> all = IntentReviewEval.scoredTrainingPhrases(new RuleBasedIntentParser(false));
        int folds = 5;
        double[] p = new double[all.size()];
        for (int k = 0; k < folds; k++) {
            List<Scorer.Case> train = new ArrayList<>();
            for (Scored s : all) {
                if (IntentReviewEval.fold(s.group(), folds) != k) {
                    train.add(s.c());
                }
            }
            IntentModel m = train(train, GazetteerTest.DEMO, new int[1]);
            for (int i = 0; i < all.size(); i++) {
                Scored s = all.get(i);
                if (IntentReviewEval.fold(s.group(), folds) == k
                        && !s.rules().isUnknown()
                        && s.rules().confidence() >= Confidence.ACT) {
                    p[i] = SlotReview.agreement(s.c().text(), s.rules(), GazetteerTest.DEMO, m);
                } else {
                    p[i] = 1;
                }
            }
            System.out.printf(Locale.ROOT, "fold %d: trained on %d phrases%n", k, train.size());
        }
        int acting = 0;
        int wrong = 0;
        for (Scored s : all) {
            if (!s.rules().isUnknown() && s.rules().confidence() >= Confidence.ACT) {
                acting++;
                wrong += s.right() ? 0 : 1;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d phrases, %d read at >= 0.8 (not refused), %d of them wrong%n",
                all.size(),
                acting,
                wrong);
        System.out.println("| threshold | wrong caught | right lowered |");
        for (double t : new double[] {0.005, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 0.3}) {
            int caught = 0;
            int lowered = 0;
            for (int i = 0; i < all.size(); i++) {
                if (p[i] < t) {
                    if (all.get(i).right()) {
                        lowered++;
                    } else {
                        caught++;
                    }
                }
            }
            System.out.printf(
                    Locale.ROOT, "| %.3f | %d | %d (%.1f %%) |%n", t, caught, lowered, 100.0 * lowered / acting);
        }
        if (Boolean.getBoolean("show")) { // training phrases only
            double t = Double.parseDouble(System.getProperty("t", "0.02"));
            for (int i = 0; i < all.size(); i++) {
                if (p[i] < t) {
                    Scored s = all.get(i);
                    System.out.printf(
                            Locale.ROOT,
                            "%s p=%.3f %s | %s%n",
                            s.right() ? "LOWERED" : "CAUGHT",
                            p[i],
                            s.c().text(),
                            s.rules().slots());
                }
            }
        }
    }

    /** For each line of stdin: the rules' frame, and each word's slot with the tagger's probability of it. */
    private static void explain() {
        IntentParser rules = new RuleBasedIntentParser(false);
        IntentModel m = SlotTagger.shipped();
        java.util.Scanner in = new java.util.Scanner(System.in, java.nio.charset.StandardCharsets.UTF_8);
        while (in.hasNextLine()) {
            String text = in.nextLine();
            Frame f = rules.parse(text, new ParseContext(TODAY, ZoneId.of("UTC"), GazetteerTest.DEMO));
            System.out.println(f.toJson());
            String front = LexicalFront.read(RuleBasedIntentParser.normalize(text), GazetteerTest.DEMO)
                    .text();
            List<SlotTagger.Token> toks = SlotTagger.tokens(front);
            String[] tags = SlotTagger.tags(toks, f.slots());
            if (tags == null) {
                System.out.println("  (the frame's values are not words of the phrase)");
                continue;
            }
            double[][] p = SlotTagger.probabilities(m, toks, f.intent(), GazetteerTest.DEMO);
            for (int i = 0; i < toks.size(); i++) {
                java.util.Map<String, Double> fam = SlotTagger.families(m, p[i]);
                String best = java.util.Collections.max(fam.entrySet(), java.util.Map.Entry.comparingByValue())
                        .getKey();
                System.out.printf(
                        Locale.ROOT,
                        "  %-14s rules=%-12s p=%.3f  tagger=%s %.3f%n",
                        toks.get(i).text(),
                        SlotTagger.family(tags[i]),
                        fam.getOrDefault(SlotTagger.family(tags[i]), 0.0),
                        best,
                        fam.get(best));
            }
        }
    }
}
