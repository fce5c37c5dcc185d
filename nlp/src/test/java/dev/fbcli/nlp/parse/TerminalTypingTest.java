package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.FrameAssertions.assertReadAs;
import static dev.fbcli.nlp.parse.FrameAssertions.parseWithDemoNames;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Requests typed the way a terminal user types them, as the eighth session's training groups
 * did: the tool's name first ("fb log …"), a run of lower-case words that is an account name and
 * a kind of work side by side ("proj apollo development"), a record with a field and a value and
 * no verb ("last exp amt 14.50", which was a new expense at 0.95), a setting said as a field
 * ("design rate 160"), shorthand nouns ("cl", "svc"), "@95", a decimal with one place, a year
 * after a report.
 */
class TerminalTypingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fb log 2h globex writing | time.log | duration_minutes=120, target=globex, service=writing",
                "time log 45m proj mobile app testing tue | time.log | project=mobile app, service=testing,"
                        + " date=2026-11-17",
                "log 2 hrs initech consulting fri | time.log | target=initech, service=consulting, date=2026-11-20",
                "log 1h design research apollo proj | time.log | project=apollo, service=design research",
                "last exp amt 22.80 | expense.edit | expense=last, new_amount=22.80",
                "exp 7004 vendor uber | expense.edit | expense=7004, new_vendor=uber",
                "last entry -> 45m | time.edit | entry=last, new_duration_minutes=45",
                "time edit 6003 note retro notes | time.edit | entry=6003, new_note=retro notes",
                "research rate 120 | service.rate | service=research, rate=120.00",
                "mobile app budget 90h | project.edit | project=mobile app, budget_hours=90",
                "globex latest est to invoice | estimate.convert | client=globex, which=latest",
                "cl ls | client.list |",
                "cl show initech | client.show | client=initech",
                "add svc Onboarding non billable | service.create | name=Onboarding, billable=false",
                "exp 8.5 coffee | expense.create | amount=8.50, category=coffee",
                "revenue summary 2025 | report.show | report=revenue, date_from=2025-01-01, date_to=2025-12-31",
                "inv initech unbilled time | invoice.from_time | client=initech",
                // a run of words after a terse expense's amount, cut by what each is: the category wherever it
                // stands, the vendor before it, the account's client or project after it or at the end
                "exp 7.40 coffee corner cafe meals | expense.create | amount=7.40, category=meals, vendor=corner cafe,"
                        + " note=coffee",
                "exp 130.00 marriott hotel/lodging globex wed | expense.create | amount=130.00, category=hotel/lodging,"
                        + " vendor=marriott, target=globex, date=2026-11-18",
                "exp 210 westjet airfare initech | expense.create | amount=210.00, category=airfare, vendor=westjet,"
                        + " target=initech",
                "exp fuel 52.10 petro canada car & truck | expense.create | amount=52.10, category=car & truck,"
                        + " vendor=petro canada, note=fuel",
                "exp 18 shipping canada post initech | expense.create | amount=18.00, category=shipping,"
                        + " vendor=canada post, target=initech",
                "exp 49 best buy office supplies apollo proj | expense.create | amount=49.00, category=office supplies,"
                        + " vendor=best buy, project=apollo",
                // a slip that could drop or add a letter is read as a dropped one ("acceptd" is accepted, "cliens"
                // clients); shorthand read as its word; a year after a report's word typed with a slip
                "globex acceptd est 4 | estimate.accept | estimate=4",
                "list all cliens | client.list |",
                "conv est 4 to inv | estimate.convert | estimate=4",
                "pmt recvd wayne 1,200 inv 0008 | payment.record | client=wayne, amount=1200.00, invoice=0008",
                "revnue summary 2024 | report.show | report=revenue, date_from=2024-01-01, date_to=2024-12-31",
                "expnses 2025 | expense.list | date_from=2025-01-01, date_to=2025-12-31",
                // a length, then the stretch it filled ("9-11"): the same time, read once with its start; a stretch of
                // another length is asked about
                "log 3h 1-4pm writing globex | time.log | duration_minutes=180, start_time=13:00, service=writing,"
                        + " target=globex",
                "log 1h design initech 14-15 | time.log | duration_minutes=60, start_time=14:00",
                // a clock time after a length with its unit is when the work started ("1:30" in a working day is the
                // afternoon); a name's last word typed a letter short
                "log 50m admin initech 15:10 | time.log | duration_minutes=50, start_time=15:10, target=initech",
                "log 2h writing 2:15 | time.log | duration_minutes=120, start_time=14:15",
                "log 3h dev data migratio | time.log | target=Data Migration, service=dev",
                // a record's field said tersely: an entry's length, a project's due date, a client's contact detail
                // and address, a member on or off a project
                "entry 6004 dur 45m | time.edit | entry=6004, new_duration_minutes=45",
                "proj mobile app deadline feb 15 | project.edit | project=mobile app, due_date=2027-02-15",
                "cl initech email ap@initech.example | client.update | client=initech, email=ap@initech.example",
                "wayne phone 212-555-0188 | client.update | client=wayne, phone=212-555-0188",
                "update stark address to 10 bay st toronto | client.update | client=stark, street=10 bay st, city=toronto",
                "jordan off data migration | project.unassign | member=jordan, project=data migration",
                // taxes by their names; an income statement is the profit and loss
                "gst summary 2025 | report.show | report=tax, date_from=2025-01-01, date_to=2025-12-31",
                "income statement last quarter | report.show | report=profit_loss, date_from=2026-07-01,"
                        + " date_to=2026-09-30",
            })
    void should_read_what_was_typed_tersely(String text, String intent, String slots) {
        assertReadAs(parseWithDemoNames(text), intent, slots);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a stretch of the clock said without "from"
                "quarter past nine till eleven on initech, research | time.log | duration_minutes=105,"
                        + " start_time=09:15, target=initech",
                "10 to 12:30 on globex, meetings | time.log | duration_minutes=150, start_time=10:00, target=globex",
                // a rate with a thousands comma and no sign
                "invoice acme 2 days of workshops at 1,400/day | invoice.create | client=acme",
                // who the document is for, then a colon and what it bills
                "new estimate for globex: 6 hrs research at 110/hr | estimate.create | client=globex",
                "quote wayne: security audit $7,500 | estimate.create | client=wayne",
                // the record first, then what to do with it
                "estimate 4: convert | estimate.convert | estimate=4",
                "invoice 0003: mark as sent | unknown |",
                // an amount with a category said as a field of its own
                "$64 Staples, office supplies | expense.create | amount=64.00, category=office supplies",
                "38.50 cab from the airport, taxi & parking | expense.create | amount=38.50, category=taxi & parking",
                // a new record's name is never corrected ("marco" is no slip of "march")
                "client add marco diaz marco@diaz.example | client.create | first_name=marco, last_name=diaz",
                "add client jan novak | client.create | organization=jan novak",
                // a person typed in lower case: a given name first says so
                "new client farida haddad, 416 555 0100 | client.create | first_name=farida, last_name=haddad",
                "clnt add tobias brandt | client.create | first_name=tobias, last_name=brandt",
                "add client jade garden | client.create | organization=jade garden",
                // the account's client said last in a new project's title, in lower case
                "proj new Site Audit globex 20h budget | project.create | title=Site Audit, client=globex, budget_hours=20",
                // the least amount in short, the project first then who joins, who leaves without "from"
                "inv ls min 2,500 | invoice.list | min_amount=2500.00",
                "proj mobile app add chris | project.assign | project=mobile app, member=chris",
                "unassign jordan apollo | project.unassign | project=apollo, member=jordan",
                // a client's name ends where a quantity starts; a bare rate before "dated"
                "new invoice for Initech 3 days of workshops at $800/day | invoice.create | client=Initech",
                "inv new stark 3h review @120 dated 11/2 | invoice.create | client=stark, date=2026-11-02",
                // "can u", a British verb for logging, a greeting that is a name for the reader
                "can u log 2 hrs of research on globex | time.log | duration_minutes=120, service=research, target=globex",
                "Mate, bung 45 mins on Initech for the standup | time.log | duration_minutes=45, target=Initech",
                "Invoice to Initech - API work, 10 hours at 120 | invoice.create | client=Initech",
                // twelfth session: what the work was, said after the request, is the note
                "log 2h design for Acme today, menu pricing review | time.log | duration_minutes=120, service=design,"
                        + " target=Acme, note=menu pricing review",
                "log 3h on Apollo, thanks | time.log | duration_minutes=180, target=Apollo",
                // one of the account's vendors named after "for"/"on" is who was paid, not whom it is charged to
                "expense $40 for Dropbox | expense.create | amount=40.00, vendor=Dropbox",
                "32 bucks on Staples, office supplies | expense.create | amount=32.00, vendor=Staples",
                "expense $40 for Acme | expense.create | amount=40.00, target=Acme",
            })
    void should_read_the_shapes_of_the_ninth_sessions_groups(String text, String intent, String slots) {
        assertReadAs(parseWithDemoNames(text), intent, slots);
    }
}
