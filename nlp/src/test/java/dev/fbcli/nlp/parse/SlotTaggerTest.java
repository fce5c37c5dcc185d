package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.IntentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trained slot tagger: made the same way every time, placed on the words it tags, used only to ask. */
class SlotTaggerTest {
    private static final ParseContext CTX =
            new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("UTC"), GazetteerTest.DEMO);

    @Test
    void should_be_the_tagger_training_makes_from_the_corpus() throws IOException {
        byte[] shipped;
        try (InputStream in = SlotTagger.class.getResourceAsStream(SlotTagger.RESOURCE)) {
            assertThat(in).as("the slot tagger resource").isNotNull();
            shipped = in.readAllBytes();
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SlotTaggerTrainer.train(IntentModelTrainer.trainingCases(), GazetteerTest.DEMO, new int[1])
                .write(out);

        assertThat(Arrays.equals(out.toByteArray(), shipped))
                .as("slot-model.bin is not what training makes now: run nlp/scripts/train-models and commit it")
                .isTrue();
    }

    @Test
    void should_tag_each_word_with_the_slot_its_value_stands_in_and_refuse_a_value_not_spelled_out() {
        List<SlotTagger.Token> toks = SlotTagger.tokens("exp $64.50 at Staples, office supplies for the Mobile App");

        String[] tags = SlotTagger.tags(
                toks, Map.of("vendor", "staples", "category", "office supplies", "project", "Mobile App"));

        assertThat(toks)
                .extracting(SlotTagger.Token::text)
                .containsExactly(
                        "exp", "$64.50", "at", "Staples", ",", "office", "supplies", "for", "the", "Mobile", "App");
        assertThat(tags)
                .containsExactly("O", "O", "O", "vendor", "O", "category", "category", "O", "O", "project", "project");
        assertThat(SlotTagger.tags(toks, Map.of("vendor", "Staples Inc"))).isNull();
        assertThat(SlotTagger.tags(
                        SlotTagger.tokens("bill Acme for 3h of design at $100"),
                        Map.of("lines", List.of(Map.of("description", "design")))))
                .containsExactly("O", "O", "O", "O", "O", "description", "O", "O");
    }

    @Test
    void should_lower_a_sure_frame_that_puts_a_word_where_the_tagger_finds_it_unlikely_and_keep_one_it_agrees_with() {
        IntentModel tagger = SlotTagger.shipped();
        assertThat(tagger).isNotNull();
        String phrase = "expense $42 at Staples for office supplies";
        IntentType expense = IntentType.fromWire("expense.create");
        Frame agreed = Frame.of(
                phrase,
                expense,
                Map.of(
                        "amount",
                        dev.fbcli.nlp.intent.Money.of("42.00", null),
                        "vendor",
                        "Staples",
                        "category",
                        "office supplies",
                        "date",
                        LocalDate.parse("2026-11-24")),
                0.93,
                "rules");
        Frame swapped = Frame.of(
                phrase,
                expense,
                Map.of(
                        "amount",
                        dev.fbcli.nlp.intent.Money.of("42.00", null),
                        "vendor",
                        "office supplies",
                        "category",
                        "Staples",
                        "date",
                        LocalDate.parse("2026-11-24")),
                0.93,
                "rules");

        assertThat(SlotReview.apply(phrase, agreed, CTX, tagger).confidence()).isEqualTo(0.93);
        Frame lowered = SlotReview.apply(phrase, swapped, CTX, tagger);
        assertThat(lowered.confidence()).isLessThan(Confidence.ACT);
        assertThat(lowered.slots()).isEqualTo(swapped.slots());
        assertThat(SlotReview.apply(phrase, swapped, CTX, null)).isSameAs(swapped);
        assertThat(SlotReview.apply(phrase, Frame.unknown(phrase, 0.95, "rules"), CTX, tagger)
                        .confidence())
                .isEqualTo(0.95);
    }

    @Test
    void should_leave_numbers_and_codes_to_the_value_readers_and_not_doubt_a_name_for_them() {
        IntentParser reviewed = new RuleBasedIntentParser(true);

        for (String phrase : List.of(
                "add client Batch Co bl-45",
                "add client Studio 54",
                "add a $21.50 expense for office supplies at bl-11 on Oct 5",
                "log 2h on Foo Industries - for foo",
                "invoice Globex $100 for item dep-6")) {
            assertThat(reviewed.parse(phrase, CTX).confidence()).as(phrase).isGreaterThanOrEqualTo(Confidence.ACT);
        }
    }
}
