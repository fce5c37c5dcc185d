package dev.fbcli.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.model.ClientQuery;
import dev.fbcli.freshbooks.model.ExpenseQuery;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 240-line batch run by the packaged {@code fb} in its own JVM, killed with SIGKILL in the
 * middle (twice), then run again: every line must be in the sandbox exactly once. The same with
 * the sandbox injecting 429s, 500s and connection resets after applying a request.
 */
class BatchKillIT {
    private static final int LINES = 240;
    private static final Pattern MARK = Pattern.compile("\\bbl-(\\d+)\\b");

    @TempDir
    Path home;

    @Test
    void should_apply_every_line_exactly_once_when_killed_twice_and_run_again() throws Exception {
        // given
        Path file = batchFile();

        // when: killed twice, once a third of the lines are done, then once two thirds are
        Kill first = runAndKill(file, Map.of(), LINES / 3);
        Kill second = runAndKill(file, Map.of(), 2 * LINES / 3);
        Run last = run(file, Map.of());

        // then
        assertThat(first.doneAtKill()).isLessThan(LINES);
        assertThat(second.doneAtKill()).isGreaterThan(first.doneAtKill()).isLessThan(LINES);
        assertThat(last.exitCode()).as(last.err()).isZero();
        assertThat(last.err()).contains(LINES + " lines: ").contains(" 0 failed, 0 not run");
        System.out.printf(
                "kill-9 run: killed at %d and %d done lines (a line sent but not done at a kill: %s, %s)%n",
                first.doneAtKill(), second.doneAtKill(), first.sentNotDone(), second.sentNotDone());
        assertEveryLineOnce();
    }

    @Test
    void should_apply_every_line_exactly_once_when_the_sandbox_fails_requests_and_the_run_is_killed() throws Exception {
        // given
        Path file = batchFile();
        Map<String, String> faults = Map.of("FB_SANDBOX_FAULTS", "429=0.2,retry-after=0,500=0.1,reset=0.1,seed=3");

        // when
        runAndKill(file, faults, LINES / 2);
        Run last = null;
        for (int i = 0; i < 6 && (last == null || last.exitCode() != 0); i++) {
            last = run(file, faults);
        }

        // then
        assertThat(last.exitCode()).as(last.err()).isZero();
        assertEveryLineOnce();
    }

    // ------------------------------------------------------------------ the file

    /** Time entries, expenses, invoices and clients, half as phrases, half as commands; each marked bl-N. */
    private Path batchFile() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# " + LINES + " lines, each making one record marked bl-<n>");
        for (int i = 0; i < LINES; i++) {
            boolean phrase = (i / 4) % 2 == 0;
            int day = 1 + (i / 4) % 28;
            switch (i % 4) {
                case 0:
                    lines.add(
                            phrase
                                    ? "log 1.5 hours on Acme on Oct " + day + " - bl-" + i
                                    : String.format(
                                            "fb time log --duration 45m --project 'Website Redesign' --date 2026-10-%02d --start %02d:%02d --note bl-%d",
                                            day, 8 + i % 10, (i * 7) % 60, i));
                    break;
                case 1:
                    lines.add(
                            phrase
                                    ? "add a $" + (10 + i) + ".50 expense for office supplies at bl-" + i + " on Oct 5"
                                    : "fb expense add --amount " + (20 + i)
                                            + ".25 --category 'Office Supplies' --vendor bl-" + i
                                            + " --date 2026-10-06");
                    break;
                case 2:
                    lines.add(
                            phrase
                                    ? "invoice Globex $" + (100 + i) + " for item bl-" + i
                                    : "fb invoice create --client Acme --line 'Item bl-" + i + ":2:" + (50 + i) + "'");
                    break;
                default:
                    lines.add(phrase ? "add client Batch Co bl-" + i : "fb client create 'Batch Co bl-" + i + "'");
            }
            if (i % 50 == 49) {
                lines.add("");
            }
        }
        Path f = home.resolve("month.txt");
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    private void assertEveryLineOnce() {
        Map<String, Integer> seen = new HashMap<>();
        try (SandboxInspector s = new SandboxInspector(home, Clock.systemUTC())) {
            FreshBooksClient c = s.client();
            c.timeEntries().list(TimeEntryQuery.empty()).forEach(e -> mark(seen, "time", e.note()));
            c.expenses().list(ExpenseQuery.empty()).forEach(e -> mark(seen, "expense", e.vendor()));
            c.invoices().list(InvoiceQuery.empty().withIncludeLines(true)).forEach(inv -> inv.lines()
                    .forEach(l -> mark(seen, "invoice", l.name())));
            c.clients().list(ClientQuery.empty()).forEach(x -> mark(seen, "client", x.organization()));
        }
        List<String> wrong = new ArrayList<>();
        String[] kinds = {"time", "expense", "invoice", "client"};
        for (int i = 0; i < LINES; i++) {
            String key = kinds[i % 4] + " " + i;
            int n = seen.getOrDefault(key, 0);
            if (n != 1) {
                wrong.add(key + " x" + n);
            }
        }
        assertThat(seen.values().stream().mapToInt(Integer::intValue).sum())
                .as("records marked bl-N")
                .isEqualTo(LINES);
        assertThat(wrong).as("lines not applied exactly once").isEmpty();
    }

