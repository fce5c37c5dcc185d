package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.FrameAssertions.assertReadAs;
import static dev.fbcli.nlp.parse.FrameAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A correction told rather than asked (Corrections) is the change to the record it names, never a
 * new entry or expense; a statement that only looks like one is left alone.
 */
class CorrectionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Friday's Initech time should read 2.5h, not 2 | time.edit | date=2026-11-20, target=Initech,"
                        + " duration_minutes=120, new_duration_minutes=150",
                "I logged 3 hours on Globex on Monday but it was actually only 1h30m | time.edit | date=2026-11-23,"
                        + " target=Globex, duration_minutes=180, new_duration_minutes=90",
                "oops, the 2 hours I put on Acme yesterday should have been 3 | time.edit | date=2026-11-23,"
                        + " target=Acme, duration_minutes=120, new_duration_minutes=180",
                "the taxi ride from Monday was actually $24.50, please fix it | expense.edit | date=2026-11-23,"
                        + " new_amount=24.50",
                "Correction: Thursday's Staples purchase was $61, not $16 | expense.edit | date=2026-11-19,"
                        + " vendor=Staples, amount=16.00, new_amount=61.00",
                "I put Monday's Hooli entry on the wrong day, it should be Sunday | time.edit | date=2026-11-23,"
                        + " target=Hooli, new_date=2026-11-22",
                "I entered the Adobe charge under the wrong date, it was the 3rd of November | expense.edit |"
                        + " vendor=Adobe, new_date=2026-11-03",
                "yesterday's Wayne entry wasn't supposed to be billable | time.edit | date=2026-11-23, target=Wayne,"
                        + " new_billable=false",
                "my 2h from Friday was for Hooli not Globex, switch it please | time.edit | date=2026-11-20,"
                        + " target=Globex, new_target=Hooli, duration_minutes=120",
                "the Globex research on the 16th should have been non-billable | time.edit | date=2026-11-16,"
                        + " target=Globex, service=research, new_billable=false",
            })
    void should_read_a_told_correction_as_the_change(String text, String intent, String slots) {
        assertReadAs(parse(text), intent, slots);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "the design should be done by Friday",
                "the invoice for Acme should have been $500, not $400",
                "my hourly rate should be $120",
                "the Apollo budget was 40 hours, not 30",
            })
    void should_never_read_a_statement_as_a_new_record(String text) {
        Frame f = parse(text);
        assertThat(f.intent()).as(f.toJson()).isNotIn("time.log", "expense.create", "time.edit", "expense.edit");
    }
}
