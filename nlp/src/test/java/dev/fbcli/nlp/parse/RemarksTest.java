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
                // asked as "would you mind …ing", a sign-off that only informs, a trailing sentence of excuse
                "would you mind adding 40 minutes of support for Initech on Monday? | time.log | duration_minutes=40,"
                        + " service=support, target=Initech, date=2026-11-23",
                "Research is now $150 an hour, for your information | service.rate | service=Research, rate=150.00",
                "can you email invoice 0003 to Globex? I haven't had a minute today. | invoice.send | invoice=0003",
                "show me Globex's unpaid invoices, then I'll chase them | invoice.list | client=Globex",
                // a name ends where "I" starts what was done
                "for client Stark Industries I spent 2 hours on QA Testing yesterday | time.log | duration_minutes=120,"
                        + " client=Stark Industries, date=2026-11-23",
                // a note asked for in a sentence of its own, a field said as a statement
                "Please log 45 minutes on Initech. The note should say vendor call. | time.log | duration_minutes=45,"
                        + " target=Initech, note=vendor call",
                "£9 for parking on Friday. Category's Parking. | expense.create | amount=GBP 9.00, category=parking,"
                        + " date=2026-11-20",
                "log 1h on Apollo and flag it as non-billable, please | time.log | duration_minutes=60, target=Apollo,"
                        + " billable=false",
            })
    void should_leave_the_remark_out(String text, String intent, String slots) {
        assertReadAs(parseWithDemoNames(text), intent, slots);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a record told, then pointed back at: deleted, changed, or joined
                "I entered expense 7004 by mistake. Please remove it. | expense.delete | expense=7004",
                "I tracked time on Initech on Friday in error, could you delete it | time.delete | target=Initech,"
                        + " date=2026-11-20",
                "ugh, I under-logged Monday's Globex entry, please make it 3 hours | time.edit | date=2026-11-23,"
                        + " target=Globex, new_duration_minutes=180",
                "Chris's joining the Mobile App project on Monday, please add him | project.assign | project=Mobile App,"
                        + " member=Chris",
                // whose expenses and how large, in either order
                "show expenses for Globex over $250 | expense.list | target=Globex, min_amount=250.00",
                "expenses above $75 on Apollo last month | expense.list | target=Apollo, min_amount=75.00,"
                        + " date_from=2026-10-01",
            })
    void should_read_the_record_pointed_back_at(String text, String intent, String slots) {
        assertReadAs(parseWithDemoNames(text), intent, slots);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a story around the request: a name that looks like a verb, a sentence after it
                "Nick called about the renewal. Could you log 30 minutes of support on Globex? Then I'm out. | time.log"
                        + " | duration_minutes=30, service=support, target=Globex",
                "Mobile App scope grew. Bill approved it this morning. Could you bump its budget to 200 hours? |"
                        + " project.edit | project=Mobile App, budget_hours=200",
                // the field said by its name wins; a name corrected at the end
                "add $85 for the course fee, category Education and Training | expense.create | amount=85.00,"
                        + " category=Education and Training, note=course fee",
                "expense 7003 goes under Travel, sorry, Airfare | expense.edit | expense=7003, new_category=Airfare",
                "I have pay 20 euros for parking today | expense.create | amount=EUR 20.00",
                "how much went to Adobe this year? | expense.list | vendor=Adobe, date_from=2026-01-01",
                // where a client is and who runs it
                "add client Fjord AS, based in Oslo, Norway | client.create | organization=Fjord AS, city=Oslo,"
                        + " country=Norway",
                "new client Pine Labs, 5 Main St, Moncton, New Brunswick, Canada | client.create | organization=Pine Labs,"
                        + " city=Moncton, province=New Brunswick, country=Canada",
                "add client Kite Co, the owner is Dana Reyes, phone +44 20 7946 0958 | client.create | organization=Kite Co,"
                        + " first_name=Dana, last_name=Reyes, phone=+44 20 7946 0958",
            })
    void should_read_the_story_and_its_details(String text, String intent, String slots) {
        assertReadAs(parseWithDemoNames(text), intent, slots);
    }
}
