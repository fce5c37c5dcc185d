package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Money;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyExtractorTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "$1,200|1200.00|-",
                "$45|45.00|-",
                "$12.50|12.50|-",
                "€2,000|2000.00|EUR",
                "£60|60.00|GBP",
                "45 euros|45.00|EUR",
                "35 euro|35.00|EUR",
                "300 CAD|300.00|CAD",
                "4,000 USD|4000.00|USD",
                "USD 40|40.00|USD",
                "1 200 €|1200.00|EUR",
                "1 200,50 €|1200.50|EUR",
                "1.2k|1200.00|-",
                "$2.5k|2500.00|-",
                "$15k|15000.00|-",
                "60 dollars|60.00|-",
                "20 US dollars|20.00|USD",
                "99 Canadian dollars|99.00|CAD",
                "18 GBP|18.00|GBP",
                "C$80|80.00|CAD",
                "$89.99|89.99|-",
                "10 pounds|10.00|GBP",
            })
    void should_read_the_amount_and_currency_when_money_is_said(String text, String amount, String currency) {
        // when
        Money m = MoneyExtractor.parse(text);

        // then
        assertThat(m).isNotNull();
        assertThat(m.amountText()).isEqualTo(amount);
        assertThat(m.currencyOrNull()).isEqualTo(currency);
    }

    @ParameterizedTest
    @CsvSource({"$120/hour", "$95 an hour", "$80 per hour", "€60/h", "$150 per hr", "$90 hourly"})
    void should_mark_a_rate_when_an_hourly_suffix_follows(String text) {
        List<Span<MoneyExtractor.MoneyMention>> all = MoneyExtractor.findAll("at " + text + " please");

        assertThat(all).hasSize(1);
        assertThat(all.get(0).value().perHour()).isTrue();
    }

    @Test
    void should_find_no_money_when_numbers_are_not_amounts() {
        assertThat(MoneyExtractor.findAll("log 3 hours on invoice 0042 for 30 days, phone 555-0100"))
                .isEmpty();
    }

    @Test
    void should_find_each_amount_with_its_span_when_a_phrase_has_two() {
        String s = "invoice Acme $500 for the logo and 45 euros for fonts";
        List<Span<MoneyExtractor.MoneyMention>> all = MoneyExtractor.findAll(s);

        assertThat(all).hasSize(2);
        assertThat(s.substring(all.get(0).start(), all.get(0).end())).isEqualTo("$500");
        assertThat(s.substring(all.get(1).start(), all.get(1).end())).isEqualTo("45 euros");
    }

    @Test
    void should_not_accept_an_implausible_amount_when_digits_run_on() {
        assertThat(MoneyExtractor.parse("$99999999999999")).isNull();
    }
}
