package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.FrameAssertions.assertReadAs;
import static dev.fbcli.nlp.parse.FrameAssertions.parseWithDemoNames;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What people say around a request that is not part of it: a remark in brackets, "for now" at the
 * end, the reason it is asked ("…, I haven't sent it yet"), a story before it whose words look like
 * verbs ("Bill was on my case"), and "it" pointing back at the timer. None of it may fill a slot; a
 * bracket that holds a value is kept.
 */
class RemarksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "log 2 hours (ugh, what a slog) of research for Initech on Friday | time.log | duration_minutes=120,"
                        + " service=research, target=Initech, date=2026-11-20",
                "log 3h of design (honestly it was more) on Acme | time.log | duration_minutes=180, service=design,"
                        + " target=Acme",
                // a one-word bracket may be the kind of work, and one with a number says a value
                "log 1h on Globex (support) | time.log | duration_minutes=60, target=Globex, service=support",
                "archive the Mobile App project for the time being | project.archive | project=Mobile App",
                "mark the Apollo project complete for now, thanks | project.complete | project=Apollo",
                "could you send invoice 0006, we haven't sent it yet | invoice.send | invoice=0006",
                "Busy morning. Chris called twice, Mark was out sick. Anyway, log 2 hours of meetings on Globex |"
                        + " time.log | duration_minutes=120, service=meetings, target=Globex",
                "oops, the timer was started by mistake, please bin it | timer.discard |",
                "throw away the timer without saving it | timer.discard |",
                // a last word after a comma that is no kind of work is what the time was for
                "log 90 minutes on Initech, deploy | time.log | duration_minutes=90, target=Initech, note=deploy",
                "log 90 minutes on Initech, dev | time.log | duration_minutes=90, target=Initech, service=dev",
            })
    void should_leave_the_remark_out(String text, String intent, String slots) {
        assertReadAs(parseWithDemoNames(text), intent, slots);
    }
}
