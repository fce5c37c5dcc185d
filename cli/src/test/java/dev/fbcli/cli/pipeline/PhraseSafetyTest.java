package dev.fbcli.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.ClientQuery;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import org.junit.jupiter.api.Test;

/** Ambiguity, unknown names, declined confirmations, --dry-run, scripts without --yes, not understood. */
class PhraseSafetyTest extends SandboxCliTest {

    private long timeEntries() {
        try (SandboxInspector s = inspect()) {
            return s.client().timeEntries().list(TimeEntryQuery.empty().withTeam(true)).stream()
                    .count();
        }
    }

    @Test
    void should_list_the_candidates_and_exit_2_when_a_name_is_ambiguous_in_a_script() {
        Result r = fb("--yes", "log 2 hours on Umbrella");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'Umbrella' matches several clients: Umbrella Corp, Umbrella Health");
        assertThat(timeEntries()).isEqualTo(10);
    }

    @Test
    void should_ask_which_one_when_a_name_is_ambiguous_at_a_terminal() {
        // when: the user picks 2) Umbrella Health, then confirms
        Result r = typing("2\ny\n", "log 2 hours on Umbrella");

        // then
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("Which Umbrella?")
                .contains("1) Umbrella Corp")
                .contains("2) Umbrella Health")
                .contains("Log 2h 00m on Umbrella Health");
        try (SandboxInspector s = inspect()) {
            assertThat(s.client()
                            .timeEntries()
                            .list(TimeEntryQuery.empty().withClientId(105L))
                            .toList())
                    .hasSize(1);
        }
    }

    @Test
    void should_suggest_names_and_change_nothing_when_a_client_is_unknown() {
        Result r = fb("--yes", "log 2h of design on Cyberdyne");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no project or client named 'Cyberdyne' in Northwind Studio");
        assertThat(timeEntries()).isEqualTo(10);
    }

    @Test
    void should_write_nothing_and_exit_3_when_the_user_declines() {
        Result r = typing("n\n", "log 3 hours of design on Acme");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("Go ahead? [Y/n/e]").contains("cancelled: nothing was changed");
        assertThat(timeEntries()).isEqualTo(10);
    }

    @Test
    void should_refuse_a_write_without_yes_when_there_is_no_terminal() {
        Result r = fb("log 3 hours of design on Acme");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("pass --yes");
        assertThat(timeEntries()).isEqualTo(10);
    }

    @Test
    void should_print_the_request_and_send_nothing_on_a_dry_run() {
        Result r = fb("--dry-run", "add client Globex Two, hank2@globex.com");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("dry run: would send POST /accounting/account/NWS77/users/clients")
                .contains("\"organization\":\"Globex Two\"")
                .contains("\"email\":\"hank2@globex.com\"");
        try (SandboxInspector s = inspect()) {
            assertThat(s.client().clients().list(ClientQuery.empty()).toList()).hasSize(8);
        }
    }

    @Test
    void should_exit_2_with_what_fb_can_do_when_a_phrase_is_not_understood() {
        Result r = fb("what's the weather in Paris");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains("I did not understand 'what's the weather in Paris'")
                .contains("I can log time");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void should_say_why_when_the_parser_refused_a_phrase_and_write_nothing() {
        long before;
        try (SandboxInspector s = inspect()) {
            before = s.client().timeEntries().list(TimeEntryQuery.empty()).stream()
                    .count();
        }
        Result voided = fb("void invoice 0003");
        Result negated = fb("--yes", "we did not work 5 hours on Apollo on Monday");
        Result field = fb("--yes", "log_time hours=-2 client=Acme");

        assertThat(voided.exitCode()).isEqualTo(2);
        assertThat(voided.err())
                .contains("cannot do 'void invoice 0003': fb cannot void an invoice")
                .contains("nothing was changed");
        assertThat(negated.exitCode()).isEqualTo(2);
        assertThat(negated.err()).contains("this says it was not done");
        assertThat(field.exitCode()).isEqualTo(2);
        assertThat(field.err()).contains("negative");
        try (SandboxInspector s = inspect()) {
            assertThat(s.client().timeEntries().list(TimeEntryQuery.empty()).stream()
                            .count())
                    .isEqualTo(before);
        }
    }

    @Test
    void should_ask_for_a_missing_duration_at_a_terminal() {
        Result r = typing("1h30m\ny\n", "log some design on Apollo");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("How long?").contains("Log 1h 30m of Design on Apollo");
    }

    @Test
    void should_say_what_is_missing_in_a_script() {
        Result r = fb("--yes", "log some design on Apollo");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("say how long");
    }

    @Test
    void should_read_a_command_word_followed_by_a_phrase_as_a_phrase() {
        Result r = fb("--dry-run", "invoice", "Acme", "$500", "for", "the", "logo");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("Create a draft invoice for Acme Corp: $500.00");
    }

    @Test
    void should_run_the_edited_line_when_the_user_chooses_edit() {
        Result r = typing("e\nlog 2 hours of design on Acme\ny\n", "log 3 hours of design on Acme");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("Log 3h 00m of Design").contains("Log 2h 00m of Design");
        assertThat(r.out()).contains("✓ Logged 2h 00m of Design").doesNotContain("Logged 3h");
        assertThat(timeEntries()).isEqualTo(11);
    }
}
