package dev.fbcli.cli.action.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.PaymentDto;
import dev.fbcli.freshbooks.model.PaymentQuery;
import dev.fbcli.nlp.intent.PaymentMethod;
import dev.fbcli.nlp.parse.ParseContext;
import dev.fbcli.nlp.parse.RuleBasedIntentParser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The payment-method words have one owner ({@link PaymentMethod}): the parser finds them in a
 * phrase, and the type recorded in FreshBooks comes from the same enum.
 */
class PaymentMethodTest extends SandboxCliTest {

    @Test
    void every_word_the_parser_knows_is_recorded_as_its_own_type() {
        for (PaymentMethod m : PaymentMethod.values()) {
            for (String w : m.words()) {
                assertThat(PaymentMethod.fromSaid(w)).as(w).isEqualTo(m);
                assertThat(PaymentMethod.phraseWords()).contains(w);
            }
        }
    }

    @Test
    void the_parser_looks_for_the_words_it_always_did_and_the_card_names_longest_first() {
        assertThat(PaymentMethod.phraseWords())
                .containsExactlyInAnyOrder(
                        "visa",
                        "mastercard",
                        "master card",
                        "amex",
                        "american express",
                        "bank transfer",
                        "wire transfer",
                        "sepa transfer",
                        "credit card",
                        "debit card",
                        "direct deposit",
                        "e-transfer",
                        "etransfer",
                        "interac",
                        "check",
                        "cheque",
                        "cash",
                        "wire",
                        "card",
                        "paypal",
                        "stripe",
                        "venmo",
                        "zelle",
                        "ach",
                        "bitcoin",
                        "crypto",
                        "transfer",
                        "apple pay",
                        "google pay");
        List<String> words = PaymentMethod.phraseWords();
        assertThat(words.indexOf("bank transfer")).isLessThan(words.indexOf("transfer"));
        assertThat(words.indexOf("e-transfer")).isLessThan(words.indexOf("transfer"));
        assertThat(words.indexOf("credit card")).isLessThan(words.indexOf("card"));
    }

    @Test
    void free_text_gets_the_types_it_always_got() {
        // what --method and the parsed words were recorded as before the enum owned them
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Cheque", "Check");
        expected.put("check", "Check");
        expected.put("cash", "Cash");
        expected.put("ACH", "ACH");
        expected.put("Bank Transfer", "Bank Transfer");
        expected.put("bank", "Bank Transfer");
        expected.put("wire", "Bank Transfer");
        expected.put("EFT", "Bank Transfer");
        expected.put("e-transfer", "Bank Transfer");
        expected.put("direct deposit", "Bank Transfer");
        expected.put("PayPal", "PayPal");
        expected.put("debit card", "Debit");
        expected.put("Visa card", "VISA");
        expected.put("Mastercard", "MASTERCARD");
        expected.put("American Express", "AMEX");
        expected.put("amex", "AMEX");
        expected.put("credit card", "Credit Card");
        expected.put("card", "Credit Card");
        expected.put("credit", "Credit Card");
        expected.put("venmo", "Other");
        expected.put("Zelle", "Other");
        expected.put("interac", "Other");
        expected.put("stripe", "Other");
        expected.put("bitcoin", "Other");
        expected.put("apple pay", "Other");
        expected.put("a goat", "Other");
        expected.forEach((said, wire) ->
                assertThat(PaymentMethod.fromSaid(said).wire()).as(said).isEqualTo(wire));
        assertThat(PaymentMethod.fromSaid(null)).isEqualTo(PaymentMethod.OTHER);
    }

    @Test
    void a_parsed_venmo_payment_is_understood_and_recorded_as_other() {
        ParseContext pc = new ParseContext(LocalDate.of(2026, 11, 24), ZoneId.of("America/Toronto"));
        assertThat(new RuleBasedIntentParser()
                        .parse("Globex paid $1,000 by venmo", pc)
                        .slots())
                .containsEntry("method", "venmo");

        Result r = fb("--yes", "Globex paid $1,000 by venmo");

        assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
        assertThat(r.err()).contains("Record a $1,000.00 payment (Other) on invoice 0003");
        try (SandboxInspector s = inspect()) {
            List<PaymentDto> paid = s.client()
                    .payments()
                    .list(PaymentQuery.empty().withInvoiceId(9003L))
                    .toList();
            assertThat(paid).extracting(PaymentDto::type).containsExactly("Other");
        }
    }

    @Test
    void a_cheque_said_in_a_phrase_is_recorded_as_a_check() {
        Result r = fb("--yes", "Globex paid $1,000 by cheque");

        assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
        try (SandboxInspector s = inspect()) {
            assertThat(s.client()
                            .payments()
                            .list(PaymentQuery.empty().withInvoiceId(9003L))
                            .toList())
                    .extracting(PaymentDto::type)
                    .containsExactly("Check");
        }
    }
}
