package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well the intent model's review works, as counts (never phrases, so a held-out set stays
 * unread): for each threshold, of the frames the rules give at confidence ≥ 0.8, how many wrong
 * ones the review lowers (caught) and how many right ones it lowers (asked needlessly).
 *
 * <p>{@code cv}: the training phrases in five folds by group (a hand-written file, a generator
 * template), each scored by a model trained without its fold — how {@link IntentReview#AGREE} is
 * chosen. {@code dev}: the dev splits with the shipped training. {@code test}: each ratchet set
 * with the shipped model, before and after the review, at {@link IntentReview#AGREE} only.
 *
 * <p>{@code java -cp target/classes:target/test-classes dev.fbcli.nlp.parse.IntentReviewEval cv|dev|test}
 */
final class IntentReviewEval {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final double[] THRESHOLDS = {0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 0.3};

    /** A phrase, the rules' reading of it, whether that is right, and the group it is held out with. */
    record Scored(Scorer.Case c, Frame rules, boolean right, String group) {}

    /** A training phrase and its group: a hand-written file's template, or a resource set. */
    record Grouped(Scorer.Case c, String group) {}

    private IntentReviewEval() {}

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "cv";
        switch (mode) {
            case "cv" -> crossValidated();
            case "dev" -> dev();
            case "test" -> test();
            case "predict" -> predict(args.length > 1 ? args[1] : null);
            case "cvparse" -> crossValidatedParse();
            case "devparse" -> devParse();
            default -> throw new IllegalArgumentException("cv, dev or test");
        }
    }

    /** Every training phrase with its group, in a fixed order: what cross-validation by group folds. */
    static List<Grouped> trainingPhrases() {
        List<Grouped> out = new ArrayList<>();
        for (CorpusSets.Set s : CorpusSets.ratchet()) {
            if (s.name().contains(".train")) {
                for (String file : s.files()) {
                    for (CorpusSets.Row row : CorpusSets.load(file)) {
                        out.add(new Grouped(row.c(), file + "#" + row.template()));
                    }
                }
            }
        }
        for (String r : IntentModelTrainer.RESOURCE_SETS) {
            for (Scorer.Case c : Scorer.load(r)) {
                out.add(new Grouped(c, r));
            }
        }
        return out;
    }

    /** Every training phrase read by {@code rules} and scored. */
    static List<Scored> scoredTrainingPhrases(IntentParser rules) {
        List<Scored> out = new ArrayList<>();
        for (Grouped g : trainingPhrases()) {
            out.add(score(g.c(), g.group(), rules));
        }
        return out;
    }

    static Scored score(Scorer.Case c, String group, IntentParser parser) {
        Scorer.Result r = Scorer.run(parser, List.of(c), TODAY, GazetteerTest.DEMO);
        Frame f = parser.parse(c.text(), new ParseContext(TODAY, ZoneId.of("UTC"), GazetteerTest.DEMO));
        return new Scored(c, f, r.exact() == 1, group);
    }

    private static void crossValidated() {
        List<Scored> all = scoredTrainingPhrases(new RuleBasedIntentParser(false));
        double[] p = new double[all.size()];
        int argmaxRight = 0;
        int folds = 5;
        for (int k = 0; k < folds; k++) {
            List<Scorer.Case> train = new ArrayList<>();
            for (Scored s : all) {
                if (fold(s.group(), folds) != k) {
                    train.add(s.c());
                }
            }
            IntentModel m = IntentModelTrainer.train(train, GazetteerTest.DEMO);
            for (int i = 0; i < all.size(); i++) {
                if (fold(all.get(i).group(), folds) == k) {
                    List<String> f = IntentReview.features(
                            all.get(i).c().text(),
                            GazetteerTest.DEMO,
                            all.get(i).rules().slots());
                    p[i] = m.probability(f, all.get(i).rules().intent());
                    argmaxRight += m.best(f).equals(all.get(i).c().intent()) ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "fold %d: trained on %d%n", k, train.size());
        }
        System.out.printf(
                Locale.ROOT, "model's own intent right (cross-validated): %d of %d%n", argmaxRight, all.size());
        table("training phrases, cross-validated by group", all, p);
        if (Boolean.getBoolean("show")) { // training phrases only: never a dev or test split's
            for (int i = 0; i < all.size(); i++) {
                Scored s = all.get(i);
                if (s.rules().confidence() >= Confidence.ACT && p[i] < 0.05) {
                    System.out.printf(
                            Locale.ROOT,
                            "%s p=%.3f rules=%s expected=%s | %s%n",
                            s.right() ? "LOWERED" : "CAUGHT",
                            p[i],
                            s.rules().intent(),
                            s.c().intent(),
                            s.c().text());
                }
            }
        }
        int agree = 0;
        for (int i = 0; i < all.size(); i++) {
            if (p[i] >= 0.5 && all.get(i).right()) {
                agree++;
            }
        }
        System.out.printf(Locale.ROOT, "right frames the model also gives >= 0.5: %d of %d%n", agree, all.size());
    }

    /** The model's three likeliest intents for each line of stdin (a model file, or the shipped one). */
    private static void predict(String file) {
        IntentModel m;
        try {
            m = file == null
                    ? IntentModel.shipped()
                    : IntentModel.read(java.nio.file.Files.newInputStream(java.nio.file.Path.of(file)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        java.util.Scanner in = new java.util.Scanner(System.in, java.nio.charset.StandardCharsets.UTF_8);
        while (in.hasNextLine()) {
            String text = in.nextLine();
            List<String> f = IntentReview.features(text, GazetteerTest.DEMO);
            double[] p = m.probabilities(f);
            Integer[] idx = new Integer[p.length];
            for (int i = 0; i < p.length; i++) {
                idx[i] = i;
            }
            java.util.Arrays.sort(idx, (a, b) -> Double.compare(p[b], p[a]));
            StringBuilder sb = new StringBuilder(text + " ->");
            for (int i = 0; i < 3; i++) {
                sb.append(String.format(Locale.ROOT, " %s %.3f", m.labels().get(idx[i]), p[idx[i]]));
            }
            System.out.println(sb);
            System.out.println("   " + f);
        }
    }

    /**
     * Whole parses, the rules alone against the rules with a fold's model (review and re-reading), on
     * each fold of the training phrases: what the model adds on phrasings it never saw.
     */
    private static void crossValidatedParse() {
        List<String> groups = new ArrayList<>();
        List<Scorer.Case> all = new ArrayList<>();
        for (Grouped g : trainingPhrases()) {
            all.add(g.c());
            groups.add(g.group());
        }
        int folds = 5;
        int[] totals = new int[5];
        for (int k = 0; k < folds; k++) {
            List<Scorer.Case> train = new ArrayList<>();
            List<Scorer.Case> held = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                (fold(groups.get(i), folds) == k ? held : train).add(all.get(i));
            }
            IntentModel m = IntentModelTrainer.train(train, GazetteerTest.DEMO);
            Scorer.Result rules = Scorer.run(new RuleBasedIntentParser(false), held, TODAY, GazetteerTest.DEMO);
            Scorer.Result both = Scorer.run(new RuleBasedIntentParser(true, () -> m), held, TODAY, GazetteerTest.DEMO);
            System.out.printf(
                    Locale.ROOT,
                    "fold %d (%d phrases): rules %d right, %d confidently wrong; with the model %d right, %d confidently wrong%n",
                    k,
                    held.size(),
                    rules.exact(),
                    rules.confidentWrong(),
                    both.exact(),
                    both.confidentWrong());
            totals[0] += held.size();
            totals[1] += rules.exact();
            totals[2] += rules.confidentWrong();
            totals[3] += both.exact();
            totals[4] += both.confidentWrong();
        }
        System.out.printf(
                Locale.ROOT,
                "all (%d): rules %d right, %d confidently wrong; with the model %d right, %d confidently wrong%n",
                totals[0],
                totals[1],
                totals[2],
                totals[3],
                totals[4]);
    }

    /** The dev splits, the rules alone against the rules with the shipped model. */
    private static void devParse() {
        for (CorpusSets.Set s : CorpusSets.ratchet()) {
            if (s.name().contains(".dev")) {
                List<Scorer.Case> cases = CorpusSets.cases(s);
                Scorer.Result rules = Scorer.run(new RuleBasedIntentParser(false), cases, TODAY, GazetteerTest.DEMO);
                Scorer.Result both = Scorer.run(new RuleBasedIntentParser(true), cases, TODAY, GazetteerTest.DEMO);
                System.out.printf(
                        Locale.ROOT,
                        "%s (%d): rules %d right, %d confidently wrong; with the model %d right, %d confidently wrong%n",
                        s.name(),
                        cases.size(),
                        rules.exact(),
                        rules.confidentWrong(),
                        both.exact(),
                        both.confidentWrong());
            }
        }
    }

    static int fold(String group, int folds) {
        return Math.floorMod(group.hashCode() * 31 + 17, folds);
    }

    private static void dev() {
        IntentParser rules = new RuleBasedIntentParser(false);
        IntentModel m = IntentModel.shipped();
        for (CorpusSets.Set s : CorpusSets.ratchet()) {
            if (s.name().contains(".dev")) {
                List<Scored> all = new ArrayList<>();
                for (Scorer.Case c : CorpusSets.cases(s)) {
                    all.add(score(c, s.name(), rules));
                }
                double[] p = new double[all.size()];
                for (int i = 0; i < all.size(); i++) {
                    p[i] = m.probability(
                            IntentReview.features(
                                    all.get(i).c().text(),
                                    GazetteerTest.DEMO,
                                    all.get(i).rules().slots()),
                            all.get(i).rules().intent());
                }
                table(s.name(), all, p);
            }
        }
    }

    private static void table(String name, List<Scored> all, double[] p) {
        int acting = 0;
        int actingWrong = 0;
        for (Scored s : all) {
            if (s.rules().confidence() >= Confidence.ACT) {
                acting++;
                actingWrong += s.right() ? 0 : 1;
            }
        }
        int wrongIntent = 0;
        int modelRight = 0;
        int rulesIntentRight = 0;
        for (int i = 0; i < all.size(); i++) {
            Scored s = all.get(i);
            boolean intentRight = s.rules().intent().equals(s.c().intent());
            rulesIntentRight += intentRight ? 1 : 0;
            if (s.rules().confidence() >= Confidence.ACT && !intentRight) {
                wrongIntent++;
            }
            // the model agrees with the rules' intent when that intent is right, or disagrees when it is wrong
            modelRight += (p[i] >= 0.5) == intentRight ? 1 : 0;
        }
        System.out.printf(
                Locale.ROOT,
                "%n%s: %d phrases, %d at >= 0.8, %d of them wrong (%d with the wrong intent); rules' intent right %d;"
                        + " model's verdict on it right %d%n",
                name,
                all.size(),
                acting,
                actingWrong,
                wrongIntent,
                rulesIntentRight,
                modelRight);
        System.out.println("| threshold | wrong caught | right lowered | wrong left at >= 0.8 (share of all) |");
        for (double t : THRESHOLDS) {
            int caught = 0;
            int lowered = 0;
            for (int i = 0; i < all.size(); i++) {
                Scored s = all.get(i);
                if (s.rules().confidence() >= Confidence.ACT && !s.rules().isUnknown() && p[i] < t) {
                    if (s.right()) {
                        lowered++;
                    } else {
                        caught++;
                    }
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "| %.2f | %d | %d (%.1f %%) | %d (%.3f) |%n",
                    t,
                    caught,
                    lowered,
                    100.0 * lowered / Math.max(1, acting - actingWrong),
                    actingWrong - caught,
                    (double) (actingWrong - caught) / all.size());
        }
    }

    private static void test() {
        for (CorpusSets.Set s : CorpusSets.ratchet()) {
            List<Scorer.Case> cases = CorpusSets.cases(s);
            Scorer.Result before = Scorer.run(new RuleBasedIntentParser(false), cases, TODAY, GazetteerTest.DEMO);
            Scorer.Result after = Scorer.run(new RuleBasedIntentParser(true), cases, TODAY, GazetteerTest.DEMO);
            System.out.printf(
                    Locale.ROOT,
                    "%s: accuracy %.3f -> %.3f; confidently wrong %d (%.3f) -> %d (%.3f)%n",
                    s.name(),
                    before.accuracy(),
                    after.accuracy(),
                    before.confidentWrong(),
                    (double) before.confidentWrong() / before.n(),
                    after.confidentWrong(),
                    (double) after.confidentWrong() / after.n());
        }
    }
}
