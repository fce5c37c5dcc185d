package dev.fbcli.cli.once;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.auth.TokenProvider;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.sandbox.SandboxServer;
import dev.fbcli.sandbox.chaos.FaultSpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code fb} in its own JVM, talking to a sandbox served apart (as `fb sandbox serve`
 * does) that takes its time to answer, is killed with SIGKILL while its create is in flight, then
 * the same command is run again: the record is there exactly once, and journaled once.
 */
class OnceKillIT {
    private static final String TOKEN = "once-kill-test-token";

    @TempDir
    Path home;

    private SandboxServer serve(String faults) throws IOException {
        return SandboxServer.builder()
                .dataDir(home.resolve("server"))
                .accessToken(TOKEN)
                .faults(FaultSpec.parse(faults))
                .start();
    }

    @Test
    void should_leave_one_invoice_of_8_lines_when_killed_during_its_create_and_run_again() throws Exception {
        // given
        List<String> args = new ArrayList<>(List.of("--yes", "invoice", "create", "--client", "Globex"));
        for (int i = 1; i <= 8; i++) {
            args.add("--line");
            args.add("Line " + i + " ox-kill-inv:" + i + ":" + (10 * i));
        }

        // when
        String rerun = killDuringCreateThenRunAgain(args);

        // then
        try (SandboxServer s = serve("")) {
            FreshBooksClient c = client(s);
            long invoices = c.invoices().list(InvoiceQuery.empty().withIncludeLines(true)).stream()
                    .filter(inv -> inv.lines().stream().anyMatch(l -> l.name().contains("ox-kill-inv")))
                    .filter(inv -> inv.visState() == null || inv.visState() == 0)
                    .count();
            assertThat(invoices).as(rerun).isEqualTo(1);
            c.close();
        }
        assertThat(journalEntries()).isEqualTo(1);
    }

    @Test
    void should_leave_one_payment_when_killed_during_it_and_run_again() throws Exception {
        // when
        String rerun = killDuringCreateThenRunAgain(List.of("--yes", "payment", "record", "0004", "--amount", "3.33"));

        // then
        try (SandboxServer s = serve("")) {
            FreshBooksClient c = client(s);
            long invoice = c.invoices()
                    .list(InvoiceQuery.empty().withInvoiceNumber("0004"))
                    .toList()
                    .get(0)
                    .id();
            assertThat(Marked.payments(c, invoice)).as(rerun).containsEntry(new BigDecimal("3.33"), 1);
            c.close();
        }
        assertThat(journalEntries()).isEqualTo(1);
    }

    /** Runs {@code args}, kills it once its write is journaled and sent, runs it again; returns the rerun's stderr. */
    private String killDuringCreateThenRunAgain(List<String> args) throws Exception {
        String killedAt;
        try (SandboxServer slow = serve("latency=800")) {
            Process p = start(slow, args, "killed");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!journal().contains("\"attempt\"")) {
                assertThat(p.isAlive())
                        .as("fb ended before it sent the write: " + Files.readString(home.resolve("killed.err")))
                        .isTrue();
                assertThat(System.nanoTime())
                        .as("fb journaled its write in time")
                        .isLessThan(deadline);
                Thread.sleep(2);
            }
            Thread.sleep(150); // the request is in flight: the server holds it for 800 ms, then applies it
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no answer read
            p.waitFor();
            killedAt = journal();
            Thread.sleep(1500); // the server finishes the request it got
        }
        assertThat(killedAt).as("killed before the write was journaled done").doesNotContain("\"record_id\"");
        try (SandboxServer again = serve("")) {
            Process p = start(again, args, "rerun");
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
            String err = Files.readString(home.resolve("rerun.err"));
            String out = Files.readString(home.resolve("rerun.out"));
            assertThat(p.exitValue()).as(err).isZero();
            System.out.println("rerun after kill -9 (" + String.join(" ", args.subList(1, 3)) + "): "
                    + (out + err).strip().replace('\n', ' '));
            return out + err;
        }
    }

    private Process start(SandboxServer s, List<String> args, String name) throws IOException {
        Path jar = Path.of("target", "fb.jar").toAbsolutePath();
        assertThat(jar).as("run after `package`").exists();
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().clear();
        pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        pb.environment().put("HOME", home.resolve("user-home").toString());
        pb.environment().put("FB_HOME", home.resolve("fb").toString());
        pb.environment().put("NO_COLOR", "1");
        pb.environment().put("FRESHBOOKS_API_URL", s.baseUri().toString());
        pb.environment().put("FRESHBOOKS_TOKEN", TOKEN);
        pb.redirectOutput(home.resolve(name + ".out").toFile());
        pb.redirectError(home.resolve(name + ".err").toFile());
        return pb.start();
    }

    private static FreshBooksClient client(SandboxServer s) {
        return FreshBooksClient.builder()
                .baseUrl(s.baseUri())
                .allowLoopback(true)
                .tokenProvider(TokenProvider.of(s::accessToken))
                .clock(Clock.systemUTC())
                .build();
    }

    private String journal() throws IOException {
        Path f = home.resolve("fb/state/journal/writes.jsonl");
        return Files.exists(f) ? new String(Files.readAllBytes(f), StandardCharsets.UTF_8) : "";
    }

    private long journalEntries() throws IOException {
        Matcher m = Pattern.compile("\"record_id\"").matcher(journal());
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
