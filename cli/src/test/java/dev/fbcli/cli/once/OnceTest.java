package dev.fbcli.cli.once;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.cli.render.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One-shot writes against the sandbox failing on purpose: every create is made once, journaled
 * once, and a journal that cannot be written stops the write before it is sent.
 */
class OnceTest extends SandboxCliTest {

    private Result faulty(String faults, String... args) {
        List<String> all = new ArrayList<>(List.of("--sandbox"));
        all.addAll(List.of(args));
        return runner().env("FB_SANDBOX_FAULTS", faults).run(all.toArray(String[]::new));
    }

    private Map<String, Integer> marked() {
        try (SandboxInspector s = inspect()) {
            return Marked.count(s.client());
        }
    }

    private long invoiceId(String number) {
        try (SandboxInspector s = inspect()) {
            return s.client()
                    .invoices()
                    .list(dev.fbcli.freshbooks.model.InvoiceQuery.empty().withInvoiceNumber(number))
                    .toList()
                    .get(0)
                    .id();
        }
    }

    private JsonNode journal() {
        Result list = fb("--json", "undo", "--list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        try {
            return Json.MAPPER.readTree(list.out()).path("changes");
        } catch (IOException e) {
            throw new AssertionError(list.out(), e);
        }
    }

    @Test
    void should_record_a_payment_once_and_journal_it_when_fresh_books_applies_it_but_the_answer_is_lost() {
        // given: every POST is applied, then its connection is dropped without an answer
        long invoice = invoiceId("0004");

        // when
        Result r = faulty("reset=1,methods=POST", "--yes", "payment", "record", "0004", "--amount", "12.34");

        // then
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("done (payment ").contains("FreshBooks' answer was lost, and fb found the record");
        try (SandboxInspector s = inspect()) {
            assertThat(Marked.payments(s.client(), invoice)).containsEntry(new BigDecimal("12.34"), 1);
        }
        JsonNode entries = journal();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).path("kind").asText()).isEqualTo("payment");

        // when: undo finds the record it adopted
        Result undo = fb("--yes", "undo");

        // then
        assertThat(undo.exitCode()).as(undo.err()).isZero();
        try (SandboxInspector s = inspect()) {
            assertThat(Marked.payments(s.client(), invoice)).doesNotContainKey(new BigDecimal("12.34"));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "time log --duration 1h --project 'Website Redesign' --note ox-1",
                "expense add --amount 12.50 --category 'Office Supplies' --vendor ox-2 --date 2026-11-20",
                "invoice create --client Acme --line 'Item ox-3:2:50'",
                "invoice create --client Globex --date 2026-11-20 --line 'A ox-4:1:10' --line 'B ox-4:2:20'"
                        + " --line 'C ox-4:3:30' --line 'D ox-4:4:40' --line 'E ox-4:5:50' --line 'F ox-4:6:60'"
                        + " --line 'G ox-4:7:70' --line 'H ox-4:8:80'",
                "client create 'Client ox-5'",
                "project create 'Project ox-6' --client Acme",
                "timer start --project Apollo --note ox-7",
                "log 2 hours on Apollo - ox-8",
                "add client Phrase ox-9"
            })
    void should_make_each_kind_of_record_exactly_once_when_the_answer_to_its_create_is_lost(String command)
            throws IOException {
        // given
        String marker = command.replaceAll(".*\\b(ox-\\d+)\\b.*", "$1");
        List<String> args = new ArrayList<>(List.of("--yes"));
        args.addAll(dev.fbcli.cli.ShellWords.split(command));

        // when
        Result r = faulty("reset=1,methods=POST", args.toArray(String[]::new));

        // then
        assertThat(r.exitCode()).as(r.err()).isZero();
        int expected = command.contains("ox-4") ? 8 : 1; // the 8-line invoice carries the marker on every line
        assertThat(marked()).containsEntry(marker, expected);
        assertThat(journal()).hasSize(1);
        assertThat(Files.readString(home.resolve("state/journal/writes.jsonl")))
                .contains("\"attempt\"")
                .contains("\"check\"");
    }

    @Test
    void should_send_again_when_the_record_is_certainly_not_there_and_say_nothing_changed_when_it_never_is() {
        // when: every POST answered 500 (FreshBooks did not apply it)
        Result failed = faulty("500=1,methods=POST", "--yes", "time", "log", "--duration", "1h", "--note", "ox-10");

        // then
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err())
                .contains("FreshBooks did not answer 4 times, and the change is not there: nothing was changed");
        assertThat(marked()).doesNotContainKey("ox-10");

        // when: the same command again, FreshBooks well
        Result again = fb("--yes", "time", "log", "--duration", "1h", "--note", "ox-10");

        // then: made once, not "already done"
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).doesNotContain("Already done");
        assertThat(marked()).containsEntry("ox-10", 1);
    }

    @Test
    void should_send_nothing_when_the_state_directory_is_read_only() throws Exception {
        // given
        Path state = home.resolve("state");
        Files.createDirectories(state);
        try (ReadOnly ro = ReadOnly.of(state)) {
            // when
            Result r = fb("--yes", "time", "log", "--duration", "1h", "--note", "ox-11");

            // then
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).contains("nothing was sent").contains("journal cannot be written");
        }
        assertThat(marked()).doesNotContainKey("ox-11");
    }

    @Test
    void should_send_nothing_when_the_disk_of_the_journal_is_full() throws Exception {
        // given: the journal is /dev/full (every write fails with "No space left on device")
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(full), "needs /dev/full");
        Path journal = home.resolve("state/journal/writes.jsonl");
        Files.createDirectories(journal.getParent());
        Files.createSymbolicLink(journal, full);

        // when
        Result r = fb("--yes", "payment", "record", "0004", "--amount", "7.77");

        // then
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("nothing was sent").contains("No space left on device");
        try (SandboxInspector s = inspect()) {
            assertThat(Marked.payments(s.client(), invoiceId("0004"))).doesNotContainKey(new BigDecimal("7.77"));
        }
    }
}
