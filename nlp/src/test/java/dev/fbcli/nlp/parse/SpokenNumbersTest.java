package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers said in words where a value goes (SpokenNumbers), and left alone elsewhere. */
class SpokenNumbersTest {
    private final RuleBasedIntentParser parser = new RuleBasedIntentParser();

    private Frame parse(String text) {
        return parser.parse(text, new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("UTC")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fifteen hundred dollars | 1500 dollars",
                "twelve dollars fifty at starbucks | 12.50 dollars at starbucks",
                "ninety five bucks an hour | 95 bucks an hour",
                "two thousand five hundred euros | 2500 euros",
                "at two hundred an hour | at $200 an hour",
                "show invoice number seven | show invoice number 7",
                "archive invoice zero zero zero one | archive invoice 0001",
                "show expense seven zero zero three | show expense 7003",
                "log one hour on acme | log one hour on acme",
                "invoice acme one line for the logo | invoice acme one line for the logo",
                "invoice 4 for two hours | invoice 4 for two hours",
            })
    void should_write_a_value_said_in_words_in_digits(String said, String written) {
        assertThat(SpokenNumbers.rewrite(said)).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "quote Blue Heron Cafe fifteen hundred dollars for the menu redesign | estimate.create | 1500",
                "spent twelve dollars fifty at starbucks this morning | expense.create | 12.50",
                "record payment from Castellane Hotels for invoice 0009 five hundred euros by wire | payment.record | 500",
            })
    void should_read_an_amount_said_in_words(String text, String intent, String amount) {
        Frame f = parse(text);
        assertThat(f.intent()).as(f.toJson()).isEqualTo(intent);
        assertThat(f.toJson()).contains("\"" + new java.math.BigDecimal(amount).setScale(2) + "\"");
    }
}
