package dev.fbcli.nlp.parse;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained intent classifier: multinomial logistic regression over the hashed {@link
 * IntentFeatures} of a phrase, learned from the labelled corpus of {@code nlp/corpus/} by {@code
 * IntentModelTrainer} (test sources; {@code nlp/scripts/train-models} runs it, with a fixed
 * seed, and {@code IntentModelTest} checks that the committed weights are what training makes).
 *
 * <p>The weights are one signed byte per (bucket, intent) with one scale for all, in the resource
 * {@code intent-model.bin}: {@code "FBIM"}, version, bucket bits, the intents' wire names, the
 * scale, then the bytes bucket by bucket. It is read on first use only, so a command that parses
 * nothing never loads it.
 */
final class IntentModel {
    static final String RESOURCE = "intent-model.bin";

    private static final int MAGIC = 0x4642494d; // "FBIM"
    private static final int VERSION = 1;

    private final int bits;
    private final List<String> labels;
    private final float scale;
    private final byte[] weights;

    private IntentModel(int bits, List<String> labels, float scale, byte[] weights) {
        this.bits = bits;
        this.labels = List.copyOf(labels);
        this.scale = scale;
        this.weights = weights;
    }

    /** The model made from trained weights ({@code w[bucket * labels + label]}), put in bytes. */
    static IntentModel quantized(int bits, List<String> labels, double[] w) {
        double max = 0;
        for (double v : w) {
            max = Math.max(max, Math.abs(v));
        }
        float scale = (float) (max == 0 ? 1 : max / 127);
        byte[] q = new byte[w.length];
        for (int i = 0; i < w.length; i++) {
            q[i] = (byte) Math.max(-127, Math.min(127, Math.round(w[i] / scale)));
        }
        return new IntentModel(bits, labels, scale, q);
    }

    /** The model shipped with fb, or null when the resource is missing (the rules then stand alone). */
    static IntentModel shipped() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final IntentModel MODEL = load();

        private static IntentModel load() {
            return resource(RESOURCE);
        }
    }

    /** The model in the resource {@code name} beside this class, or null when there is none. */
    static IntentModel resource(String name) {
        try (InputStream in = IntentModel.class.getResourceAsStream(name)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + name, e);
        }
    }

    static int bucket(String feature, int bits) {
        int h = feature.hashCode() * 0x9E3779B1;
        h ^= h >>> 15;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h >>> (32 - bits);
    }

    int bits() {
        return bits;
    }

    List<String> labels() {
        return labels;
    }

    /** The probability of each of {@link #labels()} for a phrase with these features. */
    double[] probabilities(List<String> features) {
        int n = labels.size();
        double[] s = new double[n];
        for (String f : features) {
            int base = bucket(f, bits) * n;
            for (int l = 0; l < n; l++) {
                s[l] += weights[base + l];
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < n; l++) {
            s[l] *= scale;
            max = Math.max(max, s[l]);
        }
        double sum = 0;
        for (int l = 0; l < n; l++) {
            s[l] = StrictMath.exp(s[l] - max);
            sum += s[l];
        }
        for (int l = 0; l < n; l++) {
            s[l] /= sum;
        }
        return s;
    }

    /** The probability the model gives {@code intent} (a wire name) for these features; 0 for one it never saw. */
    double probability(List<String> features, String intent) {
        int i = labels.indexOf(intent);
        return i < 0 ? 0 : probabilities(features)[i];
    }

    /** The intent the model finds likeliest for these features. */
    String best(List<String> features) {
        double[] p = probabilities(features);
        int best = 0;
        for (int l = 1; l < p.length; l++) {
            if (p[l] > p[best]) {
                best = l;
            }
        }
        return labels.get(best);
    }

    void write(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeInt(bits);
        d.writeInt(labels.size());
        for (String l : labels) {
            d.writeUTF(l);
        }
        d.writeFloat(scale);
        d.write(weights);
        d.flush();
    }

    static IntentModel read(InputStream raw) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        if (d.readInt() != MAGIC || d.readInt() != VERSION) {
            throw new IOException("not an fb intent model (version " + VERSION + ")");
        }
        int bits = d.readInt();
        int n = d.readInt();
        if (bits < 4 || bits > 24 || n < 1 || n > 500) {
            throw new IOException("intent model damaged: " + bits + " bits, " + n + " intents");
        }
        List<String> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            labels.add(d.readUTF());
        }
        float scale = d.readFloat();
        byte[] w = new byte[(1 << bits) * n];
        d.readFully(w);
        if (d.read() != -1) {
            throw new IOException("intent model damaged: bytes after the weights");
        }
        return new IntentModel(bits, labels, scale, w);
    }
}
