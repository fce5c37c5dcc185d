package dev.fbcli.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.ClientQuery;
import dev.fbcli.freshbooks.model.ExpenseQuery;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.PaymentDto;
import dev.fbcli.freshbooks.model.PaymentQuery;
import dev.fbcli.freshbooks.model.ProjectQuery;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import dev.fbcli.sandbox.SandboxServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** `fb batch` end to end against the in-process sandbox. */
class BatchTest extends SandboxCliTest {

    private Path file(String... lines) throws IOException {
        Path f = home.resolve("batch-" + System.nanoTime() + ".txt");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private List<TimeEntryDto> entries() {
        try (SandboxInspector s = inspect()) {
            return s.client().timeEntries().list(TimeEntryQuery.empty()).toList();
        }
    }

    private List<TimeEntryDto> entriesNoted(String note) {
        return entries().stream().filter(e -> note.equals(e.note())).toList();
    }

    @Test
    void should_report_every_problem_with_its_line_number_and_write_nothing_when_lines_are_bad() throws IOException {
        // given
        int before = entries().size();
        Path f = file(
                "# a comment",
                "log 2h on Acme - fine",
                "frobnicate the widgets",
                "log 2h on Nobody Inc",
                "fb sync",
                "log 3h on Umbrella",
                "fb time log --project 'Website Redesign'");

        // when
        Result r = fb("--yes", "batch", f.toString());

        // then
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err())
                .contains("line 3: I did not understand 'frobnicate the widgets'")
                .contains("line 4: no project or client named 'Nobody Inc'")
                .contains("line 5: `fb sync` cannot run inside a batch file")
                .contains("line 6: 'Umbrella' matches several clients")
                .contains("line 7: Missing required option")
                .contains("5 problems in " + f + "; nothing was written")
                .doesNotContain("line 2:");
        assertThat(entries()).hasSize(before);
        assertThat(home.resolve("state/journal/writes.jsonl")).doesNotExist();
    }

    @Test
    void should_print_the_plan_of_every_line_and_send_nothing_when_dry_run() throws IOException {
        // given
        int before = entries().size();
        Path f = file(
                "log 3 hours of design on Acme",
                "fb expense add --amount 45 --category 'Office Supplies' --vendor Staples",
                "show unpaid invoices");

        // when
        Result r = fb("--dry-run", "batch", f.toString());

        // then
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("line 1: Log 3h 00m of Design on Website Redesign (Acme Corp), Tue Nov 24, billable")
                .contains("→ fb time log --duration 3h --project 'Website Redesign' --service Design --date 2026-11-24")
                .contains("line 2: Record a $45.00 expense: Office Supplies at Staples")
                .contains("line 3: read: fb invoice list --status unpaid");
        assertThat(r.err()).contains("dry run: nothing was sent");
        assertThat(entries()).hasSize(before);

        // when
        Result json = fb("--dry-run", "--json", "batch", f.toString());

        // then: one JSON document, nothing else on stdout
        assertThat(json.out().strip())
                .startsWith("{")
                .endsWith("}")
                .contains("\"dry_run\" : true")
                .contains("\"status\" : \"write\"")
                .contains("\"command\" : \"fb time log --duration 3h");
        assertThat(entries()).hasSize(before);
    }

    @Test
    void should_ask_for_yes_when_no_one_can_answer_and_ask_once_at_a_terminal() throws IOException {
        // given
        Path f = file("log 1h on Acme - asked", "log 2h on Acme - asked");

        // when
        Result script = fb("batch", f.toString());
        Result declined = typing("n\n", "batch", f.toString());

        // then
        assertThat(script.exitCode()).isEqualTo(2);
        assertThat(script.err()).contains("pass --yes to run its 2 lines (2 changes)");
        assertThat(declined.exitCode()).isEqualTo(3);
        assertThat(declined.err()).contains("Run the batch? [Y/n]").contains("cancelled: nothing was changed");
        assertThat(entriesNoted("asked")).isEmpty();

        // when
        Result accepted = typing("y\n", "batch", f.toString());

        // then
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(entriesNoted("asked")).hasSize(2);
    }

