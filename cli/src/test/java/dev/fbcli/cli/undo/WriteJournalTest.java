package dev.fbcli.cli.undo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.once.Findable;
import dev.fbcli.cli.pipeline.Applied;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal file on its own: old journals, attempts, resets, damage. */
class WriteJournalTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path state;

    private final List<String> warnings = new ArrayList<>();

    private WriteJournal journal(String account) {
        return new WriteJournal(state, account, CLOCK, warnings::add);
    }

    private Path file() {
        return state.resolve("journal/writes.jsonl");
    }

    private static Applied timeEntry(String id) {
        return new Applied(
                "Logged 1h (time entry " + id + ")",
                "time_entry",
                id,
                null,
                null,
                List.of(new Undo.Delete("time_entry", id, "the 1h time entry")));
    }

    @Test
    void should_read_a_journal_written_by_an_earlier_version() throws IOException {
        // given: entries and an undone line, as version 0.1 wrote them
        Files.createDirectories(file().getParent());
        Files.writeString(
                file(),
                """
                {"id":1,"at":"2026-11-20T10:00:00Z","account":"sandbox","summary":"Log 1h","kind":"time_entry","record_id":"6011","link":null,"undo":[{"type":"delete","kind":"time_entry","id":"6011","label":"the 1h"}]}
                {"id":2,"at":"2026-11-20T10:05:00Z","account":"sandbox","summary":"Update Globex","kind":"client","record_id":"102","link":null,"undo":[{"type":"restore","kind":"client","id":"102","label":"Globex","previous":{"email":"a@b.c"}}]}
                {"undone":1,"at":"2026-11-20T11:00:00Z"}
                """,
                StandardCharsets.UTF_8);

        // when
        List<WriteJournal.Entry> entries = journal("sandbox").entries();
        long next = journal("sandbox").record(timeEntry("6012"), "Log 2h");

        // then
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).undoneAt()).isEqualTo(Instant.parse("2026-11-20T11:00:00Z"));
        assertThat(entries.get(0).check()).isNull();
        assertThat(entries.get(1).undo().get(0)).isInstanceOf(Undo.Restore.class);
        assertThat(next).isEqualTo(3);
        assertThat(warnings).isEmpty();
    }

    @Test
    void should_leave_out_the_records_of_one_batch_step_when_asked_what_is_claimed() throws IOException {
        // given: two batch steps and a one-shot write, each with its record
        WriteJournal j = journal("sandbox");
        long first = j.record(timeEntry("6011"), "Log 1h", null, null, "batch:abc:step-1");
        j.record(timeEntry("6012"), "Log 1h", null, null, "batch:abc:step-2");
        j.record(timeEntry("6013"), "Log 1h");

        // when
        WriteJournal again = journal("sandbox");

        // then
        assertThat(again.claimed()).containsExactly("time_entry:6011", "time_entry:6012", "time_entry:6013");
        assertThat(again.claimedExcept("batch:abc:step-1")).containsExactly("time_entry:6012", "time_entry:6013");
        assertThat(again.madeBy("batch:abc:step-1", "time_entry:6011")
                        .orElseThrow()
                        .id())
                .isEqualTo(first);
        assertThat(again.madeBy("batch:abc:step-1", "time_entry:6012")).isEmpty();
        assertThat(again.madeBy(null, "time_entry:6013")).isEmpty();
        assertThat(again.entries().get(2).origin()).isNull();
    }

    @Test
    void should_keep_an_attempt_open_until_an_entry_or_a_settled_line_closes_it() throws IOException {
        // given
        WriteJournal j = journal("sandbox");
        Findable f = Findable.of("time_entry", "the 1h").with("duration", 3600);

        // when
        WriteJournal.Attempt done = j.begin("fp-done", "Log 1h", "fb time log", f);
        j.record(timeEntry("6011"), "Log 1h", done, null);
        WriteJournal.Attempt failed = j.begin("fp-failed", "Log 2h", "fb time log", f);
        j.settle(failed, "failed");
        WriteJournal.Attempt lost = j.begin("fp-lost", "Log 3h", "fb time log", f);

        // then
        assertThat(j.pending("fp-done", Duration.ofDays(1))).isEmpty();
        assertThat(j.pending("fp-failed", Duration.ofDays(1))).isEmpty();
        WriteJournal.Attempt open = j.pending("fp-lost", Duration.ofDays(1)).orElseThrow();
        assertThat(open.id()).isEqualTo(lost.id());
        assertThat(open.find().kind()).isEqualTo("time_entry");
        assertThat(open.find().fieldsJson().path("duration").asInt()).isEqualTo(3600);
        assertThat(journal("profile:default/770001").pending("fp-lost", Duration.ofDays(1)))
                .as("another account")
                .isEmpty();
        assertThat(j.claimed()).containsExactly("time_entry:6011");
    }

    @Test
    void should_void_what_came_before_a_reset_of_that_account_only_and_never_give_an_id_twice() throws IOException {
        // given
        WriteJournal sandbox = journal("sandbox");
        WriteJournal real = journal("profile:default/770001");
        sandbox.record(timeEntry("6011"), "Log 1h");
        real.record(timeEntry("7011"), "Log 1h for real");
        sandbox.begin("fp", "Log 2h", null, null);

        // when
        sandbox.forgetAll("fb sandbox reset");
        long after = sandbox.record(timeEntry("6011"), "Log 3h");

        // then
        assertThat(sandbox.entries()).extracting(WriteJournal.Entry::id).containsExactly(after);
        assertThat(after).isEqualTo(3);
        assertThat(sandbox.voided()).isEqualTo(1);
        assertThat(sandbox.voided(1)).isTrue();
        assertThat(sandbox.pending("fp", Duration.ofDays(1))).isEmpty();
        assertThat(real.entries()).hasSize(1);
    }

    @Test
    void should_count_the_id_of_a_damaged_line_and_name_the_line() throws IOException {
        // given: entry 5 was cut short by a crash
        WriteJournal j = journal("sandbox");
        j.record(timeEntry("6011"), "Log 1h");
        Files.writeString(
                file(),
                "{\"id\":5,\"at\":\"2026-11-24T15:00:00Z\",\"account\":\"sandbox\",\"summ",
                StandardOpenOption.APPEND);

        // when
        long next = j.record(timeEntry("6012"), "Log 2h");

        // then
        assertThat(next).isEqualTo(6);
        assertThat(warnings)
                .singleElement()
                .asString()
                .contains("line 2 of the undo journal")
                .contains("cut short");
        assertThat(Files.readAllLines(file())).hasSize(3);
        assertThat(j.entries()).extracting(WriteJournal.Entry::id).containsExactly(1L, 6L);
    }
}
