package dev.fbcli.cli.undo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import dev.fbcli.sandbox.SandboxServer;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The undo journal under damage and after the data it points into is erased: a damaged line is
 * skipped with a warning naming it, later writes go on, and undo never touches a record it did not
 * write.
 */
class JournalSafetyTest extends SandboxCliTest {

    private Path journal() {
        return home.resolve("state/journal/writes.jsonl");
    }

    private List<String> notes() {
        try (SandboxInspector s = inspect()) {
            return s.client().timeEntries().list(TimeEntryQuery.empty()).stream()
                    .map(TimeEntryDto::note)
                    .filter(n -> n != null && n.startsWith("j-"))
                    .sorted()
                    .toList();
        }
    }

    private void log(String duration, String note) {
        Result r = fb("--yes", "time", "log", "--duration", duration, "--project", "Website Redesign", "--note", note);
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    private void cut(long bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(journal().toFile(), "rw")) {
            f.setLength(f.length() - bytes);
        }
    }

    @Test
    void should_keep_the_next_entry_apart_from_a_torn_last_line_and_undo_the_newest_change() throws IOException {
        // given: the last entry was cut short by a crash
        log("1h", "j-1");
        log("2h", "j-2");
        cut(20);

        // when
        Result third = fb("--yes", "time", "log", "--duration", "3h", "--note", "j-3");
        Result undo = fb("--yes", "undo");

        // then: the new entry is readable and is the one undone; the torn one is named
        assertThat(third.exitCode()).as(third.err()).isZero();
        assertThat(third.err())
                .contains("of the undo journal")
                .contains("is cut short")
                .contains("it is skipped");
        assertThat(undo.exitCode()).as(undo.err()).isZero();
        assertThat(undo.err()).contains("Undo change #3");
        assertThat(notes()).containsExactly("j-1", "j-2");
        String last =
                Files.readAllLines(journal()).get(Files.readAllLines(journal()).size() - 1);
        assertThat(last).startsWith("{\"undone\":3");
    }

    @Test
    void should_go_on_writing_and_undoing_when_a_line_is_cut_inside_a_utf8_character() throws IOException {
        // given: a payment's summary has "→" (3 bytes); the line is cut after its first 2
        Result pay = fb("--yes", "payment", "record", "0004", "--amount", "5");
        assertThat(pay.exitCode()).as(pay.err()).isZero();
        byte[] bytes = Files.readAllBytes(journal());
        byte[] arrow = "→".getBytes(StandardCharsets.UTF_8);
        int at = lastIndexOf(bytes, arrow);
        assertThat(at).isPositive();
        cut(bytes.length - (at + 2));

        // when
        Result later = fb("--yes", "time", "log", "--duration", "1h", "--note", "j-4");
        Result list = fb("undo", "--list");
        Result undo = fb("--yes", "undo");

        // then
        assertThat(later.exitCode()).as(later.err()).isZero();
        assertThat(later.err()).contains("is cut short");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(undo.exitCode()).as(undo.err()).isZero();
        assertThat(undo.out()).contains("deleted the 1h 00m");
        assertThat(notes()).doesNotContain("j-4");
    }

    @Test
    void should_skip_a_line_without_an_id_with_a_warning() throws IOException {
        // given
        log("1h", "j-5");
        Files.writeString(
                journal(),
                "{\"at\":\"2026-11-24T15:00:00Z\",\"account\":\"sandbox\",\"summary\":\"no id\"}\n",
                StandardOpenOption.APPEND);

        // when
        Result list = fb("undo", "--list");
        Result undo = fb("--yes", "undo");

        // then
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.err()).contains("is not a journal entry (it has no id); it is skipped");
        assertThat(undo.exitCode()).as(undo.err()).isZero();
        assertThat(notes()).doesNotContain("j-5");
    }

    @Test
    void should_not_undo_a_change_made_before_a_sandbox_reset() {
        // given: 1 h on Admin, the sandbox reset, then 2 h on Apollo (ids start again)
        assertThat(fb("--yes", "time", "log", "--duration", "1h", "--project", "Admin", "--note", "j-admin")
                        .exitCode())
                .isZero();
        Result reset = fb("--yes", "sandbox", "reset");
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        clock.advance(Duration.ofMinutes(5));
        log("2h", "j-apollo");

        // when
        Result undo1 = fb("--yes", "undo", "1");
        Result list = fb("undo", "--list");

        // then
        assertThat(undo1.exitCode()).isEqualTo(2);
        assertThat(undo1.err()).contains("change #1 was made before the sandbox was reset");
        assertThat(notes()).containsExactly("j-apollo");
        assertThat(list.err()).contains("1 earlier change was made in data that has been reset since");
        assertThat(list.out()).doesNotContain("Admin");
    }

    @Test
    void should_refuse_to_delete_a_record_that_is_not_the_one_it_wrote() throws IOException {
        // given: the data is erased behind fb's back and the id is given to another entry
        assertThat(fb("--yes", "time", "log", "--duration", "1h", "--project", "Admin", "--note", "j-admin")
                        .exitCode())
                .isZero();
        SandboxServer.reset(home.resolve("data"), clock);
        clock.advance(Duration.ofMinutes(5));
        Result apollo = fb("--yes", "time", "log", "--duration", "2h", "--project", "Apollo", "--note", "j-apollo");
        assertThat(apollo.exitCode()).as(apollo.err()).isZero();

        // when
        Result undo = fb("--yes", "undo", "1");

        // then
        assertThat(undo.exitCode()).as(undo.out()).isEqualTo(2);
        assertThat(undo.err()).contains("is not the record change #1 made").contains("fb leaves it alone");
        assertThat(notes()).containsExactly("j-apollo");
    }

    @Test
    void should_not_go_back_past_an_undone_change_without_being_told_which() {
        // given: two changes, the newest undone (a run killed before it could say so is rerun)
        log("1h", "j-6");
        log("2h", "j-7");
        assertThat(fb("--yes", "undo").exitCode()).isZero();

        // when
        Result again = fb("--yes", "undo");

        // then
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err())
                .contains("change #2 (Log 2h 00m on Website Redesign (Acme Corp)")
                .contains("was undone on")
                .contains("run `fb undo 1`");
        assertThat(notes()).containsExactly("j-6");

        // when: named
        Result named = fb("--yes", "undo", "1");

        // then
        assertThat(named.exitCode()).as(named.err()).isZero();
        assertThat(notes()).isEmpty();
    }

    private static int lastIndexOf(byte[] hay, byte[] needle) {
        for (int i = hay.length - needle.length; i >= 0; i--) {
            boolean ok = true;
            for (int j = 0; j < needle.length && ok; j++) {
                ok = hay[i + j] == needle[j];
            }
            if (ok) {
                return i;
            }
        }
        return -1;
    }
}
