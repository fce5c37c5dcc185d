package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.IntentType;

/**
 * The one place the rules' confidence is scored, from evidence about the parse rather than per
 * rule: how strongly the intent was cued (the rule's own start value, lowered where a slot was
 * guessed from its position), how much of the phrase was explained (every content word taken by a
 * slot or known as a cue word), corrections made, values said but not carried, required slots
 * missing. At 0.8 or more fb acts without asking, so a frame that leaves a content word or a value
 * unexplained always scores below 0.8 (docs/BENCHMARKS.md has the reliability table).
 */
final class Confidence {
    /** Below this, fb asks "I read this as …; is that right?". */
    static final double ACT = 0.8;

    /** What the score is made from. */
    record Evidence(double cue, int corrected, int leftoverWords, int leftoverValues, int content, boolean missing) {}

    private Confidence() {}

    /**
     * A frame read from the phrase said another way (the request after news, a payment or an
     * expense told as a story), put back on the phrase as typed and asked about: what it read is a
     * guess from the sentence, so it is never acted on without a question.
     */
    static Frame askedAbout(String input, Frame read) {
        return Frame.of(
                        input,
                        IntentType.fromWire(read.intent()),
                        read.slots(),
                        Math.min(read.confidence(), ACT - 0.01),
                        read.parser())
                .withCorrections(read.corrections());
    }

    static Frame score(String input, IntentType type, Grammar.Fill f) {
        int before = f.slots.size();
        f.slots.keySet().removeIf(k -> !type.slots().containsKey(k)); // read, but the intent cannot carry it
        Evidence e = evidence(type, f);
        // slots the intent cannot carry, and a name said and put aside: words the frame does not explain
        int unexplained = before - f.slots.size() + (f.displaced != null ? 1 : 0) + f.dropped;
        if (unexplained > 0) {
            e = new Evidence(
                    e.cue(),
                    e.corrected(),
                    e.leftoverWords() + unexplained,
                    e.leftoverValues(),
                    e.content(),
                    e.missing());
        }
        return Frame.of(input, type, f.slots, of(e), "rules");
    }

    static Evidence evidence(IntentType type, Grammar.Fill f) {
        int corrected = 0;
        int leftover = 0;
        int leftoverValues = 0;
        int content = 0;
        for (Tok t : f.s.toks) {
            if (t.corrected) {
                corrected++;
            }
            if (t.kind != Tok.Kind.PUNCT && !(t.kind == Tok.Kind.WORD && Grammar.FILLERS.contains(t.low))) {
                content++;
            }
            if (!t.used
                    && t.kind == Tok.Kind.WORD
                    && !Sentence.STOP.contains(t.low)
                    && !Grammar.FILLERS.contains(t.low)
                    && !Sentence.ARTICLES.contains(t.low)
                    && !Grammar.KEYWORDS.contains(t.lemma)) {
                leftover++;
            }
            if (!t.used && t.kind == Tok.Kind.WORD && NAME_MARKS.contains(t.low) && nameBefore(f.s, t)) {
                leftover++; // "On The Annual Report Project": the mark of a name no slot holds
            }
            if (!t.used && (t.entity() || t.kind == Tok.Kind.NUMBER)) {
                leftoverValues++; // a date, amount or number the frame does not carry
            }
        }
        return new Evidence(
                f.conf,
                corrected,
                leftover,
                leftoverValues,
                content,
                !type.missing(f.slots).isEmpty());
    }

    /** Words that mark the name before them as a client's or a project's. */
    private static final java.util.Set<String> NAME_MARKS = java.util.Set.of("project", "proj", "client");

    /** Whether a capitalised word (a name's last) stands right before {@code mark}. */
    private static boolean nameBefore(Sentence s, Tok mark) {
        int i = s.toks.indexOf(mark);
        Tok b = i > 0 ? s.get(i - 1) : null;
        return b != null && b.kind == Tok.Kind.WORD && b.capitalized() && !Sentence.ARTICLES.contains(b.low);
    }

    static double of(Evidence e) {
        double conf = e.cue();
        conf -= 0.05 * e.corrected();
        conf -= Math.min(0.3, 0.06 * e.leftoverWords());
        conf -= Math.min(0.3, 0.15 * e.leftoverValues());
        if (e.leftoverWords() > 0 || e.leftoverValues() > 0) {
            conf = Math.min(conf, ACT - 0.01 - 0.02 * (e.leftoverWords() + e.leftoverValues() - 1));
        }
        if (e.content() <= 1) {
            conf = Math.min(conf, 0.75); // one word ("hours", "invoice") is a guess at best
        }
        if (e.missing()) {
            conf -= 0.05;
            if (e.content() <= 1) {
                conf = Math.min(conf, 0.6);
            }
        }
        return Math.max(0.05, Math.min(0.99, conf));
    }

    /** Below this, a frame the rules scored at or above {@link #ACT} is right too rarely to act on. */
    static final double SURE = 0.85;

    /**
     * {@code f} with a confidence in [{@link #ACT}, {@link #SURE}) lowered to just below {@link
     * #ACT}: on the dev splits those frames were right 6 times in 10 (docs/BENCHMARKS.md,
     * reliability), far from the 99 % that acting without asking needs, so fb asks. Refusals keep
     * their confidence (an unknown frame is never acted on).
     */
    static Frame calibrated(Frame f) {
        if (f.isUnknown() || f.confidence() < ACT || f.confidence() >= SURE) {
            return f;
        }
        return f.withConfidence(ACT - 0.01, f.parser());
    }
}