    private static void mark(Map<String, Integer> seen, String kind, String text) {
        if (text == null) {
            return;
        }
        Matcher m = MARK.matcher(text);
        if (m.find()) {
            seen.merge(kind + " " + m.group(1), 1, Integer::sum);
        }
    }

    // ------------------------------------------------------------------ processes

    private record Run(int exitCode, String out, String err) {}

    private record Kill(int doneAtKill, boolean sentNotDone) {}

    private Process start(Path file, Map<String, String> env) throws IOException {
        Path jar = Path.of("target", "fb.jar").toAbsolutePath();
        assertThat(jar).as("run after `package`").exists();
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--sandbox",
                "--yes",
                "batch",
                "--keep-going",
                file.toString());
        pb.environment().put("FB_HOME", home.toString());
        pb.environment().put("NO_COLOR", "1");
        pb.environment().remove("FB_SANDBOX_FAULTS");
        pb.environment().putAll(env);
        pb.redirectOutput(home.resolve("out.txt").toFile());
        pb.redirectError(home.resolve("err.txt").toFile());
        return pb.start();
    }

    private Run run(Path file, Map<String, String> env) throws Exception {
        Process p = start(file, env);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("fb batch finished").isTrue();
        return new Run(
                p.exitValue(), Files.readString(home.resolve("out.txt")), Files.readString(home.resolve("err.txt")));
    }

    /** Starts a run and SIGKILLs it once {@code after} lines are done, preferably right after a write was sent. */
    private Kill runAndKill(Path file, Map<String, String> env, int after) throws Exception {
        Process p = start(file, env);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (p.isAlive() && System.nanoTime() < deadline) {
            List<String> journal = journal();
            int done = (int)
                    journal.stream().filter(l -> l.contains("\"t\":\"done\"")).count();
            boolean sentLast =
                    !journal.isEmpty() && journal.get(journal.size() - 1).contains("\"t\":\"sent\"");
            if (done >= after + 30 || (done >= after && sentLast)) {
                p.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
                p.waitFor();
                List<String> after2 = journal();
                int doneNow = (int) after2.stream()
                        .filter(l -> l.contains("\"t\":\"done\""))
                        .count();
                boolean pending =
                        !after2.isEmpty() && after2.get(after2.size() - 1).contains("\"t\":\"sent\"");
                return new Kill(doneNow, pending);
            }
            Thread.sleep(1);
        }
        throw new AssertionError(
                "the run ended before it could be killed: " + Files.readString(home.resolve("err.txt")));
    }

    private List<String> journal() throws IOException {
        Path dir = home.resolve("state").resolve("batch");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> j = files.filter(f -> f.toString().endsWith(".jsonl")).toList();
            if (j.isEmpty()) {
                return List.of();
            }
            return List.of(new String(Files.readAllBytes(j.get(0)), StandardCharsets.UTF_8).split("\n"));
        }
    }
}
