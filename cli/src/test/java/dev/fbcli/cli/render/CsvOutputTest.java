package dev.fbcli.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code --csv} from the lists against the sandbox, loaded by Python's csv module (a reader that
 * is not ours): every row has the header's cells, numeric columns parse as numbers, currency
 * columns hold ISO codes and date columns ISO dates.
 */
class CsvOutputTest extends SandboxCliTest {
    /** Reads a CSV file with csv.DictReader and checks the named columns; prints the row count. */
    private static final String CHECK = String.join(
            "\n",
            "import csv, datetime, re, sys",
            "path, numeric, currency, dates = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]",
            "with open(path, newline='', encoding='utf-8') as f:",
            "    rows = list(csv.DictReader(f, strict=True))",
            "assert rows, 'no rows'",
            "for name in [c for c in numeric.split(',') if c]:",
            "    for r in rows:",
            "        assert name in r, 'no column ' + name",
            "        if r[name] != '':",
            "            float(r[name])",
            "for name in [c for c in currency.split(',') if c]:",
            "    for r in rows:",
            "        assert re.fullmatch('[A-Z]{3}', r[name]), name + '=' + r[name]",
            "for name in [c for c in dates.split(',') if c]:",
            "    for r in rows:",
            "        if r[name] not in ('', 'None'):",
            "            datetime.date.fromisoformat(r[name])",
            "for r in rows:",
            "    assert None not in r and None not in r.values(), 'ragged row ' + repr(r)",
            "print(len(rows))");

    @Test
    void invoiceListLoadsInPython() throws Exception {
        String rows = loaded(
                "invoice list",
                "id,client_id,amount,outstanding,days_outstanding,days_overdue",
                "amount_currency,outstanding_currency",
                "issued,due");
        assertThat(Integer.parseInt(rows)).isGreaterThan(3);
    }

    @Test
    void clientListLoadsInPython() throws Exception {
        loaded(
                "client list",
                "id,balances_outstanding,balances_overdue,balances_draft,balances_credit",
                "currency",
                "");
    }

    @Test
    void timeListLoadsInPython() throws Exception {
        loaded("time list --from 2026-11-01 --to 2026-11-30", "id,hours,duration_seconds", "", "date");
    }

