package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.IntentType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trained intent model: made the same way every time, read back whole, and used only to ask. */
class IntentModelTest {
    private static final ParseContext CTX =
            new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("UTC"), GazetteerTest.DEMO);

    private static byte[] bytes(IntentModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    private static IntentModel tiny() {
        List<Scorer.Case> cases = List.of(
                new Scorer.Case("log 2 hours on Apollo", "time.log", Map.of()),
                new Scorer.Case("log 45 minutes of design for Acme", "time.log", Map.of()),
                new Scorer.Case("track 3h of development yesterday", "time.log", Map.of()),
                new Scorer.Case("show my invoices", "invoice.list", Map.of()),
                new Scorer.Case("list unpaid invoices for Globex", "invoice.list", Map.of()),
                new Scorer.Case("which invoices are overdue", "invoice.list", Map.of()));
        return IntentModelTrainer.train(cases, GazetteerTest.DEMO);
    }

    @Test
    void should_be_the_model_training_makes_from_the_corpus() throws IOException {
        // given: the committed model
        byte[] shipped;
        try (InputStream in = IntentModel.class.getResourceAsStream(IntentModel.RESOURCE)) {
            assertThat(in).as("the intent model resource").isNotNull();
            shipped = in.readAllBytes();
        }

        // when: trained again, with the same seed, from the same training sets
        byte[] trained = bytes(IntentModelTrainer.train(IntentModelTrainer.trainingCases(), GazetteerTest.DEMO));

        // then: byte for byte the same (a changed training set or feature needs a retrain: the script says how)
        assertThat(Arrays.equals(trained, shipped))
                .as("intent-model.bin is not what training makes now: run nlp/scripts/train-models and commit it")
                .isTrue();
    }

    @Test
    void should_read_back_what_it_wrote_and_refuse_a_damaged_model() throws IOException {
        // given
        IntentModel m = tiny();
        byte[] b = bytes(m);

        // when
        IntentModel back = IntentModel.read(new ByteArrayInputStream(b));

        // then
        assertThat(bytes(back)).isEqualTo(b);
        assertThat(back.labels()).containsExactly("invoice.list", "time.log");
        assertThatThrownBy(() -> IntentModel.read(new ByteArrayInputStream(Arrays.copyOf(b, b.length - 1))))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> IntentModel.read(new ByteArrayInputStream(Arrays.copyOf(b, b.length + 1))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("damaged");
        byte[] wrong = b.clone();
        wrong[0] = 'X';
        assertThatThrownBy(() -> IntentModel.read(new ByteArrayInputStream(wrong)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not an fb intent model");
    }

    @Test
    void should_learn_which_intent_a_phrase_of_a_known_kind_asks_for() {
        IntentModel m = tiny();

        assertThat(m.best(IntentReview.features("log 90 minutes on Mobile App", GazetteerTest.DEMO)))
                .isEqualTo("time.log");
        assertThat(m.best(IntentReview.features("list the overdue invoices", GazetteerTest.DEMO)))
                .isEqualTo("invoice.list");
    }

    @Test
    void should_lower_a_sure_frame_whose_intent_the_model_finds_unlikely_and_keep_one_it_agrees_with() {
        // given: frames the rules were sure of
        IntentModel m = tiny();
        String phrase = "log 3 hours of design on Acme";
        Frame agreed = Frame.of(phrase, IntentType.fromWire("time.log"), Map.of(), 0.93, "rules");
        Frame disputed = Frame.of(phrase, IntentType.fromWire("invoice.list"), Map.of(), 0.93, "rules");
        Frame refused = Frame.unknown(phrase, 0.95, "rules");

        // when / then: the model never changes what was read, only whether fb asks
        assertThat(IntentReview.apply(phrase, agreed, CTX, m).confidence()).isEqualTo(0.93);
        Frame lowered = IntentReview.apply(phrase, disputed, CTX, m);
        assertThat(lowered.confidence()).isLessThan(Confidence.ACT);
        assertThat(lowered.intent()).isEqualTo("invoice.list");
        assertThat(IntentReview.apply(phrase, refused, CTX, m).confidence()).isEqualTo(0.95);
        assertThat(IntentReview.apply(phrase, disputed, CTX, null)).isSameAs(disputed);
    }

    @Test
    void should_give_the_shipped_model_every_intent_of_the_contract_it_was_trained_on() {
        IntentModel shipped = IntentModel.shipped();

        assertThat(shipped).isNotNull();
        assertThat(shipped.labels()).contains("time.log", "invoice.create", "expense.create", "unknown");
        for (String l : shipped.labels()) {
            assertThat(IntentType.fromWire(l)).as(l).isNotNull();
        }
        assertThat(shipped.best(IntentReview.features("log 3 hours of design on Acme", GazetteerTest.DEMO)))
                .isEqualTo("time.log");
    }

    @Test
    void should_see_a_refused_value_as_its_kind_and_a_note_as_one_token() {
        assertThat(IntentFeatures.of("log -2 hours on Acme")).contains("guard:negative");
        assertThat(IntentFeatures.of("log 3 hours on Acme on Feb 30")).contains("guard:date");
        assertThat(IntentFeatures.of("log 30 hours on Acme")).contains("value:over-a-day");
        assertThat(IntentFeatures.of("log 3 hours on Acme"))
                .noneMatch(f -> f.startsWith("guard:") || f.startsWith("value:"));

        List<String> masked = IntentReview.features(
                "log 2h on Acme - Declined in the shell", GazetteerTest.DEMO, Map.of("note", "declined in the shell"));

        assertThat(masked).contains("w:<note>", "b:acme_<note>").doesNotContain("w:declined", "w:shell");
        assertThat(IntentReview.features("log 2h on Acme", GazetteerTest.DEMO, Map.of("note", "not in the phrase")))
                .isEqualTo(IntentReview.features("log 2h on Acme", GazetteerTest.DEMO));
    }

    @Test
    void should_not_doubt_a_sure_reading_for_the_unfamiliar_words_of_its_note() {
        IntentParser reviewed = new RuleBasedIntentParser(true);

        for (String phrase : List.of(
                "log 2h on Umbrella - declined in the shell",
                "log 3h on Acme note shell scripting cleanup",
                "expense $89.99 for hosting note draft review")) {
            Frame f = reviewed.parse(phrase, CTX);
            assertThat(f.confidence()).as(phrase).isGreaterThanOrEqualTo(Confidence.ACT);
        }
    }
}
