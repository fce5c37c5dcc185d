package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.FrameAssertions.assertReadAs;
import static dev.fbcli.nlp.parse.FrameAssertions.parseWithDemoNames;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dictated and hurried phrases: a speaker's pauses ("um", "uh"), a day's possessive typed without
 * its apostrophe ("yesterdays"), a large number said in words without a currency ("fifteen
 * hundred"), an account's client said where an expense category goes ("globex expenses"), and a
 * terse expense's last field after a comma ("uber 23.40, taxi") or "for" (", for wayne").
 */
class SpeechAndTypingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "log um three hours of design on Acme | time.log | duration_minutes=180, target=Acme, service=design",
                "uh start a timer for Globex | timer.start | target=Globex",
                "delete todays 2h on Globex | time.delete | date=2026-11-24, duration_minutes=120",
                "change fridays Wayne entry to 3 hours | time.edit | date=2026-11-20, new_duration_minutes=180",
                "invoice Wayne er twelve hundred for the security audit | invoice.create | client=Wayne, total=1200.00",
                "globex expenses this month | expense.list | target=globex",
                "initeck expenses | expense.list | target=Initech",
                "travel expenses last month | expense.list | category=travel",
                "lyft 18.20 monday, taxi | expense.create | category=taxi, vendor=lyft, date=2026-11-23",
                "exp 31.50 ups shipping for wayne | expense.create | category=shipping, vendor=ups, target=wayne",
                "spent 900 on a laptop at Dell, equipment | expense.create | category=equipment, vendor=Dell",
                "$45 internet bill from Comcast, utilities category, monday | expense.create | category=utilities, vendor=Comcast",
                "$60 at Staples, stationery category, monday | expense.create | category=stationery, vendor=Staples",
                "I paid 12 euro at parking yesterday | expense.create | category=parking, date=2026-11-23",
                // times of day in words: the start time, never the kind of work ("noon" was a service at 0.95)
                "log 2h on Acme from noon | time.log | target=Acme, start_time=12:00, duration_minutes=120",
                "log 90 minutes on Globex starting at half ten | time.log | target=Globex, start_time=10:30",
                "log an hour on Initech from a quarter past two | time.log | target=Initech, start_time=14:15",
                "worked on Wayne from quarter to nine till eleven | time.log | target=Wayne, start_time=08:45",
                "log half an hour on Acme | time.log | duration_minutes=30",
                // words after a comma or "for the" that are none of the account's services are the note
                "log 2h on Initech, vendor onboarding | time.log | target=Initech, note=vendor onboarding",
                "put 30 min on Apollo for the release checklist | time.log | target=Apollo, note=release checklist",
                "log 2h code review on Acme | time.log | service=code review",
                // shorthand and a day's part: "chg" was a vendor of a new expense at 0.85, "nine" a kind of work at
                // 0.95
                "chg yday lyft exp to 22.10 | expense.edit | date=2026-11-23, vendor=lyft, new_amount=22.10",
                "log 3h on Apollo from ten this morning | time.log | target=Apollo, start_time=10:00",
                "log an hour on Globex from four in the afternoon | time.log | target=Globex, start_time=16:00",
                "last wk globex hrs | time.list | target=globex, date_from=2026-11-16",
                "bought a desk at IKEA for 320 bucks, stick it under equipment ta | expense.create | category=equipment,"
                        + " vendor=IKEA",
                "tyrell is now called tyrell group, please rename them | client.update | client=tyrell, organization=tyrell group",
                "I'm trying to chase up payments, can you list the overdue invoices for Stark | invoice.list | status=overdue,"
                        + " client=Stark",
                // greetings and sign-offs are no names; a billing word after "and mark it" is the new entry's
                "Morning! Could you put 3 hours of research against Tyrell for Friday please, cheers | time.log | target=Tyrell,"
                        + " service=research, date=2026-11-20",
                "Great news, Globex have paid invoice 0003 by wire | payment.record | client=Globex, invoice=0003",
                "log 90 min on globex and mark it non billable | time.log | duration_minutes=90, billable=false",
                "time entry 6005 new duration 2.5h | time.edit | entry=6005, new_duration_minutes=150",
                "Mobile App slipped, push its deadline out to February 2 | project.edit | project=Mobile App, due_date=2027-02-02",
                "which clients still haven't paid me? | client.list | has_outstanding=true",
                // a clock with am or pm on its own is the start; a client's new contact detail said tersely
                "log 45 min research, initech, 2pm | time.log | start_time=14:00, duration_minutes=45",
                "stark new email billing@stark.example | client.update | client=stark, email=billing@stark.example",
                "turn all my unbilled Initech time into an invoice, grouped by service | invoice.from_time | client=Initech,"
                        + " group_by=service",
                // a last clause whose words name requests is what the time was for, never the request
                "log forty minutes on Stark, went through the overdue invoices with Tony | time.log | target=Stark,"
                        + " note=went through the overdue invoices with Tony",
                // a category said as a field of its own wins over what was bought; a category's "and"/"or" never cuts
                // it
                "$9 sandwich at Pret on Monday, meals | expense.create | category=meals, vendor=Pret, note=sandwich",
                "spent £120 on workshop seats for Wayne, education and training | expense.create | category=education and training,"
                        + " target=Wayne, note=workshop seats",
                "$45 breakfast at Tim Hortons under Meals and Entertainment | expense.create | category=Meals and Entertainment,"
                        + " vendor=Tim Hortons",
                "expense 1,800 for the studio, rent or lease | expense.create | category=rent or lease",
                "bought a chair at IKEA for 1,250, equipment | expense.create | amount=1250.00, category=equipment, vendor=IKEA",
                "bill all of Initech's unbilled hours at 120/hr | invoice.from_time | client=Initech",
                "invoice Wayne $1,200 for the workshop but do not email it | invoice.create | client=Wayne, send=false",
                "create an invoice for Acme for $300 for hosting, don't send it yet | invoice.create | client=Acme, send=false",
                "Priya Shah isn't working on Apollo anymore, take her off that project | project.unassign | project=Apollo,"
                        + " member=Priya Shah",
                "invoice Globex for $900 note payment by cheque within 30 days | invoice.create | client=Globex,"
                        + " notes=payment by cheque within 30 days",
                "log 2h on Acme, note: send the invoice after the review | time.log | duration_minutes=120, target=Acme,"
                        + " note=send the invoice after the review",
                "move my last entry over to the Mobil App project | time.edit | entry=last, new_project=Mobile App",
                "rename the project Apollo to Apollo Two and set its due date to 2027-01-31 | project.edit | project=Apollo,"
                        + " new_title=Apollo Two, due_date=2027-01-31",
                "Can you move yesterday's 3 hours from Admin to Apollo? I misfiled it | time.edit | target=Admin, new_target=Apollo",
            })
    void should_read_dictated_and_hurried_phrases(String text, String intent, String slots) {
        assertReadAs(parseWithDemoNames(text), intent, slots);
    }
}
