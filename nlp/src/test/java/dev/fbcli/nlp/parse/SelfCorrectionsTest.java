package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.FrameAssertions.assertReadAs;
import static dev.fbcli.nlp.parse.FrameAssertions.parseWithDemoNames;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A value corrected in the same breath ({@link SelfCorrections}) and the small talk around a
 * request: the value said last is the one written ("3 hours, no wait, 2" logged 3 hours with the
 * service "wait"), a hedge or a greeting before a story is never the vendor ("I think I paid …",
 * "Hiya, I bought …"), "remind me, what …" is a question, not a reminder, and a person added by
 * e-mail address to a project.
 */
class SelfCorrectionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "log 4 hours, no wait, 3, of research on Apollo | time.log | duration_minutes=180, service=research,"
                        + " target=Apollo",
                "spent $60, sorry, $56 on parking yesterday | expense.create | amount=56.00, date=2026-11-23",
                "invoice Globex $1,200 for the audit, no wait, make it $1,400 | invoice.create | client=Globex, total=1400.00",
                "Monday I did 2 hours of design for Acme, wait, no, it was Friday actually | time.log | date=2026-11-20,"
                        + " duration_minutes=120, target=Acme",
                "I think I paid $42 for a taxi yesterday | expense.create | amount=42.00, date=2026-11-23",
                "Hey, I bought toner at Staples for $38.50, file it as office supplies | expense.create | amount=38.50,"
                        + " vendor=Staples, category=office supplies",
                "Remind me, which projects do I have? | project.list |",
                "could you add dana@northwind.example to Mobile App? thanks | project.assign | project=Mobile App,"
                        + " member=dana@northwind.example",
                // an entry's number is never corrected by the length after "make it"
                "edit time entry 6005 make it 2h | time.edit | entry=6005, new_duration_minutes=120",
            })
    void should_read_the_value_meant(String text, String intent, String slots) {
        assertReadAs(parseWithDemoNames(text), intent, slots);
    }
}
