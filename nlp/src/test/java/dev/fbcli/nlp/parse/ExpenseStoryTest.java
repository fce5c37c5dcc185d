package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.FrameAssertions.assertReadAs;
import static dev.fbcli.nlp.parse.FrameAssertions.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An expense told as a story and then filed ("…, charge it to X", "…, put it under Y"): ExpenseStory. */
class ExpenseStoryTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Took the train to the Wayne site yesterday, $54.20 with Amtrak, bill it to client Wayne Enterprises"
                        + " | amount=54.20, vendor=Amtrak, client=Wayne Enterprises, date=2026-11-23",
                "Bought printer ink this morning, $62.10 at Staples, put it under office supplies"
                        + " | amount=62.10, vendor=Staples, category=office supplies, date=2026-11-24",
                "parking at the Initech office was 14.50, log it as an expense | amount=14.50, date=2026-11-24",
                "Had dinner with Priya on Friday, $88 at Nopa, charge it to Globex | amount=88.00, vendor=Nopa, target=Globex,"
                        + " date=2026-11-20",
            })
    void should_read_a_story_then_its_filing_as_the_expense(String text, String slots) {
        assertReadAs(parse(text), "expense.create", slots);
    }
}
