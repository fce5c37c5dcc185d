package dev.fbcli.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A batch's read lines are read once: the answer the check got is the one shown (and the check
 * asks each question once, however many lines ask it), unless a line before it wrote something,
 * in which case it is read again (and shows the write).
 */
class BatchReadsOnceTest extends SandboxCliTest {

    private Path file(String... lines) throws IOException {
        Path f = home.resolve("batch-" + System.nanoTime() + ".txt");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    /** How many API calls the debug trace shows for paths containing {@code path}. */
    private static long calls(Result r, String path) {
        return r.err()
                .lines()
                .filter(l -> l.contains("api: ") && l.contains(path))
                .count();
    }

    @Test
    void should_read_each_read_line_once_when_nothing_is_written_before_it() throws IOException {
        // given: the names cached, and one plain run of the read to compare with
        assertThat(fb("sync").exitCode()).isZero();
        Result single = fb("--debug", "expense", "list");
        assertThat(single.exitCode()).as(single.err()).isZero();
        long once = calls(single, "/expenses/expenses");
        assertThat(once).isPositive();

        // when
        Result r = fb(
                "--debug",
                "--yes",
                "batch",
                file("expense list", "expense list").toString());

        // then: read once for the two lines (the check asks each question once; the run shows its answers)
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(calls(r, "/expenses/expenses")).isEqualTo(once);
        assertThat(r.out()).contains(single.out().lines().findFirst().orElseThrow());
    }

    @Test
    void should_read_again_a_read_line_that_follows_a_write() throws IOException {
        // given
        assertThat(fb("sync").exitCode()).isZero();

        // when: the read comes after a line that adds an expense
        Result r = fb(
                "--yes",
                "batch",
                file("fb expense add --amount 12.34 --category 'Office Supplies' --vendor 'Paper Mill'", "expense list")
                        .toString());

        // then: the list shows the expense the line before it added
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Paper Mill");
    }

    @Test
    void should_read_the_days_entries_once_and_warn_only_the_line_of_the_same_target() throws IOException {
        // given: 2h logged on Umbrella Health a minute ago
        assertThat(fb("sync").exitCode()).isZero();
        assertThat(fb("--yes", "log 2h of design on Umbrella Health").exitCode())
                .isZero();
        clock.advance(java.time.Duration.ofMinutes(1));

        // when: a dry run of lines of the same day, on that client and on others, one of them twice
        Result r = fb(
                "--debug",
                "--dry-run",
                "batch",
                file(
                                "log 2h of design on Umbrella Health",
                                "log 2h of design on Wayne Enterprises",
                                "log 2h of design on Acme",
                                "log 3h of design on Umbrella Health",
                                "log 2h of design on Umbrella Health - again")
                        .toString());

        // then: the day's entries are read once, and only the lines like the entry are warned
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(calls(r, "/time_entries")).isEqualTo(1);
        List<String> plans = List.of(r.out().split("\n(?=line )"));
        assertThat(plans).hasSize(5);
        String warning = "an entry just like this was logged 1 min ago";
        assertThat(plans.get(0)).contains(warning);
        assertThat(plans.get(1)).doesNotContain(warning);
        assertThat(plans.get(2)).doesNotContain(warning);
        assertThat(plans.get(3)).doesNotContain(warning);
        assertThat(plans.get(4)).contains(warning);
    }
}
