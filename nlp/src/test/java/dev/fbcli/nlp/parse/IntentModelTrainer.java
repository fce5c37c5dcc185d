package dev.fbcli.nlp.parse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Trains the {@link IntentModel} shipped in {@code src/main/resources}: multinomial logistic
 * regression, AdaGrad, a fixed seed and a fixed order, so the same corpus always gives the same
 * bytes ({@code IntentModelTest} retrains and compares). The training phrases are the corpus's
 * training sets ({@code hand.train*}, {@code generated.train} of {@code ratchet.properties}) and the
 * module's phrase sets under {@code src/test/resources/nlp/}; the dev and test splits are never
 * trained on.
 *
 * <p>Run from the nlp module ({@code scripts/train-models} does):
 * {@code java -cp target/classes:target/test-classes dev.fbcli.nlp.parse.IntentModelTrainer [OUT]}.
 */
final class IntentModelTrainer {
    static final int BITS = 14;
    static final int EPOCHS = Integer.getInteger("fb.train.epochs", 8);
    static final long SEED = 7;
    static final double RATE = Double.parseDouble(System.getProperty("fb.train.rate", "0.05"));
    static final double L2 = Double.parseDouble(System.getProperty("fb.train.l2", "0"));

    /** The module's own phrase sets, trained on with the corpus's training sets. */
    static final List<String> RESOURCE_SETS = List.of(
            "/nlp/added.jsonl",
            "/nlp/blind.jsonl",
            "/nlp/dev.jsonl",
            "/nlp/examples.jsonl",
            "/nlp/front.jsonl",
            "/nlp/heldout.jsonl",
            "/nlp/values.jsonl");

    private IntentModelTrainer() {}

    /** Every training phrase, in a fixed order. */
    static List<Scorer.Case> trainingCases() {
        List<Scorer.Case> out = new ArrayList<>();
        for (CorpusSets.Set s : CorpusSets.ratchet()) {
            if (s.name().contains(".train")) {
                out.addAll(CorpusSets.cases(s));
            }
        }
        for (String r : RESOURCE_SETS) {
            out.addAll(Scorer.load(r));
        }
        return out;
    }

    static IntentModel train(List<Scorer.Case> cases, AccountNames names) {
        List<String> labels = List.copyOf(
                new TreeSet<>(cases.stream().map(Scorer.Case::intent).toList()));
        List<List<String>> features = new ArrayList<>(cases.size());
        List<String> ys = new ArrayList<>(cases.size());
        for (Scorer.Case c : cases) {
            features.add(IntentReview.features(c.text(), names, c.slots()));
            ys.add(c.intent());
        }
        return fit(features, ys, labels, BITS);
    }

    /**
     * Multinomial logistic regression of {@code ys} (each one of {@code labels}) on the hashed
     * {@code features}: AdaGrad, {@link #EPOCHS} passes in an order shuffled with {@link #SEED}.
     */
    static IntentModel fit(List<List<String>> features, List<String> ys, List<String> labels, int bits) {
        int n = labels.size();
        List<int[]> xs = new ArrayList<>(features.size());
        int[] y = new int[features.size()];
        for (int i = 0; i < features.size(); i++) {
            List<String> f = features.get(i);
            int[] b = new int[f.size()];
            for (int j = 0; j < b.length; j++) {
                b[j] = IntentModel.bucket(f.get(j), bits);
            }
            xs.add(b);
            y[i] = labels.indexOf(ys.get(i));
        }
        double[] w = new double[(1 << bits) * n];
        double[] g2 = new double[w.length];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            order.add(i);
        }
        Random rnd = new Random(SEED);
        double[] s = new double[n];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, rnd);
            for (int i : order) {
                int[] x = xs.get(i);
                java.util.Arrays.fill(s, 0);
                for (int b : x) {
                    for (int l = 0; l < n; l++) {
                        s[l] += w[b * n + l];
                    }
                }
                double max = Double.NEGATIVE_INFINITY;
                for (double v : s) {
                    max = Math.max(max, v);
                }
                double sum = 0;
                for (int l = 0; l < n; l++) {
                    s[l] = StrictMath.exp(s[l] - max);
                    sum += s[l];
                }
                for (int l = 0; l < n; l++) {
                    s[l] = s[l] / sum - (l == y[i] ? 1 : 0); // the gradient of the log loss
                }
                for (int b : x) {
                    for (int l = 0; l < n; l++) {
                        int k = b * n + l;
                        double g = s[l] + L2 * w[k];
                        if (g == 0) {
                            continue;
                        }
                        g2[k] += g * g;
                        w[k] -= RATE * g / StrictMath.sqrt(g2[k]);
                    }
                }
            }
        }
        return IntentModel.quantized(bits, labels, w);
    }

    public static void main(String[] args) throws IOException {
        Path out =
                Path.of(args.length > 0 ? args[0] : "src/main/resources/dev/fbcli/nlp/parse/" + IntentModel.RESOURCE);
        List<Scorer.Case> cases = trainingCases();
        long t0 = System.nanoTime();
        IntentModel m = train(cases, GazetteerTest.DEMO);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            m.write(o);
        }
        System.out.printf(
                java.util.Locale.ROOT,
                "trained on %d phrases, %d intents, %d buckets in %.1f s: %s%n",
                cases.size(),
                m.labels().size(),
                1 << BITS,
                (System.nanoTime() - t0) / 1e9,
                out);
    }
}
