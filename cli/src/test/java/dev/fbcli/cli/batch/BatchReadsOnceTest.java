package dev.fbcli.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A batch's read lines are read once: the answer the check got is the one shown, unless a line
 * before it wrote something, in which case it is read again (and shows the write).
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

        // then: two lines, each read once (not once to check and again to run)
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(calls(r, "/expenses/expenses")).isEqualTo(2 * once);
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
}
