package dev.fbcli.cli.undo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.sandbox.SandboxServer;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `fb undo` against the sandbox: each kind of change, reversed through the client. */
class UndoTest extends SandboxCliTest {

    private long createdId(Result r, String marker) {
        String tail = r.out().substring(r.out().indexOf(marker) + marker.length());
        return Long.parseLong(tail.replaceAll("^\\D*(\\d+).*", "$1")
                .lines()
                .findFirst()
                .orElseThrow()
                .strip());
    }

    private InvoiceDto invoice(String number) {
        try (SandboxInspector s = inspect()) {
            List<InvoiceDto> found = s.client()
                    .invoices()
                    .list(InvoiceQuery.empty().withInvoiceNumber(number))
                    .toList();
            return found.isEmpty() ? null : found.get(0);
        }
    }

    @Test
    void should_delete_the_time_entry_when_undoing_its_creation_and_refuse_to_undo_it_twice() {
        // given
        Result log =
                fb("--yes", "time", "log", "--duration", "2h", "--project", "Website Redesign", "--note", "undo me");
        assertThat(log.exitCode()).as(log.err()).isZero();
        long id = createdId(log, "(time entry ");

        // when
        Result undo = fb("--yes", "undo");

        // then
        assertThat(undo.exitCode()).as(undo.err()).isZero();
        assertThat(undo.err())
                .contains("Undo change #1")
                .contains("delete the 2h 00m on Website Redesign (Acme Corp)")
                .contains("(time entry " + id + ")");
        assertThat(undo.out()).contains("✓ Undid change #1: deleted the 2h 00m on Website Redesign");
        try (SandboxInspector s = inspect()) {
            // FreshBooks keeps a deleted entry, inactive, out of every list
            assertThat(s.client().timeEntries().list(dev.fbcli.freshbooks.model.TimeEntryQuery.empty()).stream()
                            .map(TimeEntryDto::id))
                    .doesNotContain(id);
            assertThat(s.client().timeEntries().get(id).active()).isFalse();
        }

        // when
        Result twice = fb("--yes", "undo", "1");
        Result nothing = fb("--yes", "undo");

        // then
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err())
                .contains("change #1 (Log 2h 00m on Website Redesign (Acme Corp)")
                .contains("was already undone on");
        assertThat(nothing.exitCode()).isZero();
        assertThat(nothing.err()).contains("Nothing to undo.");
    }

    @Test
    void should_delete_a_draft_invoice_it_created() {
        // given
        Result made = fb("--yes", "invoice", "create", "--client", "Acme", "--line", "Logo:1:500");
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(invoice("0011")).isNotNull();

        // when
        Result undo = fb("--yes", "undo");

        // then
        assertThat(undo.exitCode()).as(undo.err()).isZero();
        assertThat(undo.err()).contains("delete draft invoice 0011 ($500.00)");
        assertThat(invoice("0011")).isNull();
    }

    @Test
    void should_put_back_the_previous_email_and_phone_of_an_updated_client() {
        // given
        ClientDto before;
        try (SandboxInspector s = inspect()) {
            before = s.client().clients().get(102);
        }
        Result update =
                fb("--yes", "client", "update", "Globex", "--email", "new@globex.example", "--phone", "555-0000");
        assertThat(update.exitCode()).as(update.err()).isZero();

        // when
        Result dry = fb("--dry-run", "undo");
        Result undo = fb("--yes", "undo");

        // then
        assertThat(dry.out())
                .contains("dry run: would send PUT /accounting/account/NWS77/users/clients/102")
                .contains("\"email\":\"" + before.email() + "\"");
        assertThat(undo.exitCode()).as(undo.err()).isZero();
        assertThat(undo.err()).contains("restore the client Globex Inc: ").contains("email back to " + before.email());
        try (SandboxInspector s = inspect()) {
            ClientDto after = s.client().clients().get(102);
            assertThat(after.email()).isEqualTo(before.email());
            assertThat(after.busPhone()).isEqualTo(before.busPhone() == null ? "" : before.busPhone());
        }
    }

    @Test
    void should_say_the_email_stays_sent_and_delete_the_sent_invoice_only_when_its_number_is_typed() {
        // given: create, then email (two changes)
        Result sent = fb("--yes", "invoice", "create", "--client", "Acme", "--line", "Logo:1:500", "--send");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(invoice("0011").v3Status()).isNotEqualTo("draft");

        // when: the email itself
        Result email = fb("--yes", "undo", "2");

        // then
        assertThat(email.exitCode()).isEqualTo(2);
        assertThat(email.err())
                .contains("cannot be undone: the email of invoice 0011 to rita@acme.example cannot be unsent");

        // when: the last change at a terminal, answering with the wrong number
        Result wrong = typing("yes\n", "undo");

        // then: the email is passed over, the card says it stays sent, nothing is deleted
        assertThat(wrong.exitCode()).isEqualTo(3);
        assertThat(wrong.err())
                .contains("Passing over change #2 (Email invoice 0011")
                .contains("delete sent invoice 0011 ($500.00)")
                .contains("stays as it is: the email of invoice 0011 to rita@acme.example cannot be unsent (change #2)")
                .contains("deleting it does not take it back from the client, who keeps the email")
                .contains("Type 0011 to go ahead");
        assertThat(invoice("0011")).isNotNull();

        // when
        Result typed = typing("0011\n", "undo");

        // then
        assertThat(typed.exitCode()).as(typed.err()).isZero();
        assertThat(invoice("0011")).isNull();
    }

    @Test
    void should_refuse_to_delete_an_invoice_that_has_payments_since() {
        // given
        assertThat(fb("--yes", "invoice", "create", "--client", "Acme", "--line", "Logo:1:500")
                        .exitCode())
                .isZero();
        assertThat(fb("--yes", "invoice", "mark-sent", "0011").exitCode()).isZero();
        assertThat(fb("--yes", "payment", "record", "0011", "--amount", "100").exitCode())
                .isZero();

        // when
        Result r = fb("--yes", "undo", "1");

        // then
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains("invoice 0011 has payments ($100.00): fb does not delete it; undo its payments first");
        assertThat(invoice("0011")).isNotNull();

        // when: the payment first, then the invoice
        Result payment = fb("--yes", "undo");
        Result invoice = fb("--yes", "undo", "1");

        // then
        assertThat(payment.exitCode()).as(payment.err()).isZero();
        assertThat(payment.out()).contains("deleted the $100.00 payment on invoice 0011");
        assertThat(invoice.exitCode()).as(invoice.err()).isZero();
        assertThat(invoice("0011")).isNull();
    }

    @Test
    void should_start_a_stopped_timer_again() {
        // given
        assertThat(fb("--yes", "timer", "start", "--project", "Website Redesign")
                        .exitCode())
                .isZero();
        clock.advance(Duration.ofMinutes(90));
        Result stop = fb("--yes", "timer", "stop");
        assertThat(stop.exitCode()).as(stop.err()).isZero();
        long id = createdId(stop, "(time entry ");

        // when
        Result undo = fb("--yes", "undo");

        // then
        assertThat(undo.exitCode()).as(undo.err()).isZero();
        assertThat(undo.err()).contains("start the stopped timer on Website Redesign (Acme Corp) again");
        try (SandboxInspector s = inspect()) {
            TimeEntryDto t = s.client().timeEntries().get(id);
            assertThat(t.running()).isTrue();
        }
    }

    @Test
    void should_ask_for_yes_without_a_terminal_and_list_changes_as_json() throws IOException {
        // given
        assertThat(fb("--yes", "time", "log", "--duration", "1h", "--project", "Website Redesign")
                        .exitCode())
                .isZero();

        // when
        Result script = fb("undo");
        Result list = fb("--json", "undo", "--list");

        // then
        assertThat(script.exitCode()).isEqualTo(2);
        assertThat(script.err()).contains("pass --yes");
        assertThat(list.out())
                .contains("\"id\" : 1")
                .contains("\"type\" : \"delete\"")
                .contains("\"reversible\" : true")
                .contains("\"undone_at\" : null");
        String token;
        try (SandboxServer s = SandboxServer.builder()
                .dataDir(home.resolve("data"))
                .clock(clock)
                .start()) {
            token = s.accessToken();
        }
        assertThat(Files.readString(home.resolve("state/journal/writes.jsonl"))).doesNotContain(token);
    }
}
