package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.FrameAssertions.assertReadAs;
import static dev.fbcli.nlp.parse.FrameAssertions.parseWithDemoNames;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expenses said by what was bought rather than by a category's name: a ride ("cab $32"), food
 * ("$18 pizza for the team"), a thing ("toner 45.99"), with or without a verb, and a ride's
 * destination ("train to London"), which is where it went and never the vendor. Before the eighth
 * session the words that made a verbless phrase an expense were a short fixed list, so "cab $32"
 * and "$420 flight" were refused, and "to London" was taken as the merchant.
 */
class ExpensePurchasesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "cab $27 | expense.create | amount=27.00, category=cab",
                "$310 flight yesterday | expense.create | amount=310.00, category=flight, date=2026-11-23",
                "snacks 14.20 for Globex | expense.create | amount=14.20, category=snacks, target=Globex",
                "taxi from the station, $23 | expense.create | amount=23.00, category=taxi",
                "toner $45.99 | expense.create | amount=45.99, category=toner",
                "£60 train to Manchester | expense.create | amount=GBP 60.00, category=train, note=train to Manchester",
                "add a €40 travel expense for Tyrell, bus to the airport | expense.create | amount=EUR 40.00,"
                        + " category=travel, target=Tyrell, note=bus to the airport",
                // a vendor after "to" stays the vendor when no ride comes before it
                "paid $80 to Staples for paper | expense.create | amount=80.00, vendor=Staples",
            })
    void should_read_a_purchase_as_an_expense(String text, String intent, String slots) {
        assertReadAs(parseWithDemoNames(text), intent, slots);
    }
}
