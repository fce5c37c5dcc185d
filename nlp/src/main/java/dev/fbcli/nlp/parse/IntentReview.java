package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.IntentType;

/**
 * The trained {@link IntentModel} reviews the rules' reading before fb acts on it: a frame the rules
 * are sure of (confidence ≥ {@link Confidence#ACT}) whose intent the model finds unlikely for the
 * phrase (probability below {@link #AGREE}) is lowered to just below {@link Confidence#ACT}, so fb
 * asks "is that right?" (and, in {@code auto} mode with an LLM configured, the LLM reads it). The
 * rules still say what the phrase means; the model, learned from thousands of labelled phrases
 * rather than written from them, only says when the rules' word should not be enough.
 *
 * <p>Refusals are not reviewed (fb never acts on one, and one lowered would send an out-of-scope
 * request to the LLM), nor frames read from a call's fields or refused as an instruction: their
 * form, not their wording, says what they are.
 */
final class IntentReview {
    /**
     * Below this probability for the rules' intent, the model disagrees. Chosen on the training
     * groups by cross-validation (models trained without the group scored), never on a test split:
     * nlp/README.md, "The intent model".
     */
    static final double AGREE = 0.03;

    private IntentReview() {}

    static Frame apply(String input, Frame f, ParseContext ctx, IntentModel model) {
        if (model == null || ctx == null || input == null || f.isUnknown() || f.confidence() < Confidence.ACT) {
            return f;
        }
        double p = model.probability(features(input, ctx.names(), f.slots()), f.intent());
        return p >= AGREE ? f : f.withConfidence(Confidence.ACT - 0.01, f.parser());
    }

    /** At least this sure, the model's intent is worth reading a phrase the rules were unsure of as. */
    static final double CHOOSE = Double.parseDouble(System.getProperty("fb.nlp.choose", "0.95"));

    /**
     * As sure, for an intent that only points at a record ({@link RecordRefs}): its reading needs the
     * record's number or an account's name said, a guard of its own, so a lower bound serves.
     * Chosen by {@code IntentReviewEval cvparse} (nlp/README.md, "The intent model").
     */
    static final double CHOOSE_REF = Double.parseDouble(System.getProperty("fb.nlp.chooseref", "0.85"));

    /** Below this probability for the rules' intent, the model doubts it enough to choose its own. */
    static final double DOUBT = Double.parseDouble(System.getProperty("fb.nlp.doubt", "0.02"));

    /**
     * A frame the rules were unsure of (below {@link Confidence#ACT}, a refusal included when no
     * known reason made it), read again as the intent the model is sure of ({@code p ≥} {@link
     * #CHOOSE}) when that differs: the rules' slot logic for that intent fills the frame ({@code
     * asIntent}), and the result stays below {@link Confidence#ACT}, so fb shows it and asks. Only an
     * intent whose slots the grammar reads ({@link Grammar#FILLABLE}) is chosen, and only a reading
     * that comes back as that intent with none of its required slots missing replaces the rules'.
     */
    static Frame reread(
            String input,
            Frame f,
            ParseContext ctx,
            IntentModel model,
            java.util.function.Function<IntentType, Frame> asIntent) {
        if (model == null || ctx == null || input == null || f.confidence() >= Confidence.ACT) {
            return f;
        }
        if (f.isUnknown() && f.confidence() > 0.7) {
            return f; // refused for a known reason
        }
        java.util.List<String> features = features(input, ctx.names(), f.slots());
        double[] p = model.probabilities(features);
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        IntentType type = IntentType.fromWire(model.labels().get(best));
        boolean filled = type != null && Grammar.FILLABLE.contains(type);
        if (p[best] < (filled ? CHOOSE : CHOOSE_REF)
                || type == null
                || type.wire().equals(f.intent())
                || !(filled || RecordRefs.reads(type))) {
            return f;
        }
        int read = model.labels().indexOf(f.intent());
        if (!f.isUnknown() && read >= 0 && p[read] >= DOUBT) {
            return f; // the rules' intent is one the model finds possible: their reading stands
        }
        // a request that only points at a record is read by what points at it (RecordRefs)
        Frame again = filled ? asIntent.apply(type) : RecordRefs.read(input, type, ctx, asIntent);
        if (again == null
                || !type.wire().equals(again.intent())
                || !again.missing().isEmpty()) {
            return f;
        }
        return again.withConfidence(Math.min(again.confidence(), Confidence.ACT - 0.01), again.parser());
    }

    /** The model's features of a phrase: its words as the front reads them with the account's names. */
    static java.util.List<String> features(String input, AccountNames names) {
        return features(input, names, java.util.Map.of());
    }

    /**
     * The model's features of a phrase read as {@code slots}: the free text of a note ({@code note},
     * {@code notes}) is one token, {@code <note>}, whatever it says — a note's words say what the
     * work was, not what is asked, and a model that read them doubted "log 2h on Acme - declined in
     * the shell" for its unfamiliar words. Training masks the labelled note, use the rules' reading.
     */
    static java.util.List<String> features(String input, AccountNames names, java.util.Map<String, ?> slots) {
        String text = LexicalFront.reviewText(input, names);
        String masked = text;
        for (String key : NOTE_SLOTS) {
            if (slots != null
                    && slots.get(key) instanceof String note
                    && note.strip().length() >= 3) {
                masked = IntentFeatures.mask(masked, note.strip());
            }
        }
        return IntentFeatures.of(masked, text, names);
    }

    private static final java.util.List<String> NOTE_SLOTS = java.util.List.of("note", "notes");
}
