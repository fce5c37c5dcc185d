package dev.fbcli.cli.once;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.cli.CliRunner;
import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.cli.ShellWords;
import dev.fbcli.cli.render.Json;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault table of issue 13, rerun: 50 one-shot writes of every kind per fault profile against the
 * sandbox failing on purpose (the real command line, the real client, the real sandbox, in process),
 * each failed write run once more as fb's hint says; then the same as one batch file run (and run
 * once more if it failed). Every write must be in the account exactly once, and in the undo
 * journal exactly once.
 */
class FaultTableIT {
    private static final int WRITES = 50;

    @TempDir
    Path home;

    private int runs;

    static Stream<Arguments> profiles() {
        return Stream.of(
                Arguments.of("reset=0.4", "reset=0.4"),
                Arguments.of("reset=0.6, POST only", "reset=0.6,methods=POST"),
                Arguments.of("mixed", "429=0.1,retry-after=0,500=0.1,503=0.05,reset=0.15,errors200=0.1"));
    }

    private Result fb(String faults, List<String> args) {
        List<String> all = new ArrayList<>(List.of("--sandbox", "--yes"));
        all.addAll(args);
        CliRunner r = new CliRunner(home);
        if (faults != null) {
            r.env("FB_SANDBOX_FAULTS", faults + ",seed=" + (++runs * 7919L));
        }
        return r.run(all.toArray(String[]::new));
    }

    /** Write {@code i}: a time entry, an expense, an invoice, a client, a project or a payment, marked ox-i. */
    private static String write(int i) {
        switch (i % 6) {
            case 0:
                return "time log --duration 30m --project 'Website Redesign' --date 2026-11-20 --note ox-" + i;
            case 1:
                return "expense add --amount " + (10 + i) + ".25 --category 'Office Supplies' --vendor ox-" + i
                        + " --date 2026-11-19";
            case 2:
                return "invoice create --client Globex --line 'Item ox-" + i + ":2:" + (50 + i) + "'";
            case 3:
                return "client create 'Client ox-" + i + "'";
            case 4:
                return "project create 'Project ox-" + i + "' --client Initech";
            default:
                return "payment record 0004 --amount " + amount(i);
        }
    }

    private static String amount(int i) {
        return String.format("1.%02d", i);
    }

    @ParameterizedTest(name = "one-shot, {0}")
    @MethodSource("profiles")
    void should_make_every_one_shot_write_exactly_once(String name, String faults) {
        int ok = 0;
        int rerun = 0;
        int failedTwice = 0;
        for (int i = 1; i <= WRITES; i++) {
            List<String> args = ShellWords.split(write(i));
            Result first = fb(faults, args);
            if (first.exitCode() == 0) {
                ok++;
                continue;
            }
            rerun++;
            Result second = fb(faults, args);
            if (second.exitCode() != 0) {
                failedTwice++;
                System.out.printf(
                        "[%s] write %d failed twice: %s%n",
                        name, i, second.err().strip());
            }
        }
        Count c = count();
        System.out.printf(
                "fault table [%s] one-shot: %d ok at once, %d rerun, %d failed twice; duplicated %d, lost %d;"
                        + " journal entries %d for %d records%n",
                name, ok, rerun, failedTwice, c.duplicated, c.lost, c.journaled, WRITES);
        assertThat(c.duplicated).as("duplicated").isZero();
        assertThat(c.lost).as("lost").isZero();
        assertThat(c.journaled).as("undo journal entries").isEqualTo(WRITES);
        assertThat(c.journalDuplicates).as("records journaled twice").isZero();
    }

    @ParameterizedTest(name = "batch, {0}")
    @MethodSource("profiles")
    void should_make_every_batch_line_exactly_once(String name, String faults) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= WRITES; i++) {
            lines.add("fb " + write(i));
        }
        Path file = home.resolve("table.txt");
        Files.write(file, lines, StandardCharsets.UTF_8);
        Result first = fb(faults, List.of("batch", "--keep-going", file.toString()));
        Result second = first.exitCode() == 0 ? null : fb(faults, List.of("batch", "--keep-going", file.toString()));
        Count c = count();
        System.out.printf(
                "fault table [%s] batch: first run exit %d%s; duplicated %d, lost %d; journal entries %d%n",
                name,
                first.exitCode(),
                second == null ? "" : ", second run exit " + second.exitCode(),
                c.duplicated,
                c.lost,
                c.journaled);
        assertThat(c.duplicated).as("duplicated").isZero();
        assertThat(c.lost)
                .as("lost: " + (second == null ? first : second).err())
                .isZero();
        assertThat(c.journaled).as("undo journal entries").isEqualTo(WRITES);
        assertThat(c.journalDuplicates).as("records journaled twice").isZero();
    }

    private record Count(int duplicated, int lost, int journaled, int journalDuplicates) {}

    private Count count() {
        Map<String, Integer> marks;
        Map<BigDecimal, Integer> payments;
        try (SandboxInspector s = new SandboxInspector(home, new CliRunner(home).clock())) {
            marks = Marked.count(s.client());
            long invoice = s.client()
                    .invoices()
                    .list(InvoiceQuery.empty().withInvoiceNumber("0004"))
                    .toList()
                    .get(0)
                    .id();
            payments = Marked.payments(s.client(), invoice);
        }
        int duplicated = 0;
        int lost = 0;
        for (int i = 1; i <= WRITES; i++) {
            int n = i % 6 == 5
                    ? payments.getOrDefault(new BigDecimal(amount(i)).stripTrailingZeros(), 0)
                    : marks.getOrDefault("ox-" + i, 0);
            duplicated += Math.max(0, n - 1);
            lost += n == 0 ? 1 : 0;
        }
        JsonNode journal = journal();
        Set<String> records = new HashSet<>();
        int twice = 0;
        for (JsonNode e : journal) {
            if (!records.add(e.path("kind").asText() + ":" + e.path("record_id").asText())) {
                twice++;
            }
        }
        return new Count(duplicated, lost, journal.size(), twice);
    }

    private JsonNode journal() {
        Result list = fb(null, List.of("--json", "undo", "--list"));
        assertThat(list.exitCode()).as(list.err()).isZero();
        try {
            return Json.MAPPER.readTree(list.out()).path("changes");
        } catch (IOException e) {
            throw new AssertionError(list.out(), e);
        }
    }
}
