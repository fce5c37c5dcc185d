package dev.fbcli.cli.action.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.PaymentQuery;
import org.junit.jupiter.api.Test;

/** A payment above what an invoice owes is refused unless it is meant as a credit, which client show then shows. */
class PaymentCreditTest extends SandboxCliTest {

    private long payments(String number) {
        try (SandboxInspector s = inspect()) {
            long id = s.client()
                    .invoices()
                    .list(InvoiceQuery.empty().withInvoiceNumber(number))
                    .toList()
                    .get(0)
                    .id();
            return s.client().payments().list(PaymentQuery.empty().withInvoiceId(id)).stream()
                    .filter(p -> p.visState() == null || p.visState() == 0)
                    .count();
        }
    }

    @Test
    void should_refuse_a_payment_on_an_invoice_paid_in_full_unless_it_is_a_credit() {
        // given: invoice 0001 (Acme Corp) is paid in full
        long before = payments("0001");

        // when
        Result refused = fb("--yes", "payment", "record", "0001", "--amount", "500");

        // then
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err())
                .contains("$500.00 is more than the $0.00 outstanding on invoice 0001: nothing was recorded")
                .contains("add --credit");
        assertThat(payments("0001")).isEqualTo(before);

        // when
        Result credit = fb("--yes", "payment", "record", "0001", "--amount", "500", "--credit");
        Result show = fb("client", "show", "Acme");

        // then
        assertThat(credit.exitCode()).as(credit.err()).isZero();
        assertThat(credit.err()).contains("$500.00 as a credit");
        assertThat(credit.out()).contains("it is paid in full, and $500.00 is kept as a credit for Acme Corp");
        assertThat(payments("0001")).isEqualTo(before + 1);
        assertThat(show.out()).contains("credit $500.00");
    }

    @Test
    void should_keep_the_rest_as_a_credit_when_the_phrase_says_so() {
        // given: invoice 0001 (Acme Corp) is paid in full
        long before = payments("0001");

        // when: the phrase says what the plain phrase is refused for
        Result plain = fb("--yes", "Acme paid $300 on invoice 0001");
        Result credit = fb("--yes", "Acme paid $300 on invoice 0001, keep the rest as credit");

        // then
        assertThat(plain.exitCode()).isEqualTo(2);
        assertThat(plain.err()).contains("say 'as a credit'");
        assertThat(credit.exitCode()).as(credit.err()).isZero();
        assertThat(credit.out()).contains("$300.00 is kept as a credit for Acme Corp");
        assertThat(payments("0001")).isEqualTo(before + 1);
    }

    @Test
    void should_refuse_the_part_beyond_the_outstanding_amount_of_a_partly_paid_invoice() {
        // when: 0004 (Initech) owes $3,600.00
        Result r = fb("--yes", "payment", "record", "0004", "--amount", "3600.01");

        // then
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("is more than the $3,600.00 outstanding on invoice 0004");
    }
}
