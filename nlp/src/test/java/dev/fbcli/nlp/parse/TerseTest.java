package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Terse terminal shorthand (issue 15): the shorthand of {@code words/shorthand.txt}, short day
 * names where a day goes, an unknown lower-case word where a name goes, and timers switched off.
 */
class TerseTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private final RuleBasedIntentParser parser = new RuleBasedIntentParser();

    private Frame parse(String text) {
        return parser.parse(text, new ParseContext(TODAY, ZoneId.of("UTC")));
    }

    private Frame parse(String text, AccountNames names) {
        return parser.parse(text, new ParseContext(TODAY, ZoneId.of("UTC"), names));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "exps last mo | expense.list | {date_from=2026-10-01, date_to=2026-10-31}",
                "unpaid invs | invoice.list | {status=unpaid}",
                "pmts this mo | payment.list | {date_from=2026-11-01, date_to=2026-11-30}",
                "projs | project.list | {}",
                "hrs this wk | time.list | {date_from=2026-11-23, date_to=2026-11-29}",
                "rev this yr | report.show | {report=revenue, date_from=2026-01-01, date_to=2026-12-31}",
                "Exps last mo | expense.list | {date_from=2026-10-01, date_to=2026-10-31}",
            })
    void should_read_the_word_a_shorthand_stands_for(String text, String intent, String slots) {
        Frame f = parse(text);
        assertThat(f.intent()).as(f.toJson()).isEqualTo(intent);
        assertThat(f.slots().toString()).as(f.toJson()).isEqualTo(slots);
        assertThat(f.corrections()).as("shorthand is not a typo").isEmpty();
    }

    @Test
    void should_keep_a_shorthand_that_is_one_of_the_account_s_names() {
        AccountNames names = new AccountNames(
                java.util.List.of("Mo"), java.util.List.of(), java.util.List.of(), java.util.List.of());
        Frame f = parse("invoices for mo", names);
        assertThat(f.intent()).isEqualTo("invoice.list");
        assertThat(f.slots().get("client").toString()).as(f.toJson()).isEqualToIgnoringCase("mo");
    }

    @Test
    void should_keep_a_capitalised_shorthand_inside_the_phrase_as_typed() {
        Frame f = parse("show invoices for Rev Studios");
        assertThat(f.slots()).as(f.toJson()).containsEntry("client", "Rev Studios");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "log 90min research globex mon | 2026-11-23",
                "2h design on acme on wed | 2026-11-18",
                "1h admin, sat | 2026-11-21",
            })
    void should_read_a_short_day_name_where_a_day_goes(String text, String date) {
        Frame f = parse(text);
        assertThat(f.slots()).as(f.toJson()).containsEntry("date", LocalDate.parse(date));
    }

    @Test
    void should_not_read_a_short_day_name_inside_a_name() {
        Frame f = parse("log 2h design for Sun Valley Farms");
        assertThat(f.slots()).as(f.toJson()).containsEntry("date", TODAY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "start timer globex | timer.start | target | globex",
                "unbilled hrs globex | time.list | target | globex",
                "4hrs wayne ent | time.log | target | wayne ent",
                "time: 2h qa stark | time.log | target | stark",
            })
    void should_read_an_unknown_lower_case_word_where_a_name_goes_as_a_name_and_ask(
            String text, String intent, String slot, String value) {
        Frame f = parse(text);
        assertThat(f.intent()).as(f.toJson()).isEqualTo(intent);
        assertThat(f.slots().get(slot).toString()).as(f.toJson()).isEqualToIgnoringCase(value);
        assertThat(f.confidence()).as("a guess from case alone is asked").isLessThan(Confidence.ACT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "spent 3 hours on illustration yesterday | illustration",
                "spent 15 mins on user testing yesterday | user testing",
                "spent $12.50 at Starbucks on coffee | coffee",
            })
    void should_keep_the_kind_of_work_when_the_phrase_says_it_is_work(String text, String value) {
        Frame f = parse(text);
        assertThat(f.slots()).as(f.toJson()).doesNotContainKeys("target", "client", "project");
        assertThat(f.slots().values().stream().map(Object::toString))
                .as(f.toJson())
                .contains(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "timer off | timer.stop",
                "turn the timer off | timer.stop",
                "switch off the timer | timer.stop",
                "timer? | timer.status",
                "kick off a timer for Acme | timer.start",
            })
    void should_stop_a_timer_that_is_switched_off(String text, String intent) {
        assertThat(parse(text).intent()).isEqualTo(intent);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "am i on the clock? | timer.status",
                "set up project Greenhouse with a budget of $45 | project.create",
                "Show All Unpaid Invioces For Acme | invoice.list",
                "Archive Porject Podcast Launch | project.archive",
            })
    void should_read_words_that_looked_like_something_else(String text, String intent) {
        Frame f = parse(text);
        assertThat(f.intent()).as(f.toJson()).isEqualTo(intent);
        assertThat(f.slots()).as(f.toJson()).doesNotContainKey("duration_minutes");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"log a minute | 1", "log one and a half hours | 90", "log an hour and a half | 90", "log 45m | 45"
            })
    void should_keep_durations_said_with_a_word_number_and_a_unit(String text, int minutes) {
        assertThat(parse(text).slots()).containsEntry("duration_minutes", minutes);
    }

    @Test
    void should_keep_a_title_case_name_that_is_no_typo() {
        Frame f = parse("Log 3 Hours Of Design On Stark Industries");
        assertThat(f.slots()).as(f.toJson()).containsEntry("target", "Stark Industries");
        assertThat(f.corrections()).isEmpty();
    }
}
