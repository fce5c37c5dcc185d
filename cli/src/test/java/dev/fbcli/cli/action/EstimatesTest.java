package dev.fbcli.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.EstimateDto;
import dev.fbcli.freshbooks.model.EstimateQuery;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceLineDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.Money;
import dev.fbcli.nlp.intent.EstimateRef;
import dev.fbcli.nlp.intent.Intent;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `fb estimate …` and the estimate.* intents against the real sandbox: made, sent, accepted, converted, undone. */
class EstimatesTest extends SandboxCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Result ok(Result r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r;
    }

    private List<EstimateDto> estimates() {
        try (SandboxInspector s = inspect()) {
            return s.client().estimates().list(EstimateQuery.empty()).toList();
        }
    }

    private int invoiceCount() {
        try (SandboxInspector s = inspect()) {
            return s.client().invoices().list(InvoiceQuery.empty()).toList().size();
        }
    }

    @Test
    void should_make_send_accept_and_convert_an_estimate_into_an_invoice_with_its_lines() throws Exception {
        // made
        Result made = ok(fb(
                "--yes",
                "--json",
                "estimate",
                "create",
                "--client",
                "Initech",
                "--line",
                "Design:10:150",
                "--line",
                "Build:20:125",
                "--notes",
                "Mobile app, phase 2"));
        JsonNode created = JSON.readTree(made.out());
        assertThat(created.path("kind").asText()).isEqualTo("estimate");
        assertThat(made.err()).contains("Create a draft estimate for Initech: $4,000.00");
        String number = created.path("record").path("estimate_number").asText();
        long id = created.path("id").asLong();
        assertThat(estimates()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.customerId()).isEqualTo(103L);
            assertThat(e.amount()).isEqualTo(Money.of("4000.00", "USD"));
            assertThat(e.statusWord()).isEqualTo("draft");
        });

        // listed and shown
        Result list = ok(fb("estimate", "list", "--client", "Initech"));
        assertThat(list.out())
                .contains(number)
                .contains("Initech")
                .contains("$4,000.00")
                .contains("draft");
        Result show = ok(fb("estimate", "show", number));
        assertThat(show.out()).contains("Design").contains("Build").contains("$2,500.00");

        // sent: a script needs --yes; at a terminal the number is typed, a wrong one sends nothing
        Result script = fb("estimate", "send", number);
        assertThat(script.exitCode()).isEqualTo(2);
        Result wrong = typing("9999\n", "estimate", "send", number);
        assertThat(wrong.exitCode()).isEqualTo(3);
        assertThat(estimates().get(0).statusWord()).isEqualTo("draft");
        Result sent = ok(typing(number + "\n", "estimate", "send", number));
        assertThat(sent.err()).contains("Email estimate " + number).contains("bill@initech.example");
        assertThat(estimates().get(0).statusWord()).isEqualTo("sent");

        // accepted, then a second accept is refused
        ok(fb("--yes", "estimate", "accept", number));
        assertThat(estimates().get(0).accepted()).isTrue();
        assertThat(fb("--yes", "estimate", "accept", number).exitCode()).isEqualTo(2);

        // converted: a draft invoice with the same lines; the estimate is invoiced
        int before = invoiceCount();
        Result converted = ok(fb("--yes", "--json", "estimate", "convert", "--latest", "--client", "Initech"));
        JsonNode inv = JSON.readTree(converted.out());
        assertThat(inv.path("kind").asText()).isEqualTo("invoice");
        long invoiceId = inv.path("id").asLong();
        try (SandboxInspector s = inspect()) {
            InvoiceDto invoice = s.client().invoices().get(invoiceId);
            assertThat(invoice.customerId()).isEqualTo(103L);
            assertThat(invoice.v3Status()).isIn("draft", "created");
            assertThat(invoice.amount()).isEqualTo(Money.of("4000.00", "USD"));
            assertThat(invoice.notes()).isEqualTo("Mobile app, phase 2");
            assertThat(invoice.lines()).extracting(InvoiceLineDto::name).containsExactly("Design", "Build");
            assertThat(invoice.lines())
                    .extracting(InvoiceLineDto::qty)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("10"), new BigDecimal("20"));
            assertThat(s.client().estimates().get(id).statusWord()).isEqualTo("invoiced");
        }
        assertThat(invoiceCount()).isEqualTo(before + 1);
        // an invoiced estimate is not converted twice
        assertThat(fb("--yes", "estimate", "convert", number).exitCode()).isEqualTo(2);
        assertThat(invoiceCount()).isEqualTo(before + 1);

        // undo: the converted invoice goes; then undoing the create deletes the estimate
        Result undo = ok(fb("--yes", "undo"));
        assertThat(undo.out()).contains("deleted invoice");
        assertThat(invoiceCount()).isEqualTo(before);
        // its invoice gone, the estimate can be converted again, once
        Result again = ok(fb("--yes", "estimate", "convert", number));
        assertThat(again.err()).contains("the invoice made from it earlier was deleted");
        assertThat(invoiceCount()).isEqualTo(before + 1);
        Result third = fb("--yes", "estimate", "convert", number);
        assertThat(third.exitCode()).isEqualTo(2);
        assertThat(third.err()).contains("is already invoiced: invoice ");
        ok(fb("--yes", "undo"));
        assertThat(invoiceCount()).isEqualTo(before);
        Result undoCreate = ok(fb("--yes", "undo", "1"));
        assertThat(undoCreate.err()).contains("delete estimate " + number);
        try (SandboxInspector s = inspect()) {
            assertThat(s.client().estimates().get(id).visState()).isEqualTo(1);
        }
    }

    @Test
    void should_make_an_estimate_from_a_total_through_the_intent_and_undo_it() {
        IntentRun.Outcome o = IntentRun.script(
                home,
                clock,
                new Intent.CreateEstimate(
                        "Initech",
                        List.of(),
                        new dev.fbcli.nlp.intent.Money(new BigDecimal("4000"), null),
                        "the mobile app",
                        null,
                        false));
        assertThat(o.exitCode()).as(o.err()).isZero();
        assertThat(estimates()).singleElement().satisfies(e -> {
            assertThat(e.amount()).isEqualTo(Money.of("4000.00", "USD"));
            assertThat(e.notes()).isEqualTo("the mobile app");
        });
        IntentRun.Outcome shown =
                IntentRun.script(home, clock, new Intent.ShowEstimate(EstimateRef.latestOf("Initech")));
        assertThat(shown.out()).contains("Services").contains("$4,000.00");
        ok(fb("--yes", "undo"));
        assertThat(estimates()).allSatisfy(e -> assertThat(e.visState()).isEqualTo(1));
    }

    @Test
    void should_make_an_estimate_and_its_invoice_exactly_once_when_the_answers_are_lost() {
        // every POST is applied, then its connection is dropped without an answer
        Result made = runner().env("FB_SANDBOX_FAULTS", "reset=1,methods=POST")
                .run("--sandbox", "--yes", "estimate", "create", "--client", "Globex", "--line", "Audit:2:300");
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.out()).contains("FreshBooks' answer was lost, and fb found the record");
        assertThat(estimates()).singleElement().satisfies(e -> assertThat(e.amount())
                .isEqualTo(Money.of("600.00", "USD")));
        String number = estimates().get(0).estimateNumber();

        int before = invoiceCount();
        Result converted = runner().env("FB_SANDBOX_FAULTS", "reset=1,methods=POST")
                .run("--sandbox", "--yes", "estimate", "convert", number);
        assertThat(converted.exitCode()).as(converted.err()).isZero();
        assertThat(converted.out()).contains("fb found the record");
        assertThat(invoiceCount()).isEqualTo(before + 1);

        // undo takes back the adopted invoice, then the adopted estimate
        ok(fb("--yes", "undo"));
        assertThat(invoiceCount()).isEqualTo(before);
        ok(fb("--yes", "undo", "1"));
        assertThat(estimates()).allSatisfy(e -> assertThat(e.visState()).isEqualTo(1));
    }

    @Test
    void should_run_an_estimate_through_a_batch_file_once_even_when_run_again() throws Exception {
        java.nio.file.Path file = home.resolve("quote.txt");
        java.nio.file.Files.writeString(
                file,
                "estimate create --client Initech --line 'App:1:4000'\n"
                        + "estimate send --latest --client Initech\n"
                        + "estimate accept --latest --client Initech\n"
                        + "estimate convert --latest --client Initech\n");
        int before = invoiceCount();
        Result first = ok(fb("--yes", "batch", file.toString()));
        assertThat(first.out() + first.err()).contains("4 done");
        Result again = ok(fb("--yes", "batch", file.toString()));
        assertThat(again.out() + again.err()).contains("4 skipped (done before)");
        assertThat(estimates()).singleElement().satisfies(e -> assertThat(e.statusWord())
                .isEqualTo("invoiced"));
        assertThat(invoiceCount()).isEqualTo(before + 1);
    }

    @Test
    void should_refuse_bad_input_and_change_nothing() {
        Result noClient = fb("--yes", "estimate", "create", "--client", "Nobody Ltd", "--total", "100");
        assertThat(noClient.exitCode()).isEqualTo(2);
        Result nothingSaid = fb("--yes", "estimate", "create", "--client", "Initech");
        assertThat(nothingSaid.exitCode()).isEqualTo(2);
        assertThat(nothingSaid.err()).contains("say what the estimate is for");
        Result unknown = fb("--yes", "estimate", "send", "0042");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no estimate numbered '0042'");
        Result neither = fb("--yes", "estimate", "convert");
        assertThat(neither.exitCode()).isEqualTo(2);
        Result none = fb("--yes", "estimate", "accept", "--latest", "--client", "Acme");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("Acme Corp has no estimates");
        assertThat(estimates()).isEmpty();
    }
}