    /** Every report's CSV loads in Python with its money columns as numbers (issue 20). */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "report profit-loss | income,cost_of_goods,expenses,net_profit,amount | currency,income_currency,net_profit_currency",
                "report revenue | count,invoiced,paid,outstanding | currency,invoiced_currency,paid_currency",
                "report payments | count,total | currency,total_currency",
                "report tax | total_invoiced | currency,total_invoiced_currency",
                "report aging | client_id,days_0_30,days_31_60,days_61_90,days_over_90,total,totals_total | currency,total_currency",
            })
    void everyReportLoadsInPython(String command, String numeric, String currency) throws Exception {
        assertThat(Integer.parseInt(loaded(command, numeric, currency, ""))).isPositive();
    }

    @Test
    void expenseListLoadsInPython() throws Exception {
        loaded("expense list", "id,amount,project_id,client_id", "amount_currency", "date");
    }

    @Test
    void cellsAreRawValuesNotDisplayStrings() {
        String csv = fb("invoice", "list", "--csv").out();
        assertThat(csv).startsWith("id,number,client,client_id,issued,due,amount,amount_currency,");
        assertThat(csv).contains("\r\n").doesNotContain("$").doesNotContain("nothing");
        assertThat(csv).contains(",2400.00,USD,");
        String clients = fb("client", "list", "--csv").out();
        assertThat(clients).doesNotContain("nothing").doesNotContain("$");
    }

    @Test
    void anExpenseWithNeitherProjectNorClientShowsNoHashZero() {
        CliRunner.Result r = fb("expense", "list");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContain("#0");
        String csv = fb("expense", "list", "--csv").out();
        assertThat(csv).contains(",15.99,USD,Software,Dropbox,,,");
    }

    @Test
    void jsonWithCsvIsAUsageError() {
        CliRunner.Result r = fb("invoice", "list", "--json", "--csv");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--json and --csv cannot be used together");
    }

    @Test
    void csvOnARecordIsAUsageError() {
        CliRunner.Result r = fb("invoice", "view", "0001", "--csv");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--csv prints the rows of a list").contains("shows no list");
    }

    @Test
    void csvOnAWriteIsRefusedBeforeAnythingChanges() {
        int before = timeEntries();
        CliRunner.Result r = fb("time", "log", "--duration", "1h", "--target", "Acme", "--yes", "--csv");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("makes a change; nothing was changed");
        assertThat(timeEntries()).isEqualTo(before);
    }

    @Test
    void csvOnACommandWithoutListsIsAUsageError() {
        CliRunner.Result r = fb("auth", "status", "--csv");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("`fb auth status` shows no list");
    }

    @Test
    void noResultsKeepsItsNoteOnStderrWhenPiped() {
        CliRunner.Result r = fb("expense", "list", "--vendor", "Nobody At All");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("No expenses match.");
        CliRunner.Result csv = fb("expense", "list", "--vendor", "Nobody At All", "--csv");
        assertThat(csv.out()).isEqualTo(header("expense list") + "\r\n");
        assertThat(csv.err()).contains("No expenses match.");
    }

    /** Reads a CSV file with csv.reader; prints its header and how many rows follow it. */
    private static final String HEADER = String.join(
            "\n",
            "import csv, sys",
            "with open(sys.argv[1], newline='', encoding='utf-8') as f:",
            "    rows = list(csv.reader(f, strict=True))",
            "assert rows, 'not even a header'",
            "print(','.join(rows[0]))",
            "print(len(rows) - 1)");

    /** An empty list's CSV is its header row alone, the same columns as when it has rows, and loads in Python. */
    @Test
    void anEmptyListPrintsItsHeaderRow() throws Exception {
        List<String[]> lists = List.of(
                new String[] {"expense list --vendor Nobody", "expense list"},
                new String[] {"invoice list --client Wayne --status paid", "invoice list"},
                new String[] {
                    "time list --from 2020-01-01 --to 2020-01-31", "time list --from 2026-11-01 --to 2026-11-30"
                },
                new String[] {"payment list --client Wayne", "payment list"});
        for (String[] l : lists) {
            String[] empty = python(l[0], HEADER).split("\n");
            String[] full = python(l[1], HEADER).split("\n");
            assertThat(empty[1].strip()).as(l[0] + " has no rows").isEqualTo("0");
            assertThat(full[1].strip()).as(l[1] + " has rows").isNotEqualTo("0");
            assertThat(empty[0]).as(l[0]).isEqualTo(full[0]).startsWith("id,");
        }
    }

    private String header(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--csv");
        return fb(args.toArray(String[]::new)).out().lines().findFirst().orElse("");
    }

    /** {@code fb <command> --csv} run through a Python script; what it prints. */
    private String python(String command, String code) throws Exception {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--csv");
        CliRunner.Result r = fb(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(command + ": " + r.err()).isZero();
        Path file = home.resolve("list.csv");
        Files.writeString(file, r.out(), StandardCharsets.UTF_8);
        Path script = home.resolve("header.py");
        Files.writeString(script, code, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", script.toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(command + ": " + output + "\n" + r.out()).isZero();
        return output.strip();
    }

    private String loaded(String command, String numeric, String currency, String dates) throws Exception {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--csv");
        CliRunner.Result r = fb(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path file = home.resolve("out.csv");
        Files.writeString(file, r.out(), StandardCharsets.UTF_8);
        Path script = home.resolve("check.py");
        Files.writeString(script, CHECK, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", script.toString(), file.toString(), numeric, currency, dates)
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output + "\n" + r.out()).isZero();
        return output.strip();
    }

    private int timeEntries() {
        try (SandboxInspector s = inspect()) {
            return s.client()
                    .timeEntries()
                    .list(TimeEntryQuery.empty())
                    .toList()
                    .size();
        }
    }
}
