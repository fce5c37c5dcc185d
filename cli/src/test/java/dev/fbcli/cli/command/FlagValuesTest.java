package dev.fbcli.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Flag values are read by picocli converters: a good value means what the same words mean in a
 * phrase, a bad one is one line that names the flag (exit 2), on the command line and in a batch
 * file alike, and nothing is written.
 */
class FlagValuesTest extends SandboxCliTest {

    private void refused(String message, String... args) {
        Result r = fb(args);
        assertThat(r.exitCode()).as("stderr: %s", r.err()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fb: " + message + "\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void a_bad_value_is_one_line_that_names_the_flag() {
        refused(
                "--duration '4x' is not a duration of up to 24h (for example 3h, 1h30m, 1:30, 45m)",
                "--yes",
                "time",
                "log",
                "--duration",
                "4x",
                "--on",
                "Acme");
        refused(
                "--date 'notaday' is not a day (YYYY-MM-DD, today, yesterday, friday...)",
                "--yes",
                "time",
                "log",
                "-d",
                "2h",
                "--date",
                "notaday");
        refused("--start '25:99' is not a time of day (HH:MM)", "--yes", "time", "log", "-d", "2h", "--start", "25:99");
        refused(
                "--amount 'abc' is not an amount (for example 45, 12.50, $1,200, 300 CAD)",
                "--yes",
                "expense",
                "add",
                "--amount",
                "abc",
                "--category",
                "travel");
        refused(
                "--line 'Logo:x:500': the quantity 'x' is not a positive number",
                "--yes",
                "invoice",
                "create",
                "--client",
                "Acme",
                "--line",
                "Logo:x:500");
        refused(
                "--line 'lots' is not an amount (for example 45, 12.50, $1,200, 300 CAD)",
                "--yes",
                "invoice",
                "create",
                "--client",
                "Acme",
                "--line",
                "Logo:1:lots");
        refused(
                "--currency 'zz' is not an ISO 4217 code (USD, EUR, CAD...)",
                "--yes",
                "invoice",
                "create",
                "--client",
                "Acme",
                "--line",
                "Logo:1:500",
                "--currency",
                "zz");
        refused(
                "--from 'someday' is not a day (YYYY-MM-DD, today, yesterday, friday...)",
                "time",
                "list",
                "--from",
                "someday");
        try (SandboxInspector s = inspect()) {
            assertThat(s.client().timeEntries().list(TimeEntryQuery.empty()).toList())
                    .noneMatch(e -> e.createdAt() != null && e.createdAt().startsWith("2026-11-24"));
        }
    }

    @Test
    void a_good_value_reads_like_the_same_words_in_a_phrase() {
        Result r = fb("--yes", "time", "log", "-d", "1:30", "--on", "Acme", "--date", "yesterday", "--start", "8:15");

        assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
        assertThat(r.err()).contains("Log 1h 30m on Website Redesign (Acme Corp), Mon Nov 23 from 08:15");
        try (SandboxInspector s = inspect()) {
            TimeEntryDto made = s.client().timeEntries().list(TimeEntryQuery.empty()).toList().stream()
                    .filter(e -> e.duration() != null && e.duration() == 5400)
                    .findFirst()
                    .orElseThrow();
            assertThat(made.startedAt()).startsWith("2026-11-23T13:15");
        }
    }

    @Test
    void an_invoice_in_another_currency_takes_it_on_every_amount() {
        Result r = fb("--yes", "invoice", "create", "--client", "Acme", "--line", "Logo:2:250", "--currency", "eur");

        assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
        assertThat(r.err()).contains("2 × Logo at 250.00 EUR = 500.00 EUR").doesNotContain("$");
        try (SandboxInspector s = inspect()) {
            assertThat(s.client().invoices().list(InvoiceQuery.empty()).toList())
                    .anyMatch(i -> i.currencyCode() != null && i.currencyCode().equals("EUR"));
        }
    }

    @Test
    void a_batch_line_with_a_bad_value_is_a_problem_of_that_line() throws Exception {
        Path file = home.resolve("lines.txt");
        Files.writeString(file, "time log --duration 2h --on Acme\ntime log --duration 4x --on Acme\n");

        Result r = fb("--yes", "batch", file.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains("line 2: --duration '4x' is not a duration of up to 24h (for example 3h, 1h30m, 1:30, 45m)\n"
                        + "fb: 1 problem in " + file + "; nothing was written");
    }
}
