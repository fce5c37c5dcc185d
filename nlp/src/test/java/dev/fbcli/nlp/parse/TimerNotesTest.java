package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What is said after the stopped timer is its note ({@code TimeSlots.stopNote}), once the words
 * asking for a note are taken off; the account's client or project told in a clause beside a
 * request for work that names none is whom the work is for ({@code AccountKinds.told}), asked.
 * New wordings, not the corpus's.
 */
class TimerNotesTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final ParseContext CTX = new ParseContext(TODAY, ZoneId.of("UTC"), GazetteerTest.DEMO);
    private final RuleBasedIntentParser parser = new RuleBasedIntentParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "stop the timer and make the note 'sent v2 of the deck' | sent v2 of the deck",
                "halt my timer, uploaded the final assets | uploaded the final assets",
                "stop timer reviewed the pull requests | reviewed the pull requests",
                "please stop the clock and add the note fixed the invoice template | fixed the invoice template",
                "stop the timer and put \"call with the printer\" as its note | call with the printer",
            })
    void should_read_the_words_after_a_stopped_timer_as_its_note(String text, String note) {
        Frame f = parser.parse(text, CTX);
        assertThat(f.intent()).as(f.toJson()).isEqualTo("timer.stop");
        assertThat(f.slots()).as(f.toJson()).containsEntry("note", note);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stop the timer now please", "stop the timer for Initech", "stop my timer on Apollo"})
    void should_read_no_note_from_words_that_say_when_or_which_timer(String text) {
        Frame f = parser.parse(text, CTX);
        assertThat(f.intent()).as(f.toJson()).isEqualTo("timer.stop");
        assertThat(f.slots()).as(f.toJson()).doesNotContainKey("note");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "heading into a workshop with Initech, start the clock for training | Initech",
                "back on the Mobile App again. could you start a timer for development? | Mobile App",
            })
    void should_read_the_account_name_told_beside_the_request_as_whom_the_work_is_for(String text, String who) {
        Frame f = parser.parse(text, CTX);
        assertThat(f.intent()).as(f.toJson()).isEqualTo("timer.start");
        assertThat(f.slots()).as(f.toJson()).containsEntry("target", who);
        assertThat(f.confidence()).as("told outside the request: asked").isLessThan(Confidence.ACT);
    }
}
