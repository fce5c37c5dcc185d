package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A time entry or a timer typed as a list of fields ({@link TerseTime}); new wordings, not the corpus's. */
class TerseTimeTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final ParseContext CTX = new ParseContext(TODAY, ZoneId.of("UTC"), GazetteerTest.DEMO);
    private final RuleBasedIntentParser parser = new RuleBasedIntentParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "start timer initech reserch vpn audit | research | initech | vpn audit",
                "log 90m desgin globex tdy homepage hero | design | globex | homepage hero",
                "orbit labs consultng 2-4pm launch plan review | consulting | orbit labs | launch plan review",
                "3 hrs suport umbrela corp fri printer drivers | support | Umbrella Corp | printer drivers",
            })
    void should_read_each_field_of_work_typed_as_a_list(String text, String service, String target, String note) {
        Frame f = parser.parse(text, CTX);
        assertThat(f.slots())
                .as(f.toJson())
                .containsEntry("service", service)
                .containsEntry("target", target)
                .containsEntry("note", note);
        assertThat(f.confidence()).as("read from the fields' kinds, so asked").isLessThan(Confidence.ACT);
    }

    @Test
    void should_leave_a_name_placed_by_on_to_the_grammar() {
        Frame f = parser.parse("strt tracking bookkeeping on spring campaign", CTX);
        assertThat(f.slots())
                .as(f.toJson())
                .containsEntry("target", "spring campaign")
                .doesNotContainKey("note");
    }

    @Test
    void should_never_change_a_reading_the_rules_were_sure_of() {
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("duration_minutes", 90);
        slots.put("date", TODAY);
        slots.put("target", "elsewhere");
        Frame sure = Frame.of(
                "log 90m desgin globex tdy homepage hero",
                dev.fbcli.nlp.intent.IntentType.fromWire("time.log"),
                slots,
                0.9,
                "rules");
        assertThat(TerseTime.apply(sure.input(), sure, CTX)).isSameAs(sure);
        Frame read = TerseTime.apply(sure.input(), sure.withConfidence(0.7, "rules"), CTX);
        assertThat(read.slots()).containsEntry("target", "globex").containsEntry("note", "homepage hero");
        assertThat(read.confidence()).isEqualTo(0.7);
    }
}
