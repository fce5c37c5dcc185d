package dev.fbcli.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.ClientDraft;
import dev.fbcli.freshbooks.model.ClientQuery;
import dev.fbcli.freshbooks.model.ExpenseQuery;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.ProjectQuery;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.Money;
import dev.fbcli.nlp.intent.NameRef;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14, item 1: a value fb would write differently from what was said is refused (exit 2,
 * naming it) and nothing is written, whatever produced the intent: a phrase, a hand-built intent
 * (as an LLM or an MCP client would hand it), a command. Read back over the API.
 */
class ValuesTest extends SandboxCliTest {

    /** How many time entries, expenses, invoices, projects and clients the account holds. */
    private List<Long> records() {
        try (SandboxInspector s = inspect()) {
            var c = s.client();
            return List.of(
                    c.timeEntries().list(TimeEntryQuery.empty().withTeam(true)).stream()
                            .count(),
                    c.expenses().list(ExpenseQuery.empty()).stream().count(),
                    c.invoices().list(InvoiceQuery.empty()).stream().count(),
                    c.projects().list(ProjectQuery.empty()).stream().count(),
                    c.clients().list(ClientQuery.empty()).stream().count());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "log -2 hours on Apollo | '-2' is negative",
                "invoice Acme $-100 for refund | '$-100' is negative",
                "spent -$40 on lunch | '-$40' is negative",
                "create a project Zeta for Acme with a -5 hour budget | '-5' is negative",
                "spent $1e309 on lunch | '1e309' is not an amount",
                "log from 9 to 9 on Acme | 'from 9 to 9' ends when it starts",
                "log 2 hours on Acme from 10:30am to 10:30 am | 'from 10:30am to 10:30 am' ends when it starts",
                "log 2 hours on Acme Feb 30 | 'Feb 30' is not a day on the calendar",
                "log 2 hours on Acme Nov 31 | 'Nov 31' is not a day on the calendar",
                "log 2 hours on Acme 2026-02-30 | '2026-02-30' is not a day on the calendar",
                "log 2 hours on Acme 0000-00-00 | '0000-00-00' is not a day on the calendar",
                "spent $40 on lunch on 30 February | '30 February' is not a day on the calendar",
            })
    void should_refuse_a_phrase_whose_value_would_be_written_otherwise(String phrase, String says) {
        List<Long> before = records();

        Result r = fb("--yes", phrase);

        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(says).contains("nothing was written");
        assertThat(records()).isEqualTo(before);
    }

    @Test
    void should_still_log_a_phrase_whose_values_are_fine() {
        Result r = fb("--yes", "log 2 hours on Acme Feb 28");

        assertThat(r.exitCode()).as(r.err()).isZero();
        try (SandboxInspector s = inspect()) {
            assertThat(s.client().timeEntries().list(TimeEntryQuery.empty().withTeam(true)).stream()
                            .filter(e -> e.startedAt().startsWith("2026-02-2"))
                            .count())
                    .isEqualTo(1);
        }
    }

    @Test
    void should_refuse_an_intent_with_a_zero_expense_whoever_built_it() {
        List<Long> before = records();

        IntentRun.Outcome o = IntentRun.script(
                home, clock, new Intent.CreateExpense(Money.of("0", null), "Meals", null, day(), null, null, null));

        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("cannot record an expense: the amount must be more than zero, not 0.00");
        assertThat(records()).isEqualTo(before);
    }

    @Test
    void should_refuse_an_intent_dated_in_a_year_no_record_has() {
        List<Long> before = records();

        IntentRun.Outcome o = IntentRun.script(
                home,
                clock,
                new Intent.LogTime(120, LocalDate.of(1, 1, 1), NameRef.target("Acme"), null, null, null, null));

        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("the date 0001-01-01 is not a day fb records (years 1900 to 2100)");
        assertThat(records()).isEqualTo(before);
    }

    @Test
    void should_refuse_a_payment_of_nothing() {
        List<Long> before = records();

        IntentRun.Outcome o = IntentRun.script(
                home, clock, new Intent.RecordPayment("0001", null, Money.of("0.00", null), null, null));

        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("the amount must be more than zero");
        assertThat(records()).isEqualTo(before);
    }

    @Test
    void should_refuse_a_client_name_with_control_characters_from_an_intent_and_from_the_command() {
        List<Long> before = records();

        IntentRun.Outcome o = IntentRun.script(
                home, clock, new Intent.CreateClient("Evil\u001b[2J Corp", null, null, null, null, null, null, null));
        Result r = fb("--yes", "client", "create", "--organization", "Bad\u202eCorp");

        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("the organization holds a control character (U+001B)");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("the organization holds a control character (U+202E)");
        assertThat(records()).isEqualTo(before);
    }

    /** Issue 14, item 2: a name from the account that would rewrite the terminal is shown escaped. */
    @Test
    void should_print_a_hostile_name_escaped_in_the_list_the_show_and_the_plan_card() {
        // given: Acme Corp renamed, outside fb, to a name that retitles the window, clears the screen
        // and reverses what follows
        try (SandboxInspector s = inspect()) {
            s.client()
                    .clients()
                    .update(101, ClientDraft.empty().withOrganization("Acme\u001b]0;x\u0007\u001b[2J\u202eCorp"));
        }
        String shown = "Acme\\x1B]0;x\\x07\\x1B[2J\\u202ECorp";

        Result list = fb("client", "list");
        Result show = fb("client", "show", "Acme");
        Result card = fb("--dry-run", "log 2 hours on Website Redesign");

        for (Result r : List.of(list, show, card)) {
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out() + r.err())
                    .contains(shown)
                    .doesNotContain("\u001b")
                    .doesNotContain("\u202e");
        }
        assertThat(card.err()).contains("Log 2h 00m on Website Redesign (" + shown + ")");
    }

    private LocalDate day() {
        return LocalDate.of(2026, 11, 24);
    }
}
