package dev.fbcli.nlp.llm;

import static dev.fbcli.nlp.llm.LlmTestSupport.CTX;
import static dev.fbcli.nlp.llm.LlmTestSupport.NAMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.Money;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProposalReaderTest {

    static Frame read(String answer, String phrase) {
        return ProposalReader.read(answer, phrase, CTX, NAMES);
    }

    @Test
    void should_keep_the_phrases_currency_reading_when_the_model_adds_one() {
        // given: "$" has no currency in a frame; the model says USD
        Frame f = read(
                "{\"intent\":\"expense.create\",\"amount\":\"USD 45\",\"vendor\":\"Staples\"}",
                "paid Staples $45 for paper");

        // then
        assertThat(f.slots()).containsEntry("amount", Money.of("45", null)).containsEntry("vendor", "Staples");
        assertThat(f.confidence()).isEqualTo(ProposalReader.DEFAULT_CONFIDENCE);
    }

    @Test
    void should_read_durations_dates_and_times_with_the_extractors_when_the_model_copies_the_words() {
        Frame f = read(
                "{\"intent\":\"time.log\",\"duration\":\"from 9 to 11:30\",\"start_time\":\"9am\","
                        + "\"date\":\"last Friday\",\"project\":\"Website Redesign\"}",
                "worked on the Website Redesign project from 9 to 11:30 last Friday");

        assertThat(f.slots())
                .containsEntry("duration_minutes", 150)
                .containsEntry("start_time", LocalTime.of(9, 0))
                .containsEntry("date", LocalDate.parse("2026-11-20"))
                .containsEntry("project", "Website Redesign");
        assertThat(f.confidence()).isEqualTo(ProposalReader.DEFAULT_CONFIDENCE);
    }

    @Test
    void should_use_the_upcoming_reading_when_a_due_date_has_no_year() {
        Frame f = read(
                "{\"intent\":\"project.create\",\"title\":\"Mobile App\",\"client\":\"Globex\",\"due_date\":\"March 3\"}",
                "new project Mobile App for client Globex, due March 3");

        assertThat(f.slots()).containsEntry("due_date", LocalDate.parse("2027-03-03"));
    }

    @Test
    void should_accept_an_account_name_the_phrase_only_half_says() {
        Frame f = read("{\"intent\":\"client.show\",\"client\":\"Stark Industries\"}", "what does stark owe me");

        assertThat(f.slots()).containsEntry("client", "Stark Industries");
        assertThat(f.confidence()).isEqualTo(ProposalReader.DEFAULT_CONFIDENCE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a name the phrase never says, even though it is an account name
                "{\"intent\":\"client.show\",\"client\":\"Globex Inc\"}|what does stark owe me",
                // a duration the phrase does not state
                "{\"intent\":\"time.log\",\"duration\":\"4 hours\",\"target\":\"Acme\"}|log 3 hours on Acme",
                // a day the phrase does not state
                "{\"intent\":\"time.log\",\"duration\":\"3 hours\",\"date\":\"2026-11-01\"}|log 3 hours",
                // an amount the phrase does not state
                "{\"intent\":\"payment.record\",\"invoice\":\"42\",\"amount\":\"$500\"}|mark invoice 42 as paid",
            })
    void should_cap_the_confidence_when_a_value_is_not_in_the_phrase(String answer, String phrase) {
        Frame f = read(answer, phrase);

        assertThat(f.confidence()).isEqualTo(ProposalReader.UNSUPPORTED_CAP);
    }

    @Test
    void should_take_a_single_day_as_both_ends_when_a_list_is_asked_for_one_day() {
        Frame f = read("{\"intent\":\"time.list\",\"period\":\"yesterday\"}", "what did I work on yesterday");

        assertThat(f.slots())
                .containsEntry("date_from", LocalDate.parse("2026-11-23"))
                .containsEntry("date_to", LocalDate.parse("2026-11-23"));
    }

    @Test
    void should_drop_slots_the_intent_does_not_have_and_ignore_the_slots_of_unknown() {
        Frame known = read("{\"intent\":\"timer.stop\",\"client\":\"Acme\"}", "stop the timer for Acme");
        Frame unknown =
                read("{\"intent\":\"unknown\",\"client\":\"Acme\",\"confidence\":0.9}", "what's the weather at Acme");

        assertThat(known.slots()).isEmpty();
        assertThat(unknown.isUnknown()).isTrue();
        assertThat(unknown.slots()).isEmpty();
        assertThat(unknown.parser()).isEqualTo("llm");
    }

    @Test
    void should_set_which_latest_when_a_client_is_named_without_an_invoice_number() {
        Frame f = read("{\"intent\":\"invoice.show\",\"client\":\"Acme\"}", "show me Acme's last bill");

        assertThat(f.slots()).containsEntry("client", "Acme").containsEntry("which", "latest");
        assertThat(f.missing()).isEmpty();
    }

    @Test
    void should_leave_required_slots_missing_when_the_model_leaves_them_out() {
        Frame f = read("{\"intent\":\"time.log\",\"target\":\"Acme\"}", "put some time on Acme");

        assertThat(f.missing()).containsExactly("duration_minutes");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "",
                "I'm sorry, I can't help with that.",
                "[{\"intent\":\"timer.stop\"}]",
                "{\"intent\":\"timer.stop\"",
                "{\"confidence\":0.5}",
                "{\"intent\":\"timer.stop\",\"sql\":\"drop table invoices\"}",
                "{\"intent\":\"TIMER_STOP\"}",
                "{\"intent\":\"invoice.list\",\"older_than_days\":\"thirty\"}",
                "{\"intent\":\"invoice.list\",\"older_than_days\":30.5}",
                "{\"intent\":\"client.list\",\"has_outstanding\":\"yes\"}",
                "{\"intent\":\"timer.stop\",\"confidence\":7}",
                "{\"intent\":\"invoice.create\",\"client\":\"Acme\",\"lines\":[{\"description\":\"x\",\"quantity\":-2}]}",
                "{\"intent\":\"invoice.create\",\"client\":\"Acme\",\"lines\":[{\"description\":\"x\",\"price\":\"$5\"}]}",
                "{\"intent\":\"client.create\",\"organization\":\"Globex\",\"currency\":\"euros\"}",
                "{\"intent\":\"invoice.create\",\"client\":\"Acme\",\"due_in_days\":30,\"due_date\":\"2026-12-24\"}",
            })
    void should_reject_the_answer_when_it_is_off_schema(String answer) {
        assertThatThrownBy(() -> read(answer, "invoice Acme net 30 due December 24 for x, client Globex in euros"))
                .isInstanceOf(OffSchemaException.class)
                .hasMessageNotContaining("drop table");
    }

    @Test
    void should_find_the_object_when_the_model_talks_around_it() {
        assertThat(ProposalReader.jsonOf("Here you go:\n{\"intent\":\"timer.stop\"}\nAnything else?"))
                .isEqualTo("{\"intent\":\"timer.stop\"}");
        assertThat(ProposalReader.jsonOf("```JSON\n{\"intent\":\"timer.stop\"}\n```"))
                .isEqualTo("{\"intent\":\"timer.stop\"}");
    }
}
