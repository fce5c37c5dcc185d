package dev.fbcli.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.PaymentDto;
import dev.fbcli.nlp.intent.DateRange;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.InvoiceRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, invoices and payments: deleting or archiving a sent invoice with its number typed, the
 * payment history, and deleting a mistaken payment (the invoice is owed again), through fb against
 * the sandbox, read back over the API, undone and read back again.
 */
class InvoicePaymentChangesTest extends SandboxCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Result ok(Result r) {
        assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
        return r;
    }

    private InvoiceDto invoice(long id) {
        try (SandboxInspector s = inspect()) {
            return s.client().invoices().get(id);
        }
    }

    private List<Long> listed() {
        try (SandboxInspector s = inspect()) {
            return s.client().invoices().list(InvoiceQuery.empty()).stream()
                    .map(InvoiceDto::id)
                    .toList();
        }
    }

    @Test
    void should_delete_a_sent_invoice_once_its_number_is_typed_and_bring_it_back() {
        // when: mistyped, then typed
        Result wrong = typing("0005\n", "invoice", "delete", "0004");
        assertThat(wrong.exitCode()).isEqualTo(3);
        assertThat(invoice(9004).visState()).isZero();
        Result del = typing("0004\n", "invoice", "delete", "0004");

        // then
        assertThat(del.exitCode()).as(del.err()).isZero();
        assertThat(del.err())
                .contains("Delete sent invoice 0004 (Initech, $3,600.00)")
                .contains("warning: invoice 0004 is sent: the client keeps the email")
                .contains("Type 0004 to go ahead");
        assertThat(invoice(9004).visState()).isEqualTo(1);
        assertThat(listed()).doesNotContain(9004L);

        // when
        Result undo = ok(fb("--yes", "undo"));

        // then
        assertThat(undo.err()).contains("bring back invoice 0004");
        InvoiceDto back = invoice(9004);
        assertThat(back.visState()).isZero();
        assertThat(back.v3Status()).isEqualTo("sent");
        assertThat(listed()).contains(9004L);
    }

    @Test
    void should_delete_a_clients_latest_draft_from_the_intent_and_refuse_one_with_payments() {
        // given: "delete Wayne's latest invoice" (0008, a draft)
        IntentRun.Outcome r =
                IntentRun.typing(home, clock, new Intent.DeleteInvoice(InvoiceRef.latestOf("Wayne")), "0008\n");
        Result paid = fb("--yes", "invoice", "delete", "0001");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("Delete draft invoice 0008 (Wayne Enterprises, $600.00)");
        assertThat(r.err()).contains("→ fb invoice delete 0008");
        assertThat(invoice(9008).visState()).isEqualTo(1);
        assertThat(paid.exitCode()).isEqualTo(2);
        assertThat(paid.err()).contains("invoice 0001 has payments ($2,000.00): fb does not delete it");
        assertThat(invoice(9001).visState()).isZero();
    }

    @Test
    void should_archive_an_invoice_and_unarchive_it_on_undo() {
        Result archive = ok(fb("--yes", "invoice", "archive", "1"));

        assertThat(archive.err()).contains("Archive invoice 0001 (Acme Corp, $2,000.00, paid)");
        assertThat(invoice(9001).visState()).isEqualTo(2);
        assertThat(fb("--yes", "invoice", "archive", "0001").err()).contains("is already archived");

        Result undo = ok(fb("--yes", "undo"));

        assertThat(undo.err()).contains("unarchive invoice 0001");
        assertThat(invoice(9001).visState()).isZero();
    }

    @Test
    void should_list_payments_by_client_invoice_and_period() throws Exception {
        IntentRun.Outcome acme = IntentRun.script(
                home,
                clock,
                new Intent.ListPayments(
                        "Acme", null, new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));
        JsonNode all = JSON.readTree(ok(fb("--json", "payment", "list")).out());
        JsonNode on0006 = JSON.readTree(
                ok(fb("--json", "payment", "list", "--invoice", "6")).out());
        Result recent = ok(fb("payment", "list", "--from", "2026-11-01"));

        assertThat(acme.exitCode()).as(acme.err()).isZero();
        assertThat(acme.out()).contains("8001").contains("$2,000.00").contains("1 payment, total $2,000.00");
        assertThat(acme.err()).contains("→ fb payment list --client 'Acme Corp' --from 2026-01-01 --to 2026-12-31");
        List<Long> ids = new ArrayList<>();
        all.get("payments").forEach(p -> ids.add(p.get("id").asLong()));
        assertThat(ids).containsExactly(8002L, 8001L, 8004L, 8003L);
        assertThat(on0006.get("payments")).hasSize(1);
        assertThat(on0006.get("payments").get(0).get("invoice").asText()).isEqualTo("0006");
        assertThat(recent.out()).contains("8003").doesNotContain("8001");
    }

    @Test
    void should_delete_the_payment_on_an_invoice_reopen_it_and_pay_it_again_on_undo() {
        // given: "delete the payment on invoice 0007" (paid in full by 8003)
        assertThat(invoice(9007).paymentStatus()).isEqualTo("paid");

        // when
        IntentRun.Outcome r = IntentRun.typing(home, clock, new Intent.DeletePayment(null, "0007"), "0007\n");

        // then
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("Delete the $3,500.00 payment (Credit Card) of Sat Nov 21 on invoice 0007 (Stark Industries)"
                        + " (payment 8003)")
                .contains("invoice 0007 outstanding: $0.00 → $3,500.00")
                .contains("Type 0007 to go ahead");
        InvoiceDto reopened = invoice(9007);
        assertThat(reopened.paymentStatus()).isEqualTo("unpaid");
        assertThat(reopened.outstanding().amount()).isEqualByComparingTo("3500.00");
        try (SandboxInspector s = inspect()) {
            assertThat(s.client().payments().get(8003).visState()).isEqualTo(1);
        }

        // when
        Result undo = ok(fb("--yes", "undo"));

        // then
        assertThat(undo.err()).contains("(its invoice counts it again)");
        assertThat(invoice(9007).paymentStatus()).isEqualTo("paid");
        assertThat(invoice(9007).outstanding().amount()).isEqualByComparingTo("0.00");
    }

    @Test
    void should_list_several_payments_of_an_invoice_to_a_script_and_delete_one_by_id() {
        // given: a second payment on 0006
        ok(fb("--yes", "payment", "record", "0006", "--amount", "200"));

        // when
        Result several = fb("--yes", "payment", "delete", "--invoice", "0006");
        Result byId = ok(fb("--yes", "payment", "delete", "8002"));
        Result gone = fb("--yes", "payment", "delete", "8002");
        Result wrongInvoice = fb("--yes", "payment", "delete", "8001", "--invoice", "0006");

        // then
        assertThat(several.exitCode()).isEqualTo(2);
        assertThat(several.err()).contains("invoice 0006 has 2 payments: payment 8002: $1,200.00");
        assertThat(byId.err()).contains("invoice 0006 outstanding: $1,000.00 → $2,200.00");
        assertThat(gone.exitCode()).isEqualTo(2);
        assertThat(gone.err()).contains("payment 8002 was deleted already");
        assertThat(wrongInvoice.exitCode()).isEqualTo(2);
        assertThat(wrongInvoice.err()).contains("payment 8001 is on invoice 0001, not 0006");
        try (SandboxInspector s = inspect()) {
            assertThat(s.client().payments().get(8001).visState()).isZero();
            PaymentDto p = s.client().payments().get(8002);
            assertThat(p.visState()).isEqualTo(1);
        }
        assertThat(invoice(9006).outstanding().amount()).isEqualByComparingTo("2200.00");
    }
}
