package dev.fbcli.cli.action.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.cli.render.Json;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.model.InvoiceDraft;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceLineDraft;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.Money;
import dev.fbcli.freshbooks.model.PaymentDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: {@code client list} takes each client's balances from FreshBooks' client includes instead
 * of reading every invoice; they must be exactly what summing the invoices gave ({@link
 * ClientBalances#of(List, LocalDate)}, which {@code client show} still uses), in every case an invoice
 * can be in.
 */
class ClientListBalancesTest extends SandboxCliTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24); // the tests' clock, in Toronto

    private static InvoiceDto invoice(FreshBooksClient c, long client, String amount, String code, LocalDate issued) {
        InvoiceDraft d = InvoiceDraft.empty()
                .withCustomerId(client)
                .withCreateDate(issued)
                .withDueOffsetDays(30)
                .withCurrencyCode(code);
        if (amount != null) {
            d = d.withLines(List.of(InvoiceLineDraft.of("Work", BigDecimal.ONE, Money.of(amount, code))));
        }
        return c.invoices().create(d);
    }

    private static void pay(FreshBooksClient c, InvoiceDto i, String amount) {
        c.payments()
                .create(PaymentDraft.empty()
                        .withInvoiceId(i.id())
                        .withAmount(Money.of(amount, i.currencyCode()))
                        .withDate(TODAY));
    }

    /** Each client's balances, summed from every invoice as client list did before issue 17. */
    private Map<Long, JsonNode> summedFromInvoices() {
        try (SandboxInspector s = inspect()) {
            Map<Long, List<InvoiceDto>> byClient = new TreeMap<>();
            for (InvoiceDto i : s.client().invoices().list(InvoiceQuery.empty()).toList()) {
                byClient.computeIfAbsent(i.customerId(), k -> new ArrayList<>()).add(i);
            }
            Map<Long, JsonNode> out = new TreeMap<>();
            byClient.forEach((id, invoices) ->
                    out.put(id, ClientBalances.of(invoices, TODAY).json()));
            return out;
        }
    }

    private static Map<Long, JsonNode> listed(Result r) throws Exception {
        Map<Long, JsonNode> out = new TreeMap<>();
        for (JsonNode c : Json.MAPPER.readTree(r.out()).get("clients")) {
            out.put(c.get("id").asLong(), c.get("balances"));
        }
        return out;
    }

    @Test
    void should_list_the_balances_summing_every_invoice_gives_without_reading_invoices() throws Exception {
        // given: the demo account, and invoices in every state that counts (or must not count)
        LocalDate longAgo = TODAY.minusDays(90); // due 60 days ago
        try (SandboxInspector s = inspect()) {
            FreshBooksClient c = s.client();
            invoice(c, 102, "300.00", "USD", TODAY); // a draft
            invoice(c, 102, null, "USD", TODAY); // a draft of nothing
            InvoiceDto late = invoice(c, 102, "1000.00", "USD", longAgo); // sent, overdue, partly paid
            c.invoices().markAsSent(late.id());
            pay(c, late, "250.00");
            InvoiceDto over = invoice(c, 103, "100.00", "USD", TODAY); // sent and overpaid: a credit
            c.invoices().markAsSent(over.id());
            pay(c, over, "150.00");
            InvoiceDto archived = invoice(c, 103, "420.00", "USD", longAgo); // archived, still owed
            c.invoices().markAsSent(archived.id());
            c.invoices().archive(archived.id());
            InvoiceDto deleted = invoice(c, 103, "999.00", "USD", longAgo); // deleted: owes nothing
            c.invoices().markAsSent(deleted.id());
            c.invoices().softDelete(deleted.id());
            InvoiceDto paidDraft = invoice(c, 104, "800.00", "USD", longAgo); // a draft paid in part, past due
            pay(c, paidDraft, "100.00");
            InvoiceDto euros = invoice(c, 108, "75.50", "EUR", longAgo); // another currency, overdue
            c.invoices().markAsSent(euros.id());
            invoice(c, 108, "10.00", "EUR", TODAY); // and a draft in it
        }
        Map<Long, JsonNode> expected = summedFromInvoices();

        // when
        Result all = fb("--debug", "--json", "client", "list");
        Result owing = fb("--json", "client", "list", "--owing");

        // then: every client's balances are those the invoices sum to
        assertThat(all.exitCode()).as(all.err()).isZero();
        Map<Long, JsonNode> listed = listed(all);
        assertThat(listed).hasSizeGreaterThanOrEqualTo(8);
        listed.forEach((id, balances) -> assertThat(balances)
                .as("client %d", id)
                .isEqualTo(expected.getOrDefault(
                        id, ClientBalances.of(List.of(), TODAY).json())));
        // not vacuously: each case above shows
        // Globex: the demo's overdue $1,900.00 and the $750.00 left on the late invoice
        assertThat(listed.get(102L).toString())
                .isEqualTo("{\"outstanding\":[{\"amount\":\"2650.00\",\"code\":\"USD\"}],"
                        + "\"overdue\":[{\"amount\":\"2650.00\",\"code\":\"USD\"}],"
                        + "\"draft\":[{\"amount\":\"300.00\",\"code\":\"USD\"}],\"credit\":[]}");
        assertThat(listed.get(103L).at("/credit/0/amount").asText()).isEqualTo("50.00");
        // Umbrella Corp: the demo's overdue $1,200.00 and the $700.00 left on the draft paid in part
        assertThat(listed.get(104L).at("/overdue/0/amount").asText()).isEqualTo("1900.00");
        // Tyrell: the demo's 1,320.00 EUR overdue and the 75.50 EUR invoice; the EUR draft
        assertThat(listed.get(108L).toString())
                .isEqualTo("{\"outstanding\":[{\"amount\":\"1395.50\",\"code\":\"EUR\"}],"
                        + "\"overdue\":[{\"amount\":\"1395.50\",\"code\":\"EUR\"}],"
                        + "\"draft\":[{\"amount\":\"10.00\",\"code\":\"EUR\"}],\"credit\":[]}");
        // and no invoice was read for it: one read of the clients, with their balances
        assertThat(all.err()).contains("/users/clients").doesNotContain("/invoices/invoices");

        // --owing: FreshBooks is asked for the owing clients; they are those with an outstanding balance
        assertThat(owing.exitCode()).as(owing.err()).isZero();
        List<Long> owingIds = new ArrayList<>(listed(owing).keySet());
        assertThat(owingIds)
                .isNotEmpty()
                .containsExactlyElementsOf(listed.entrySet().stream()
                        .filter(e -> !e.getValue().get("outstanding").isEmpty())
                        .map(Map.Entry::getKey)
                        .toList());
    }
}
