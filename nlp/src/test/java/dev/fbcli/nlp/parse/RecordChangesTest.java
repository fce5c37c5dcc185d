package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.FrameAssertions.assertReadAs;
import static dev.fbcli.nlp.parse.FrameAssertions.parseWithDemoNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Changes to a record said the ways the seventh session's training groups said them: a field named
 * after the record's possessive ("the last expense's amount to $40"), a day "should be dated …", a
 * kind of spending a record is "filed under", an estimate accepted by its client's possessive, a
 * project's name before "as finished", and an archive of a name the account knows as a project.
 * Each was read as a new record, a list or the wrong field, several at a confidence fb acts on.
 */
class RecordChangesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // whether an entry is billed, said with "as" or tersely
                "set entry 6004 as non-billable | time.edit | entry=6004, new_billable=false",
                "time entry 6003 billable | time.edit | entry=6003, new_billable=true",
                // settings told as news or as a field, in lower case; a kind of work names which entry goes
                "mobile app is now due jan 9 | project.edit | project=mobile app, due_date=2027-01-09",
                "that apollo budget should be 180 hours | project.edit | project=apollo, budget_hours=180",
                "give the Apollo project a $20,000 budget | project.edit | project=Apollo, budget_amount=20000.00",
                "research rate: $130 | service.rate | service=research, rate=130.00",
                "delete the meetings entry from monday | time.delete | service=meetings, date=2026-11-23",
                "scratch the entry I logged on Apollo yesterday | time.delete | target=Apollo, date=2026-11-23",
                "show me the project list | project.list |",
                // the field read where the name goes: the name before "entry" says whose entry
                "Tuesday's Globex entry should say sprint demo | time.edit | date=2026-11-17, target=Globex,"
                        + " new_note=sprint demo",
                "change the note on Friday's Initech entry to api review | time.edit | date=2026-11-20, target=Initech,"
                        + " new_note=api review",
                // a project's setting told as it should be, the old value after "rather than"
                "Data Migration's budget should be 60 hours rather than 45 | project.edit | project=Data Migration,"
                        + " budget_hours=60",
                // read as a new $40 expense at 0.95, and as a list of entries at 0.92
                "set the last expense's amount to $40 | expense.edit | expense=last, new_amount=40.00",
                "set the last entry's note to standup notes | time.edit | entry=last, new_note=standup notes",
                "change entry 6004's duration to 90 minutes | time.edit | entry=6004, new_duration_minutes=90",
                "update my last expense's vendor to Lyft | expense.edit | expense=last, new_vendor=Lyft",
                "change the last entry's note to 'demo prep, part 2' and make it billable | time.edit | entry=last,"
                        + " new_note=demo prep, part 2, new_billable=true",
                // read as a new expense on that day at 0.95
                "the $64 Lyft expense should be dated 11/12 | expense.edit | vendor=Lyft, new_date=2026-11-12",
                "entry 6007 should have been dated Nov 18 | time.edit | entry=6007, new_date=2026-11-18",
                "the last expense should be filed under Software | expense.edit | expense=last, new_category=Software",
                "mark Stark's latest quote as approved | estimate.accept | client=Stark, which=latest",
                "accept Globex's most recent estimate | estimate.accept | client=Globex, which=latest",
                "Tyrell signed off on estimate 3 | estimate.accept | estimate=3",
                "close out the Mobile App project as finished | project.complete | project=Mobile App",
                "we wrapped up Security Review, archive it | project.archive | project=Security Review",
                "archive Tyrell | client.archive | client=Tyrell",
                // a rename said with "call", a budget said as its field, fb's command words in shorthand
                "could you call the Security Review project 'Security Audit' from now on? | project.edit | project=Security Review,"
                        + " new_title=Security Audit",
                "budget hours 150 for data migration | project.edit | project=data migration, budget_hours=150",
                "clnt add Hooli 650 555 0100 | client.create | organization=Hooli",
                "which Stark invoices got paid last month? | invoice.list | status=paid, client=Stark",
                // questions said in idioms: what is owed, paid, unbilled, logged, running
                "what's Tyrell into me for | client.show | client=Tyrell",
                "when did Globex last pay us? | payment.list | client=Globex",
                "how much unbilled time do we have sitting on Stark? | time.list | target=Stark, unbilled=true",
                "what was I up to on Friday, time-wise? | time.list | date_from=2026-11-20",
                "what's the timer ticking on right now? | timer.status |",
                "Lyft ride for Globex, $18.60, Monday | expense.create | vendor=Lyft, target=Globex, date=2026-11-23",
                "hows the security review project tracking | project.show | project=security review",
                "bin whatever's on the timer, don't save it | timer.discard |",
                // discounts are not something fb does: refused, never an unassign or a plain invoice
                "take 15% off invoice 0007 | unknown |",
                // no entry is longer than a day, however the change is said
                "change Monday's Globex entry to 30 hours | unknown |",
                "change Tuesday's Initech entry to 4pm-2pm | unknown |",
                // "all" of anything, a client deleted, a currency converted, a card charged, a status set by hand
                "remove every time entry from October | unknown |",
                "delete expenses from last week | unknown |",
                "take Umbrella Corp off my client list | unknown |",
                "convert estimate 5 from pounds to euros | unknown |",
                "charge Globex's Visa for invoice 0006 | unknown |",
                "flag invoice 0008 as delivered, no email | unknown |",
                "invoice Initech $600 for hosting with a 10% discount | unknown |",
                "Umbrella Health okayed it - turn their latest quote into an invoice | estimate.convert | client=Umbrella Health,"
                        + " which=latest",
                // one field of a client's address, by the field's name
                "update Initch's country to Canada | client.update | client=Initech, country=Canada",
                "correction: Stark Industries' postcode is 10001 | client.update | client=Stark Industries, postal_code=10001",
                "change Tyrell's city to Los Angeles | client.update | client=Tyrell, city=Los Angeles",
                // verbs said another way
                "payment received on invoice 0007 by cheque | payment.record | invoice=0007, method=cheque",
                "shoot invoice 0009 over to ap@stark.example | invoice.send | invoice=0009, email=ap@stark.example",
                "toggle my last time entry to billable | time.edit | entry=last, new_billable=true",
                "recategorise expense 7002 as Travel | expense.edit | expense=7002, new_category=Travel",
                "details for invoice 0004 | invoice.show | invoice=0004",
                "expense 7003: bump it to $30 | expense.edit | expense=7003, new_amount=30.00",
                // a field told as a correction by the record's possessive (was a list of entries at 0.87)
                "the last entry's note should be design sync | time.edit | entry=last, new_note=design sync",
                "entry 6003's note should say client call | time.edit | entry=6003, new_note=client call",
                "my last expense's vendor should have been Staples | expense.edit | expense=last, new_vendor=Staples",
                // the eighth session: "make it … instead", "should have gone on", what an entry "should say",
                // a field named before its record, a client's phone by possessive, a day said as "the 19th"
                "Tuesday's writing on Globex, make it 90 minutes instead | time.edit | date=2026-11-17, target=Globex,"
                        + " service=writing, new_duration_minutes=90",
                "Saturday's Initech time should have gone on Stark | time.edit | date=2026-11-21, new_target=Stark",
                "Friday's Mobile App entry should say sprint review and demo | time.edit | date=2026-11-20,"
                        + " new_note=sprint review and demo",
                "the vendor on expense 7004 should be Lyft | expense.edit | expense=7004, new_vendor=Lyft",
                "Initech's phone number should read 512-555-0142 instead | client.update | client=Initech,"
                        + " phone=512-555-0142",
                "the two hours of design on the 16th should be dated the 17th | time.edit | date=2026-11-16,"
                        + " service=design, new_date=2026-11-17",
                "trash the $12.50 expense | expense.delete | amount=12.50",
                "scrap Thursday's admin time | time.delete | date=2026-11-19, service=admin",
                // rates and members told as statements; payments told by their cheque; the entry's number kept
                "Copywriting is now $85 an hour | service.rate | service=Copywriting, rate=85.00",
                "Jordan should be on Mobile App as well | project.assign | project=Mobile App, member=Jordan",
                "Sam is no longer on Apollo, remove him | project.unassign | project=Apollo, member=Sam",
                "a $1,250 cheque from Initech came in yesterday | payment.record | client=Initech, amount=1250.00,"
                        + " method=cheque, date=2026-11-23",
                "payment received from Tyrell, $900, e-transfer | payment.record | client=Tyrell, amount=900.00",
                "rec'd $400 from Stark for invoice 0007 | payment.record | invoice=0007, amount=400.00",
                "move entry 6004 to Wednesday | time.edit | entry=6004, new_date=2026-11-18",
                "which customer owes us the most? | report.show | report=aging",
                // where an entry should have gone, with the old place after "rather than"
                "my last entry should have gone on Mobile App rather than Apollo | time.edit | entry=last,"
                        + " new_target=Mobile App",
            })
    void should_read_the_change_the_phrase_asks_for(String text, String intent, String slots) {
        assertReadAs(parseWithDemoNames(text), intent, slots);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // what a new document is told after its lines: its date, and that it is sent (the grammar sent
                // the client's latest estimate instead, and dropped the new one)
                "invoice Initech $750 for the audit, dated 11/3 | invoice.create | client=Initech, date=2026-11-03",
                "estimate for Globex, 2 days of workshops at $1,200, and email it to ops@globex.example | estimate.create"
                        + " | client=Globex, send=true",
                // a kind of work set to an hourly rate; a receipt's file name that holds "inv-" stays a file name
                "set Copywritng to $95 per hour | service.rate | service=copywriting, rate=95.00",
                "add $40 for software on Apollo, receipt ~/scans/inv-88.pdf | expense.create | receipt=~/scans/inv-88.pdf",
            })
    void should_read_what_a_new_record_is_told(String text, String intent, String slots) {
        assertReadAs(parseWithDemoNames(text), intent, slots);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // several lines said price-first, or as a count at a price each
                "invoice Stark: security audit $4,000, plus 2 follow-up calls at $200 each"
                        + " | security audit 1 4000.00; follow-up calls 2 200.00",
                "estimate Tyrell for a brand workshop $1,500 plus 6 hours of design at $140 | brand workshop 1 1500.00; design 6 140.00",
                // a length said as an adjective is how many; a two-digit count of days is never the total
                "quote Globex for a 3-day discovery sprint at $1,100/day | discovery sprint 3 1100.00",
                "invoice Stark for 12 days of site support at $650/day | site support 12 650.00",
                // a fixed price said with "at", a description over "and", the hours said after the description
                "invoice Initech for the vendor review at $900 and 2 hours of calls @ $80 | vendor review 1 900.00; calls 2 80.00",
                "bill Globex: setup and migration at $1,500 plus 3 hours of training at $95"
                        + " | setup and migration 1 1500.00; training 3 95.00",
                "new invoice for Acme: site audit $700 plus copy edits, 4 hours at $60 | site audit 1 700.00; copy edits 4 60.00",
            })
    void should_read_every_line_of_a_new_document(String text, String lines) {
        Frame f = parseWithDemoNames(text);
        assertThat(f.slots().get("lines")).as(f.toJson()).isInstanceOf(java.util.List.class);
        java.util.List<String> said = new java.util.ArrayList<>();
        for (Object o : (java.util.List<?>) f.slots().get("lines")) {
            dev.fbcli.nlp.intent.InvoiceLine l = (dev.fbcli.nlp.intent.InvoiceLine) o;
            said.add(l.description() + " " + l.quantity().toPlainString() + " "
                    + l.unitCost().amount().toPlainString());
        }
        assertThat(String.join("; ", said)).as(f.toJson()).isEqualTo(lines);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "set the last expense's amount to $40",
                "the $64 Lyft expense should be dated 11/12",
                // a question about what was paid is a list, never a payment
                "which Stark invoices got paid last month?",
            })
    void should_never_read_a_change_as_a_new_record(String text) {
        Frame f = parseWithDemoNames(text);
        assertThat(f.intent()).as(f.toJson()).doesNotEndWith(".create").doesNotEndWith(".log");
    }
}
