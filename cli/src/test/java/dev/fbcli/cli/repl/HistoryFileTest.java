package dev.fbcli.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 9: a shell history that cannot be written is said once, in one line with a hint. */
class HistoryFileTest {
    @TempDir
    Path dir;

    @Test
    void should_make_a_missing_history_file_and_find_nothing_wrong() {
        Path file = dir.resolve("state").resolve("history");

        assertThat(HistoryFile.prepare(file)).isEmpty();
        assertThat(file).isRegularFile();
    }

    @Test
    void should_say_the_file_what_is_wrong_and_what_to_do_when_it_is_a_directory() throws IOException {
        Path file = Files.createDirectories(dir.resolve("history"));

        String problem = HistoryFile.prepare(file).orElseThrow();

        assertThat(problem)
                .isEqualTo("fb: the shell history " + file + " cannot be written (it is a directory): lines are"
                        + " remembered for this session only\n  make it and its directory writable by you, or set"
                        + " FB_HOME to another directory");
    }

    @Test
    void should_say_so_when_its_place_cannot_be_made() throws IOException {
        Path blocker = Files.writeString(dir.resolve("state"), "a file where the directory should be");

        String problem = HistoryFile.prepare(blocker.resolve("history")).orElseThrow();

        assertThat(problem).contains("cannot be written (it cannot be made here)");
    }
}
