package dev.fbcli.cli.action.invoice;

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
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: {@code invoice list --status unpaid} asks FreshBooks for the statuses an unpaid invoice
 * can have instead of reading every invoice; the list (which invoices, in which order) must be the
 * one filtering every invoice gave.
 */
class UnpaidListTest extends SandboxCliTest {
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

    private static InvoiceDto sent(FreshBooksClient c, long client, String amount, String code, LocalDate issued) {
        InvoiceDto i = invoice(c, client, amount, code, issued);
        c.invoices().markAsSent(i.id());
        return i;
    }

    private static void pay(FreshBooksClient c, InvoiceDto i, String amount) {
        c.payments()
                .create(PaymentDraft.empty()
                        .withInvoiceId(i.id())
                        .withAmount(Money.of(amount, i.currencyCode()))
                        .withDate(TODAY));
    }

    /** The unpaid list as filtering every invoice gave it: neither settled nor a draft, by issue date. */
    private List<String> filteredFromAll(Long client) {
        try (SandboxInspector s = inspect()) {
            List<InvoiceDto> all = new ArrayList<>(s.client()
                    .invoices()
                    .list(InvoiceQuery.empty().withCustomerId(client))
                    .toList());
            all.removeIf(i -> InvoiceRules.isSettled(i) || InvoiceRules.isDraft(i));
            all.sort(Comparator.comparing(InvoiceDto::createDate));
            return all.stream().map(InvoiceDto::invoiceNumber).toList();
        }
    }

    private static List<String> listed(Result r) throws Exception {
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> out = new ArrayList<>();
        for (JsonNode i : Json.MAPPER.readTree(r.out()).get("invoices")) {
            out.add(i.get("number").asText());
        }
        return out;
    }

    @Test
    void should_list_the_invoices_filtering_every_invoice_gives() throws Exception {
        // given: the demo account, and invoices in every state, several issued the same day
        List<String> unpaid = new ArrayList<>();
        List<String> not = new ArrayList<>();
        try (SandboxInspector s = inspect()) {
            FreshBooksClient c = s.client();
            LocalDate longAgo = TODAY.minusDays(90);
            not.add(invoice(c, 102, "300.00", "USD", TODAY).invoiceNumber()); // a draft
            InvoiceDto late = sent(c, 102, "1000.00", "USD", longAgo); // overdue, paid in part
            pay(c, late, "250.00");
            unpaid.add(late.invoiceNumber());
            unpaid.add(sent(c, 102, "40.00", "USD", longAgo).invoiceNumber()); // overdue, same day
            unpaid.add(sent(c, 103, "60.00", "USD", TODAY).invoiceNumber()); // sent
            unpaid.add(sent(c, 103, null, "USD", TODAY).invoiceNumber()); // sent, of nothing
            InvoiceDto paid = sent(c, 103, "100.00", "USD", TODAY); // paid in full
            pay(c, paid, "100.00");
            not.add(paid.invoiceNumber());
            InvoiceDto archived = sent(c, 104, "420.00", "USD", longAgo); // archived, still unpaid
            c.invoices().archive(archived.id());
            unpaid.add(archived.invoiceNumber());
            InvoiceDto deleted = sent(c, 104, "999.00", "USD", longAgo); // deleted
            c.invoices().softDelete(deleted.id());
            not.add(deleted.invoiceNumber());
            InvoiceDto paidDraft = invoice(c, 104, "800.00", "USD", longAgo); // a draft paid in part
            pay(c, paidDraft, "100.00");
            unpaid.add(paidDraft.invoiceNumber());
            unpaid.add(sent(c, 108, "75.50", "EUR", longAgo).invoiceNumber()); // another currency
        }

        // when
        List<String> all = listed(fb("--json", "invoice", "list", "--status", "unpaid"));
        List<String> globex = listed(fb("--json", "invoice", "list", "--status", "unpaid", "--client", "Globex"));
        List<String> older = listed(fb("--json", "invoice", "list", "--status", "unpaid", "--older-than", "30"));

        // then: the same invoices in the same order, in each case above
        assertThat(all).isEqualTo(filteredFromAll(null)).containsAll(unpaid).doesNotContainAnyElementsOf(not);
        assertThat(globex).isEqualTo(filteredFromAll(102L)).hasSizeGreaterThan(2);
        List<String> olderExpected = new ArrayList<>(all);
        try (SandboxInspector s = inspect()) {
            olderExpected.removeIf(n -> s.client()
                    .invoices()
                    .list(InvoiceQuery.empty().withInvoiceNumber(n))
                    .toList()
                    .get(0)
                    .createDate()
                    .isAfter(TODAY.minusDays(30)));
        }
        assertThat(older).isEqualTo(olderExpected).isNotEmpty().hasSizeLessThan(all.size());

        // given: a long list (more than WHOLE_LIST_PAGES pages), so FreshBooks is asked status by status
        try (SandboxInspector s = inspect()) {
            for (int n = 0; n < InvoiceQueries.WHOLE_LIST_PAGES * 100; n++) {
                invoice(s.client(), 105, "10.00", "USD", TODAY.minusDays(n % 40)); // drafts
            }
        }

        // when
        Result longList = fb("--debug", "--json", "invoice", "list", "--status", "unpaid");

        // then: the same list, read through one request per status (and the first page)
        assertThat(listed(longList)).isEqualTo(filteredFromAll(null)).isEqualTo(all);
        assertThat(longList.err().lines().filter(l -> l.contains("GET ") && l.contains("/invoices/invoices 200")))
                .hasSize(1 + InvoiceRules.MAYBE_UNPAID.size());
    }
}
