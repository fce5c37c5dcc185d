package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;

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
        double p = model.probability(features(input, ctx.names()), f.intent());
        return p >= AGREE ? f : f.withConfidence(Confidence.ACT - 0.01, f.parser());
    }

    /** The model's features of a phrase: its words as the front reads them with the account's names. */
    static java.util.List<String> features(String input, AccountNames names) {
        String text = RuleBasedIntentParser.normalize(input);
        return IntentFeatures.of(LexicalFront.read(text, names).text(), names);
    }
}
