package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names said around the slot they fill: a client's new contact after "contact", the client a person
 * left, whom work was with beside whom it is for, a title before a project's name, a contact typed
 * after a new client's company, a person's name one key from a month. New wordings, not the corpus's.
 */
class NamesAroundTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final ParseContext CTX = new ParseContext(TODAY, ZoneId.of("UTC"), GazetteerTest.DEMO);
    private final RuleBasedIntentParser parser = new RuleBasedIntentParser();

    private Frame parse(String text) {
        return parser.parse(text, CTX);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "update Initech: the contact is now Joanna Park | Initech | Joanna | Park",
                "wayne enterprises contact now bruce kent | wayne enterprises | bruce | kent",
                "Samir has left Globex Inc, the contact there should now be Ines Alves | Globex Inc | Ines | Alves",
            })
    void should_read_the_new_contact_said_after_contact(String text, String client, String first, String last) {
        Frame f = parse(text);
        assertThat(f.intent()).as(f.toJson()).isEqualTo("client.update");
        assertThat(f.slots())
                .as(f.toJson())
                .containsEntry("client", client)
                .containsEntry("first_name", first)
                .containsEntry("last_name", last);
    }

    @Test
    void should_ask_rather_than_drop_a_second_name_for_whom_the_work_is() {
        Frame f = parse("log 90 minutes with Bianca on Apollo");
        assertThat(f.slots()).as(f.toJson()).containsEntry("target", "Apollo");
        assertThat(f.confidence()).as("whom it was with is not read: asked").isLessThan(Confidence.ACT);
    }

    @Test
    void should_keep_whom_the_work_was_with_when_no_other_name_is_said() {
        Frame f = parse("log 2h with Initech");
        assertThat(f.slots()).as(f.toJson()).containsEntry("target", "Initech");
    }

    @Test
    void should_not_read_a_name_one_far_key_from_a_month_as_the_month() {
        Frame f = parse("new client Harbor Lights, contact is Marco Bellini");
        assertThat(f.slots()).as(f.toJson()).containsEntry("first_name", "Marco");
        assertThat(parse("log 2h design on Acme on Marxh 3").slots())
                .containsEntry("date", LocalDate.parse("2026-03-03"));
    }

    @Test
    void should_read_project_said_as_a_title_before_the_name() {
        Frame f = parse("book 30 minutes against Project Lighthouse for research");
        assertThat(f.slots()).as(f.toJson()).containsEntry("project", "Lighthouse");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "add client harbor lights studio nadia rahman 416-555-0199 | harbor lights studio | nadia | rahman",
            })
    void should_read_a_contact_typed_after_a_new_clients_company(String text, String org, String first, String last) {
        Frame f = parse(text);
        assertThat(f.slots())
                .as(f.toJson())
                .containsEntry("organization", org)
                .containsEntry("first_name", first)
                .containsEntry("last_name", last);
    }

    @Test
    void should_keep_a_cue_word_that_begins_the_kind_of_work() {
        Frame f = parse("start a timer draft review");
        assertThat(f.slots()).as(f.toJson()).containsEntry("service", "draft review");
    }

    @Test
    void should_ask_when_a_name_marked_as_a_project_is_not_read_whole() {
        Frame f = parse("Please Show Expenses On The Annual Report Project");
        boolean whole = "Annual Report".equals(f.slots().get("project"));
        assertThat(whole || f.confidence() < Confidence.ACT)
                .as("read whole, or asked: " + f.toJson())
                .isTrue();
    }
}
