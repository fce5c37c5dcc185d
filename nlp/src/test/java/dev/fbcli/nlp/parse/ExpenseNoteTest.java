package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What was bought is the note as a whole ({@code ExpenseSlots.wholeNote}): the words around the
 * part the rules read, up to punctuation, a value or the cue of another field, never cut to its
 * last noun. New wordings, not the corpus's.
 */
class ExpenseNoteTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final ParseContext CTX = new ParseContext(TODAY, ZoneId.of("UTC"), GazetteerTest.DEMO);
    private final RuleBasedIntentParser parser = new RuleBasedIntentParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Add $64 from Staples for a new desk lamp, office supplies | new desk lamp | Staples",
                "record $19.99 from Apple for a spare charging cable and adapter, equipment"
                        + " | spare charging cable and adapter | Apple",
                "Log $55 at FedEx for the quarterly sample shipment, shipping | quarterly sample shipment | FedEx",
                "expense $48 at Staples, binders and tabs, office supplies | binders and tabs | Staples",
                "Add a 40 CAD expense for the yearly domain bill from Namecheap, software | yearly domain bill"
                        + " | Namecheap",
            })
    void should_keep_every_word_of_what_was_bought(String text, String note, String vendor) {
        Frame f = parser.parse(text, CTX);
        assertThat(f.intent()).as(f.toJson()).isEqualTo("expense.create");
        assertThat(f.slots()).as(f.toJson()).containsEntry("note", note).containsEntry("vendor", vendor);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "expense $30 for software note team seats renewal | team seats renewal",
                "Log an expense of $75 for meals with Initech, note: client dinner | client dinner",
            })
    void should_not_take_the_label_of_a_note_into_it(String text, String note) {
        Frame f = parser.parse(text, CTX);
        assertThat(f.slots()).as(f.toJson()).containsEntry("note", note);
    }
}
