package dev.fbcli.cli.action.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.freshbooks.model.Balance;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Balances as FreshBooks sends them with a client, read into the form summing invoices gives. */
class ClientBalancesTest {

    private static ClientDto client(
            List<Balance> outstanding, List<Balance> overdue, List<Balance> draft, List<Balance> credit) {
        return new ClientDto(
                7L,
                null,
                null,
                "Acme",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                outstanding,
                overdue,
                draft,
                credit);
    }

    private static Balance b(String amount, String code) {
        return new Balance(Money.of(amount, code));
    }

    @Test
    void should_keep_positive_amounts_one_per_currency() {
        // given: a zero balance listed, two entries in one currency, a negative one
        ClientDto c = client(
                List.of(b("0.00", "USD"), b("100.00", "EUR"), b("20.50", "EUR")),
                List.of(b("-5.00", "USD")),
                List.of(),
                List.of(b("50.00", "USD")));

        // when
        ClientBalances balances = ClientBalances.of(c);

        // then
        assertThat(ClientBalances.included(c)).isTrue();
        assertThat(balances.json().toString())
                .isEqualTo("{\"outstanding\":[{\"amount\":\"120.50\",\"code\":\"EUR\"}],\"overdue\":[],"
                        + "\"draft\":[],\"credit\":[{\"amount\":\"50.00\",\"code\":\"USD\"}]}");
        assertThat(balances.has("outstanding")).isTrue();
        assertThat(balances.has("overdue")).isFalse();
        assertThat(balances.describe("overdue")).isEqualTo("nothing");
    }

    @Test
    void should_say_the_balances_were_not_sent_when_one_is_missing() {
        // FreshBooks ignoring an include leaves the field out: client list then sums the invoices
        assertThat(ClientBalances.included(client(List.of(), List.of(), null, List.of())))
                .isFalse();
        assertThat(ClientBalances.included(client(null, null, null, null))).isFalse();
    }
}
