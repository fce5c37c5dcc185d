package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.FrameAssertions.assertReadAs;
import static dev.fbcli.nlp.parse.FrameAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A payment told as news (PaymentNews) is that payment, asked about; a debt or a refund is not one,
 * and what the phrase says was not done is never recorded (Negation).
 */
class PaymentNewsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Yesterday, by cheque, $640 from Wayne Enterprises against invoice 0005 | invoice=0005, client=Wayne Enterprises,"
                        + " amount=640.00, method=cheque, date=2026-11-23",
                "Initech: $3,000 landed on invoice 0007 by wire this morning | invoice=0007, amount=3000.00, method=wire",
                "Customer Globex is paying 450 dollars with PayPal for invoice 0009 | invoice=0009, client=Globex, amount=450.00",
            })
    void should_read_a_payment_told_as_news(String text, String slots) {
        Frame f = parse(text);
        assertReadAs(f, "payment.record", slots);
        assertThat(f.confidence()).as("read from news: asked about").isLessThan(0.8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Globex still owes $450 on invoice 0009",
                "Wayne wants a refund of $640 on invoice 0005",
                "Initech hasn't paid the $3,000 on invoice 0007",
            })
    void should_not_read_a_debt_or_a_refund_as_a_payment(String text) {
        assertThat(parse(text).intent()).isNotEqualTo("payment.record");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "we did not work 4 hours on Globex on Friday",
        "I never logged 2h of design on Acme",
        "don't record the $200 payment on invoice 0003",
        "Wayne hasn't paid invoice 0005 yet",
        "I didn't spend $25 at Staples today",
    })
    void should_refuse_what_the_phrase_says_was_not_done(String text) {
        Frame f = parse(text);
        assertThat(f.intent()).as(f.toJson()).isEqualTo("unknown");
        assertThat(f.reason()).as(f.toJson()).containsAnyOf("not done", "not to do");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "I haven't logged yesterday's 3 hours on Acme yet, please add them | time.log",
                "I didn't record the $40 Staples expense, can you add it | expense.create",
            })
    void should_read_what_was_not_done_yet_and_is_asked_for_now(String text, String intent) {
        assertThat(parse(text).intent()).isEqualTo(intent);
    }
}
