package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.IntentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A name slot holding the phrase's own cue words is asked about, a plain name is not. */
class NameSlotCheckTest {
    private static Frame archive(String client, double conf) {
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("client", client);
        return Frame.of("archive " + client, IntentType.CLIENT_ARCHIVE, slots, conf, "rules");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "latest",
                "give Halvorsen",
                "Client Kestrel Labs",
                "invoice 0009",
                "most recnt",
                "Sofia from project Atlas"
            })
    void should_ask_when_a_name_holds_a_cue_word(String name) {
        Frame f = NameSlotCheck.check(archive(name, 0.9));
        assertThat(f.confidence()).as(name).isLessThan(Confidence.ACT);
        assertThat(f.slots()).containsEntry("client", name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Halvorsen", "Kestrel Labs", "Recentral Ltd", "Mostly Harmless"})
    void should_keep_the_confidence_when_the_name_is_plain(String name) {
        assertThat(NameSlotCheck.check(archive(name, 0.9)).confidence())
                .as(name)
                .isEqualTo(0.9);
    }

    @Test
    void should_ask_about_a_parse_that_took_a_cue_word_as_the_name() {
        Frame f = new RuleBasedIntentParser()
                .parse(
                        "what quotes did I give Initech",
                        new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("UTC")));
        if (f.slots().get("client") instanceof String c && NameSlotCheck.hasCue(c)) {
            assertThat(f.confidence()).as(f.toJson()).isLessThan(Confidence.ACT);
        } else {
            assertThat(f.slots()).as(f.toJson()).containsEntry("client", "Initech");
        }
    }
}