    @Test
    void should_skip_done_lines_and_run_new_or_edited_ones_when_the_file_runs_again() throws IOException {
        // given
        Path f = file("log 1h on Acme - one", "log 1h on Acme - two", "log 1h on Acme - one");
        Result first = fb("--yes", "batch", f.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();

        // when: same file again
        Result again = fb("--yes", "batch", f.toString());

        // then
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("3 lines: 0 done, 3 skipped");
        assertThat(entriesNoted("one")).hasSize(2);
        assertThat(entriesNoted("two")).hasSize(1);

        // when: a line inserted above, one edited
        Files.writeString(
                f, "log 1h on Acme - zero\nlog 1h on Acme - one\nlog 1h on Acme - TWO\nlog 1h on Acme - one\n");
        Result edited = fb("--yes", "batch", f.toString());

        // then
        assertThat(edited.exitCode()).as(edited.err()).isZero();
        assertThat(edited.err()).contains("4 lines: 2 done, 2 skipped");
        assertThat(entriesNoted("zero")).hasSize(1);
        assertThat(entriesNoted("one")).hasSize(2);
        assertThat(entriesNoted("TWO")).hasSize(1);
    }

    @Test
    void should_stop_at_the_first_failed_line_unless_told_to_keep_going() throws IOException {
        // given: the second full payment of invoice 0003 finds nothing outstanding when it runs
        Path f = file("fb payment record 0003", "fb payment record 0003", "log 1h on Acme - after the failure");

        // when
        Result stop = fb("--yes", "batch", f.toString());

        // then
        assertThat(stop.exitCode()).as(stop.err()).isEqualTo(1);
        assertThat(stop.out())
                .containsPattern("1\\s+done\\s+Recorded a \\$1,900.00 payment on invoice 0003")
                .containsPattern("2\\s+failed\\s+invoice 0003 has nothing outstanding")
                .containsPattern("3\\s+not run");
        assertThat(entriesNoted("after the failure")).isEmpty();

        // when: the same kind of file, with --keep-going
        Path g = file("fb payment record 0004", "fb payment record 0004", "log 1h on Acme - kept going");
        Result keepGoing = fb("--yes", "batch", "--keep-going", g.toString());

        // then
        assertThat(keepGoing.exitCode()).as(keepGoing.err()).isEqualTo(1);
        assertThat(keepGoing.out())
                .containsPattern("1\\s+done")
                .containsPattern("2\\s+failed")
                .containsPattern("3\\s+done");
        assertThat(entriesNoted("kept going")).hasSize(1);

        // when: run again, the line that failed is now a problem found before anything is written
        Result again = fb("--yes", "batch", "--keep-going", g.toString());

        // then
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("line 2: invoice 0004 has nothing outstanding");
        try (SandboxInspector s = inspect()) {
            List<PaymentDto> payments = s.client()
                    .payments()
                    .list(PaymentQuery.empty().withInvoiceId(9003L))
                    .toList();
            assertThat(payments.stream()
                            .filter(p -> p.amount().amount().compareTo(new java.math.BigDecimal("1900")) == 0))
                    .hasSize(1);
        }
    }

    @Test
    void should_find_each_record_instead_of_making_it_twice_when_every_create_loses_its_answer() throws IOException {
        // given: every POST is applied, then the connection drops before the answer
        Path f = file(
                "fb time log --duration 45m --project 'Website Redesign' --date 2026-11-20 --note lost-1",
                "fb expense add --amount 12.34 --category 'Office Supplies' --vendor lost-2 --date 2026-11-20",
                "fb invoice create --client Acme --line 'Lost 3:2:75'",
                "fb client create 'Lost Four Ltd'",
                "fb project create 'Lost Five' --client Globex",
                "fb payment record 0002 --amount 100");

        // when
        Result r = runner().env("FB_SANDBOX_FAULTS", "reset=1,methods=POST")
                .run("--sandbox", "--yes", "batch", f.toString());

        // then
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.contains("found in FreshBooks after an interrupted attempt")))
                .hasSize(6);
        try (SandboxInspector s = inspect()) {
            var c = s.client();
            assertThat(c.timeEntries().list(TimeEntryQuery.empty()).stream().filter(e -> "lost-1".equals(e.note())))
                    .hasSize(1);
            assertThat(c.expenses().list(ExpenseQuery.empty()).stream().filter(e -> "lost-2".equals(e.vendor())))
                    .hasSize(1);
            List<InvoiceDto> invoices = c.invoices()
                    .list(InvoiceQuery.empty().withCustomerId(101L).withIncludeLines(true))
                    .toList();
            assertThat(invoices.stream()
                            .filter(i ->
                                    i.lines() != null && i.lines().stream().anyMatch(l -> "Lost 3".equals(l.name()))))
                    .hasSize(1);
            assertThat(c.clients().list(ClientQuery.empty()).stream()
                            .filter(x -> "Lost Four Ltd".equals(x.organization())))
                    .hasSize(1);
            assertThat(c.projects().list(ProjectQuery.empty()).stream().filter(p -> "Lost Five".equals(p.title())))
                    .hasSize(1);
            assertThat(c.payments().list(PaymentQuery.empty().withInvoiceId(9002L)).stream()
                            .filter(p -> p.amount().amount().compareTo(new java.math.BigDecimal("100")) == 0))
                    .hasSize(1);
        }
        // and each found record can be undone: the undo journal knows it
        assertThat(Files.readString(home.resolve("state/journal/writes.jsonl")))
                .contains("\"type\":\"delete\",\"kind\":\"client\"");
    }

    @Test
    void should_find_its_own_record_instead_of_making_it_twice_when_killed_after_the_undo_entry_before_done()
            throws IOException {
        // given: a run made each line's record and wrote its undo entry, then was killed before its
        // batch journal said the line was done (what a kill -9 between the two appends leaves; here
        // for every line at once, two of them the same line twice)
        Path f = file(
                "fb time log --duration 45m --project 'Website Redesign' --date 2026-11-20 --note stopped-1",
                "fb expense add --amount 12.34 --category 'Office Supplies' --vendor stopped-2 --date 2026-11-20",
                "fb invoice create --client Acme --line 'Stopped 3:2:75'",
                "fb client create 'Stopped Four Ltd'",
                "fb client create 'Twice Ltd'",
                "fb client create 'Twice Ltd'");
        Result first = fb("--yes", "batch", f.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        Path journal;
        try (Stream<Path> files = Files.list(home.resolve("state/batch"))) {
            journal = files.filter(p -> p.toString().endsWith(".jsonl"))
                    .findFirst()
                    .orElseThrow();
        }
        List<String> notDone = Files.readAllLines(journal, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.contains("\"t\":\"done\""))
                .toList();
        Files.write(journal, notDone, StandardCharsets.UTF_8);
        Path undo = home.resolve("state/journal/writes.jsonl");
        long undoEntries = Files.readAllLines(undo).stream()
                .filter(l -> l.contains("\"record_id\""))
                .count();

        // when
        Result again = fb("--yes", "batch", f.toString());

        // then: each line's own record is found, none is made again, and none is journaled twice
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out().lines().filter(l -> l.contains("found in FreshBooks after an interrupted attempt")))
                .hasSize(6);
        assertThat(entriesNoted("stopped-1")).hasSize(1);
        try (SandboxInspector s = inspect()) {
            var c = s.client();
            assertThat(c.expenses().list(ExpenseQuery.empty()).stream().filter(e -> "stopped-2".equals(e.vendor())))
                    .hasSize(1);
            assertThat(c
                            .invoices()
                            .list(InvoiceQuery.empty().withCustomerId(101L).withIncludeLines(true))
                            .stream()
                            .filter(i -> i.lines() != null
                                    && i.lines().stream().anyMatch(l -> "Stopped 3".equals(l.name()))))
                    .hasSize(1);
            assertThat(c.clients().list(ClientQuery.empty()).stream()
                            .filter(x -> "Stopped Four Ltd".equals(x.organization())))
                    .hasSize(1);
            assertThat(c.clients().list(ClientQuery.empty()).stream().filter(x -> "Twice Ltd".equals(x.organization())))
                    .hasSize(2);
        }
        assertThat(Files.readAllLines(undo).stream().filter(l -> l.contains("\"record_id\"")))
                .hasSize((int) undoEntries);
    }

    @Test
    void should_check_a_line_when_it_runs_when_it_names_a_client_an_earlier_line_creates() throws IOException {
        // given
        Path f = file("add client Foo Industries", "log 2h on Foo Industries - for foo");

        // when
        Result dry = fb("--dry-run", "batch", f.toString());
        Result r = fb("--yes", "batch", f.toString());

        // then
        assertThat(dry.out()).contains("line 2: checked when it runs: it names 'Foo Industries', which line 1 creates");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<TimeEntryDto> foo = entriesNoted("for foo");
        assertThat(foo).hasSize(1);
        try (SandboxInspector s = inspect()) {
            ClientDto client = s.client().clients().get(foo.get(0).clientId());
            assertThat(client.organization()).isEqualTo("Foo Industries");
        }
    }

    @Test
    void should_email_the_invoice_as_the_second_step_of_its_line() throws IOException {
        // given
        Path f = file("fb invoice create --client Acme --line 'Sent 1:1:300' --send");

        // when
        Result r = fb("--yes", "batch", f.toString());

        // then
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Created draft invoice 0011").contains("then Emailed invoice 0011 to");
        try (SandboxInspector s = inspect()) {
            InvoiceDto inv = s.client()
                    .invoices()
                    .list(InvoiceQuery.empty().withInvoiceNumber("0011"))
                    .toList()
                    .get(0);
            assertThat(inv.v3Status()).isNotIn("draft", "created");
        }
    }

    @Test
    void should_read_lines_from_standard_input_and_print_json_when_asked() {
        // when
        Result r = runner().stdin("log 1h on Acme - from stdin\nshow unpaid invoices\n")
                .run("--sandbox", "--yes", "--json", "batch", "-");

        // then
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("\"done\" : 2")
                .contains("\"status\" : \"done\"")
                .contains("\"records\" : [ \"time_entry:");
        assertThat(entriesNoted("from stdin")).hasSize(1);
    }

    @Test
    void should_never_write_a_token_in_the_journals() throws IOException {
        // given
        Path f = file("log 1h on Acme - plain note", "fb client create 'Token Test Ltd'");
        Result ran = fb("--yes", "batch", f.toString());
        assertThat(ran.exitCode()).as(ran.err()).isZero();
        String token;
        try (SandboxServer s = SandboxServer.builder()
                .dataDir(home.resolve("data"))
                .clock(clock)
                .start()) {
            token = s.accessToken();
        }

        // when
        String all;
        try (Stream<Path> files = Files.walk(home.resolve("state"))) {
            all = files.filter(Files::isRegularFile)
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .reduce("", String::concat);
        }

        // then
        assertThat(all).contains("Token Test Ltd").doesNotContain(token).doesNotContainIgnoringCase("bearer");
    }
}
