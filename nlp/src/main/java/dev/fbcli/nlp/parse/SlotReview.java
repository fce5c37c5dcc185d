package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.util.List;

/**
 * The trained {@link SlotTagger} reviews where the rules put the words of a phrase they are sure of:
 * when some word stands in a slot (or in none) that the tagger finds unlikely for it — "uber" read
 * as the note where the tagger sees a vendor, "bluth co" read as the kind of work — the frame is
 * lowered to just below {@link Confidence#ACT}, so fb shows it and asks. As with the {@link
 * IntentReview}, what was read never changes; only whether fb acts without asking.
 *
 * <p>A frame whose slot values are not words of the phrase (a value the rules rewrote) is not
 * reviewed, nor a refusal.
 */
final class SlotReview {
    /**
     * Below this probability for the slot the rules gave a word, the tagger disagrees. Chosen on the
     * training groups by cross-validation (taggers trained without the group scored), never on a
     * test split: nlp/README.md, "The slot tagger".
     */
    static final double AGREE = Double.parseDouble(System.getProperty("fb.nlp.slot-agree", "0.05"));

    private SlotReview() {}

    static Frame apply(String input, Frame f, ParseContext ctx, IntentModel tagger) {
        if (tagger == null || ctx == null || input == null || f.isUnknown() || f.confidence() < Confidence.ACT) {
            return f;
        }
        double p = agreement(input, f, ctx.names(), tagger);
        return p >= AGREE ? f : f.withConfidence(Confidence.ACT - 0.01, f.parser());
    }

    /**
     * The lowest probability the tagger gives, over the words of {@code input}, to the slot the
     * rules' frame {@code f} put the word in (or to none); 1 when the frame cannot be placed.
     */
    static double agreement(String input, Frame f, AccountNames names, IntentModel tagger) {
        String text = LexicalFront.reviewText(input, names);
        List<SlotTagger.Token> toks = SlotTagger.tokens(text);
        String[] tags = SlotTagger.tags(toks, f.slots());
        if (tags == null || toks.isEmpty()) {
            return 1;
        }
        double[][] p = SlotTagger.probabilities(tagger, toks, f.intent(), names);
        java.util.Set<String> filled = new java.util.HashSet<>();
        for (String tag : tags) {
            filled.add(SlotTagger.family(tag));
        }
        filled.remove(SlotTagger.NONE);
        double min = 1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).text().chars().anyMatch(Character::isDigit)) {
                // a number, an amount, a date or a code ("bl-45", "Studio 54"): the value readers' to
                // place; the tagger, which has seen digits almost only outside text slots, cannot say
                continue;
            }
            String want = SlotTagger.family(tags[i]);
            java.util.Map<String, Double> fam = SlotTagger.families(tagger, p[i]);
            double agree = fam.getOrDefault(want, 0.0);
            if (want.equals(SlotTagger.NONE)) {
                // a word left out of a slot the rules filled with other words: a slot holds one value,
                // so the word cannot be it as well ("log 2h on Foo Industries - for foo")
                for (String other : filled) {
                    agree += fam.getOrDefault(other, 0.0);
                }
            }
            min = Math.min(min, agree);
        }
        return min;
    }
}
