package dev.fbcli.cli.once;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.auth.TokenProvider;
import dev.fbcli.freshbooks.model.ClientQuery;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.ProjectQuery;
import dev.fbcli.freshbooks.model.TimeEntryDraft;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import dev.fbcli.sandbox.SandboxServer;
import dev.fbcli.sandbox.chaos.FaultSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: the packaged {@code fb} invoices a client's unbilled time against a sandbox served
 * apart that takes its time to answer, and is killed with SIGKILL after the invoice is made and
 * before the last time entry is marked billed. The same command run again makes no second invoice
 * and marks the rest: one invoice, every entry it took billed, and a third run finds nothing.
 */
class TimeBillKillIT {
    private static final String TOKEN = "time-bill-kill-test-token";
    private static final List<String> ARGS = List.of("--yes", "invoice", "create", "--client", "Acme", "--from-time");

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
    void should_leave_one_invoice_and_every_entry_billed_when_killed_while_marking_and_run_again() throws Exception {
        // given: Acme has six more billable hours on Website Redesign, in six entries
        long acme;
        try (SandboxServer s = serve("")) {
            FreshBooksClient c = client(s);
            acme = c.clients().list(ClientQuery.empty()).stream()
                    .filter(x -> "Acme Corp".equals(x.organization()))
                    .findFirst()
                    .orElseThrow()
                    .id();
            long project = c.projects().list(ProjectQuery.empty()).stream()
                    .filter(p -> "Website Redesign".equals(p.title()))
                    .findFirst()
                    .orElseThrow()
                    .id();
            Instant start = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            for (int i = 0; i < 6; i++) {
                c.timeEntries()
                        .create(TimeEntryDraft.logged(start.plus(i, ChronoUnit.HOURS), 3600)
                                .withClientId(acme)
                                .withProjectId(project)
                                .withBillable(true)
                                .withNote("kill-bill " + i));
            }
            c.close();
        }
        List<Long> toBill;
        try (SandboxServer s = serve("")) {
            FreshBooksClient c = client(s);
            toBill = unbilled(c, acme);
            c.close();
        }
        assertThat(toBill).hasSizeGreaterThanOrEqualTo(6);

        // when: killed once the invoice is journaled, while the entries are being marked (every request takes 400 ms)
        try (SandboxServer slow = serve("latency=400")) {
            Process p = start(slow, "killed");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!journal().contains("\"record_id\"")) {
                assertThat(p.isAlive())
                        .as("fb ended before it made the invoice: " + Files.readString(home.resolve("killed.err")))
                        .isTrue();
                assertThat(System.nanoTime()).as("fb made the invoice in time").isLessThan(deadline);
                Thread.sleep(2);
            }
            Thread.sleep(1200); // one or two entries are marked (a GET and a PUT each, 400 ms apiece)
            p.destroyForcibly(); // SIGKILL
            p.waitFor();
            Thread.sleep(1000); // the server finishes what it got
        }
        List<Long> leftAfterKill;
        try (SandboxServer s = serve("")) {
            FreshBooksClient c = client(s);
            assertThat(marked(c, acme))
                    .as("the invoice was made before the kill")
                    .hasSize(1);
            leftAfterKill = unbilled(c, acme);
            c.close();
        }
        assertThat(leftAfterKill)
                .as("killed before the last entry was marked billed")
                .isNotEmpty();

        // when: the same command again
        String rerun = run("rerun");

        // then: no second invoice, and every entry it took is billed
        assertThat(rerun).contains("Finish invoice").doesNotContain("Created draft invoice");
        try (SandboxServer s = serve("")) {
            FreshBooksClient c = client(s);
            List<InvoiceDto> invoices = marked(c, acme);
            assertThat(invoices).as(rerun).hasSize(1);
            Set<Long> onInvoice = ids(invoices.get(0).notes());
            assertThat(onInvoice).containsExactlyInAnyOrderElementsOf(toBill);
            for (Long id : onInvoice) {
                assertThat(c.timeEntries().get(id).billed())
                        .as("entry %s billed", id)
                        .isTrue();
            }
            assertThat(unbilled(c, acme)).isEmpty();
            c.close();
        }

        // and: a third run has nothing to bill
        assertThat(run("third")).contains("Nothing to bill");
    }

    private String run(String name) throws Exception {
        try (SandboxServer s = serve("")) {
            Process p = start(s, name);
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
            String all = Files.readString(home.resolve(name + ".out")) + Files.readString(home.resolve(name + ".err"));
            assertThat(p.exitValue()).as(all).isZero();
            return all;
        }
    }

    private static List<Long> unbilled(FreshBooksClient c, long client) {
        return c.timeEntries().list(TimeEntryQuery.empty().withTeam(true).withClientId(client)).stream()
                .filter(e -> Boolean.TRUE.equals(e.billable()) && !Boolean.TRUE.equals(e.billed()))
                .map(TimeEntryDto::id)
                .toList();
    }

    /** The client's invoices (not deleted) whose notes name time entries. */
    private static List<InvoiceDto> marked(FreshBooksClient c, long client) {
        return c.invoices().list(InvoiceQuery.empty().withCustomerId(client)).stream()
                .filter(i -> i.visState() == null || i.visState() == 0)
                .filter(i -> !ids(i.notes()).isEmpty())
                .toList();
    }

    private static Set<Long> ids(String notes) {
        Matcher m = Pattern.compile("\\(time entries ([0-9, ]+)\\)").matcher(notes == null ? "" : notes);
        return m.find()
                ? Pattern.compile(", ")
                        .splitAsStream(m.group(1))
                        .map(Long::valueOf)
                        .collect(Collectors.toSet())
                : Set.of();
    }

    private Process start(SandboxServer s, String name) throws IOException {
        Path jar = Path.of("target", "fb.jar").toAbsolutePath();
        assertThat(jar).as("run after `package`").exists();
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        cmd.addAll(ARGS);
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
}
