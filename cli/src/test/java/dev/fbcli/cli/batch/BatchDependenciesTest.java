package dev.fbcli.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.ProjectDto;
import dev.fbcli.freshbooks.model.ProjectQuery;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Batch lines that depend on earlier lines, and FreshBooks answers that pass on their own, while checking. */
class BatchDependenciesTest extends SandboxCliTest {

    private Path file(String... lines) throws IOException {
        Path f = home.resolve("batch-" + System.nanoTime() + ".txt");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private List<TimeEntryDto> entries() {
        try (SandboxInspector s = inspect()) {
            return s.client()
                    .timeEntries()
                    .list(TimeEntryQuery.empty().withIncludeUnlogged(true))
                    .toList();
        }
    }

    @Test
    void should_check_lines_that_use_what_earlier_lines_make_when_they_run() throws IOException {
        // given: a client named later by a shorter form, a project used on the next line, a timer
        // started then stopped
        Path f = file(
                "add client Foo Industries",
                "log 1h on Foo - dep-1",
                "fb project create 'Zeta Launch' --client 'Foo Industries'",
                "log 2h on Zeta Launch - dep-2",
                "fb timer start --project 'Zeta Launch' --note dep-3",
                "fb timer stop");

        // when
        Result dry = fb("--dry-run", "batch", f.toString());
        Result run = fb("--yes", "batch", f.toString());

        // then
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        long zeta;
        try (SandboxInspector s = inspect()) {
            List<ProjectDto> projects = s.client().projects().list(ProjectQuery.empty()).stream()
                    .filter(p -> p.title().equals("Zeta Launch"))
                    .toList();
            assertThat(projects).hasSize(1);
            zeta = projects.get(0).id();
        }
        TimeEntryDto foo = entries().stream()
                .filter(e -> "dep-1".equals(e.note()))
                .findFirst()
                .orElseThrow();
        TimeEntryDto onZeta = entries().stream()
                .filter(e -> "dep-2".equals(e.note()))
                .findFirst()
                .orElseThrow();
        TimeEntryDto timer = entries().stream()
                .filter(e -> "dep-3".equals(e.note()))
                .findFirst()
                .orElseThrow();
        assertThat(foo.clientId()).isEqualTo(onZeta.clientId());
        assertThat(onZeta.projectId()).isEqualTo(zeta);
        assertThat(timer.running()).isFalse();
    }

    @Test
    void should_not_resolve_a_name_an_earlier_line_creates_to_another_record_that_exists() throws IOException {
        // given: "Website" would match the existing "Website Redesign" by its first word
        Path f = file("fb project create Website --client Acme", "log 1h on Website - dep-4");

        // when
        Result run = fb("--yes", "batch", f.toString());

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        long website;
        try (SandboxInspector s = inspect()) {
            website = s.client().projects().list(ProjectQuery.empty()).stream()
                    .filter(p -> p.title().equals("Website"))
                    .findFirst()
                    .orElseThrow()
                    .id();
        }
        assertThat(entries().stream()
                        .filter(e -> "dep-4".equals(e.note()))
                        .findFirst()
                        .orElseThrow()
                        .projectId())
                .isEqualTo(website);
    }

    @Test
    void should_retry_an_error_fresh_books_answers_inside_a_200_while_checking() throws IOException {
        // given: a fifth of the accounting reads answer HTTP 200 with errno 1003
        Path f = file(
                "fb expense add --amount 11.25 --category 'Office Supplies' --vendor dep-5 --date 2026-11-20",
                "invoice Globex $100 for item dep-6",
                "show unpaid invoices",
                "fb client create 'Dep Seven Co'");

        // when
        Result run = runner().env("FB_SANDBOX_FAULTS", "errors200=0.2,seed=11")
                .run("--sandbox", "--yes", "batch", f.toString());

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("fix the lines");
    }
}
