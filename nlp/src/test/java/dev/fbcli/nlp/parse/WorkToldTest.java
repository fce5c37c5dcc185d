package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the work was, told around a time entry or a timer (issue 15, the thirteenth session's
 * classes): a closing sentence that tells it, a closing "please log it" that is no note, words
 * typed after a day or a start time, the kind of work typed before a "client"/"project" marker,
 * short day names and bare ordinals in a terse entry, and a person put on a project the account
 * spells otherwise or does not know yet. The phrases are new wordings, not the corpus's.
 */
class WorkToldTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private final RuleBasedIntentParser parser = new RuleBasedIntentParser();

    private Frame parse(String text) {
        return parser.parse(text, new ParseContext(TODAY, ZoneId.of("UTC"), GazetteerTest.DEMO));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Can you log 45 min of support for Globex on Friday? I was restoring the mail backups."
                        + " | restoring the mail backups",
                "track 2 hours of design for Initech today. We reworked the onboarding screens | reworked the onboarding screens",
                "Yesterday I did 2 hours of research for Initech, competitor pricing. Please log it. | competitor pricing",
                "start timer for Initech support, we're migrating the mail server | migrating the mail server",
                "2h design globex thu logo tweaks | logo tweaks",
                "log 40 mins meetings initech 10am retro | retro",
                "5h dev apollo tue db tuning | db tuning",
            })
    void should_read_what_the_work_was_as_the_note(String text, String note) {
        Frame f = parse(text);
        assertThat(f.slots()).as(f.toJson()).containsEntry("note", note);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "stop the timer. I started it by mistake.",
                "log 2h on acme. I was sick",
                "log 2h design acme today",
                "log 3h design on acme yesterday afternoon",
                "log 2 hours design acme corp today please",
                "Log 1 hour of support for Globex, could you log it?",
            })
    void should_leave_words_that_tell_no_work_out_of_the_note(String text) {
        Frame f = parse(text);
        assertThat(f.slots()).as(f.toJson()).doesNotContainKey("note");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "3h research client initech | research | client | initech",
                "6 hrs training client stark | training | client | stark",
                "1h qa project mobile app | qa | project | mobile app",
                "2h40 copywriting website redesign proj | copywriting | project | website redesign",
            })
    void should_read_the_kind_of_work_typed_before_a_marker(String text, String service, String kind, String name) {
        Frame f = parse(text);
        assertThat(f.slots()).as(f.toJson()).containsEntry("service", service);
        assertThat(String.valueOf(f.slots().get(kind))).as(f.toJson()).isEqualToIgnoringCase(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "6h dev apollo wed design system port | 2026-11-18",
                "5h dev apollo tue db tuning | 2026-11-17",
                "1h admin 9th | 2026-11-09",
                "1h consulting globex 18th contract review | 2026-11-18",
            })
    void should_read_a_day_typed_tersely_between_other_words(String text, String date) {
        Frame f = parse(text);
        assertThat(f.slots()).as(f.toJson()).containsEntry("date", LocalDate.parse(date));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2h review of the 3rd draft for acme",
                "log 2h design for Sun Valley Farms",
                "I sat in a 2h meeting with acme",
            })
    void should_not_read_a_count_or_a_name_as_the_day(String text) {
        Frame f = parse(text);
        assertThat(f.slots().get("date")).as(f.toJson()).isIn(TODAY, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "add maria to apolo | Apollo | maria",
                "add jordan to data migraton | Data Migration | jordan",
                "put Lena on Harbor Rebuild | Harbor Rebuild | Lena",
                "Put dana@kestrel.io on Onboarding Flow | Onboarding Flow | dana@kestrel.io",
            })
    void should_put_a_person_on_a_project_and_ask_when_the_project_was_guessed(
            String text, String project, String member) {
        Frame f = parse(text);
        assertThat(f.intent()).as(f.toJson()).isEqualTo("project.assign");
        assertThat(f.slots()).containsEntry("project", project).containsEntry("member", member);
        assertThat(f.confidence())
                .as("a spelling or a new project is asked about")
                .isLessThan(Confidence.ACT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"put acme on hold", "put sam on the phone", "add coffee to the list"})
    void should_not_read_other_puts_as_a_project_member(String text) {
        Frame f = parse(text);
        assertThat(f.intent()).as(f.toJson()).isNotEqualTo("project.assign");
    }
}
