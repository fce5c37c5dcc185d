package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The confidence is scored from evidence: what the phrase left unexplained keeps a frame below 0.8. */
class ConfidenceTest {
    private static final ParseContext CTX = new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("UTC"));

    @Test
    void should_stay_below_acting_when_one_content_word_is_unexplained() {
        // given: a clear cue, nothing else wrong, one word left over
        var e = new Confidence.Evidence(0.95, 0, 1, 0, 6, false);

        // then
        assertThat(Confidence.of(e)).isLessThan(Confidence.ACT);
        assertThat(Confidence.of(new Confidence.Evidence(0.95, 0, 2, 0, 6, false)))
                .isLessThan(Confidence.of(e));
    }

    @Test
    void should_stay_below_acting_when_a_value_is_not_carried() {
        assertThat(Confidence.of(new Confidence.Evidence(0.95, 0, 0, 1, 6, false)))
                .isLessThan(Confidence.ACT);
    }

    @Test
    void should_act_when_everything_is_explained() {
        assertThat(Confidence.of(new Confidence.Evidence(0.95, 0, 0, 0, 6, false)))
                .isGreaterThanOrEqualTo(Confidence.ACT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "any overdue invoices I should chase?",
                "invoice Acme 5 days consulting at 700 a day plus the extras",
                "which of my bills are late, roughly",
            })
    void should_ask_when_a_phrase_is_only_partly_read(String phrase) {
        Frame f = new RuleBasedIntentParser().parse(phrase, CTX);

        assertThat(f.confidence()).as(f.toJson()).isLessThan(Confidence.ACT);
    }

    @Test
    void should_be_unsure_when_no_rule_reads_a_phrase_and_sure_when_a_reason_is_known() {
        Frame unread = new RuleBasedIntentParser().parse("how is the invoice thing going with the stuff", CTX);
        Frame refused = new RuleBasedIntentParser().parse("merge Acme and Globex", CTX);

        assertThat(refused.intent()).isEqualTo("unknown");
        assertThat(refused.confidence()).isGreaterThanOrEqualTo(Confidence.ACT);
        assertThat(unread.confidence()).as(unread.toJson()).isLessThan(Confidence.ACT);
    }
}
