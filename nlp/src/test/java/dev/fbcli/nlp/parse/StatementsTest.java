package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Requests said as statements or with a noun instead of a verb (AddedGrammar.statements). */
class StatementsTest {
    private final RuleBasedIntentParser parser = new RuleBasedIntentParser();

    private Frame parse(String text) {
        return parser.parse(text, new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("UTC")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Design rate is now $95/hr | service.rate | service=Design",
                "add Lee Park as a member of Apollo | project.assign | project=Apollo, member=Lee Park",
                "add dana@kestrel.io as a member of Apollo | project.assign | project=Apollo, member=dana@kestrel.io",
                "take Sam off Apollo | project.unassign | project=Apollo, member=Sam",
                "Halvorsen is no longer a client, archive them | client.archive | client=Halvorsen",
                "expense 7003 should be meals | expense.edit | expense=7003, new_category=meals",
                "details for Acme Corp | client.show | client=Acme Corp",
                "list all my service types | service.list | ",
                "what kinds of work do I offer | service.list | ",
                "Halvorsen moved to Halifax | client.update | client=Halvorsen, city=Halifax",
                "is Initech paid up | client.show | client=Initech",
                "take client Tyrell out of the archive | client.unarchive | client=Tyrell",
                "expense 7003 details | expense.show | expense=7003",
                "that payment on invoice #0007 was a mistake, delete it | payment.delete | invoice=0007",
                "the Apollo project can be archived | project.archive | project=Apollo",
                "we wrapped up Apollo, mark it complete | project.complete | project=Apollo",
                "project Apollo: new title Apollo 2 | project.edit | project=Apollo, new_title=Apollo 2",
                "expense 7003 shoud be meals | expense.edit | expense=7003, new_category=meals",
                "discard the runing timer | timer.discard | ",
                "Could you invoice Acme for all of their unbilled time? | invoice.from_time | client=Acme",
                "could you create an invoice for Initech for $500 for the logo? | invoice.create | client=Initech",
                "Would you be able to draw up an invoice to client Initech for $500 for the logo? | invoice.create | client=Initech",
                "unpaid invoices 60+ days old | invoice.list | status=unpaid, older_than_days=60",
                "which invoices have been payed this month | invoice.list | status=paid",
                "add a $64 Staples expense for office supplies | expense.create | vendor=Staples, category=office supplies",
                "add a $45 travel expense | expense.create | category=travel",
                "status of Brand Refresh | project.show | project=Brand Refresh",
                "where are we on the Annual Report project? | project.show | project=Annual Report",
                "Status of my tiner | timer.status | ",
                "Marcus Lee is no lonher on Spring Campaign | project.unassign | project=Spring Campaign, member=Marcus Lee",
                "Unassign Jordan from Winter Catalog | project.unassign | project=Winter Catalog, member=Jordan",
                "staff Checkout Revamp with Priya | project.assign | project=Checkout Revamp, member=Priya",
                "forrget the timer | timer.discard | ",
                "Drop the current timer, don't log it | timer.discard | ",
                "make bookkeeping $140/h | service.rate | service=bookkeeping",
                "invoice 0150 can be archived | invoice.archive | invoice=0150",
                "set estimate 21 to accepted | estimate.accept | estimate=21",
                "mark the latest estimate for client Globex Inc as accepted | estimate.accept | client=Globex Inc, which=latest",
                "we wrappped up checkout revamp, mark it complete | project.complete | project=checkout revamp",
                "who still hasn't paid me | client.list | has_outstanding=true",
                "knock off the timer - note: fixed the CSV export bug | timer.stop | note=fixed the CSV export bug",
                "how long has the clock been going | timer.status | ",
                "$45 at Staples, office supplies | expense.create | vendor=Staples, category=office supplies",
                "jot down $9.75 at Starbucks under meals | expense.create | vendor=Starbucks, category=meals",
                "outgoings: 35.00 shipping via FedEx | expense.create | vendor=FedEx, category=shipping",
                "show me Kestrel Analytics | client.show | client=Kestrel Analytics",
                "how much design did I do since monday | time.list | service=design",
                "undo the payment recorded on #0010 | payment.delete | invoice=0010",
                "fire off inv 8 | invoice.send | invoice=8",
                "Go ahead and send out invoice 10. | invoice.send | invoice=10",
                "email INV-0005 to bill@initech.example | invoice.send | invoice=INV-0005",
                "send inv 0005 | invoice.send | invoice=0005",
                "2h15m QA testing for Stark friday | time.log | service=qa testing, target=Stark",
                "log 2 hours on Kestrel Analytics, service: consulting | time.log | service=consulting",
                "put down 1.25 hours for podcast launch | time.log | target=podcast launch",
                "Acme's new address is 42 Elm Street, Springfield | client.update | client=Acme, street=42 Elm Street, city=Springfield",
                "Globex has a new billing address: 200 Queen St W, Toronto. | client.update | client=Globex, street=200 Queen St W, city=Toronto",
                "Globex changed their billing email to ap@globex.example, update it | client.update | client=Globex, email=ap@globex.example",
                "The new contact at Initech is Peter Gibbons, please update the client. | client.update | client=Initech, first_name=Peter, last_name=Gibbons",
                "Would you be so kind as to update Initech's phone number to 512-555-0199? | client.update | phone=512-555-0199",
                "yo, start the clock on Mobile App for some development work | timer.start | target=Mobile App, service=development",
                "FYI I spent two hours on Soylent last Monday, please log it | time.log | target=Soylent",
                "What's on invoice number 9? | invoice.show | invoice=9",
                "Update client Stark Industries' address: street 10880 Malibu Point, city Malibu, province CA, postal code 90265. | client.update | street=10880 Malibu Point, city=Malibu, province=CA, postal_code=90265",
                "how much is still outstanding from Stark Industries? | client.show | client=Stark Industries",
                "list every client with an open balance | client.list | has_outstanding=true",
                "Expenses above $200 in the third quarter | expense.list | date_from=2026-07-01, date_to=2026-09-30",
                "what am I clocked into right now | timer.status | ",
                "Hollis & Reed sent $2,000 by e-transfer on Friday against invoice 0231 | payment.record | invoice=0231, method=e-transfer",
                "hourly project Brand Refresh for Marigold Bakery at $110/h | project.create | title=Brand Refresh, billing_method=hourly",
                "Kestrel Analytics moved to 400 Bay Street, Toronto, ON M5H 2Y4 | client.update | street=400 Bay Street, city=Toronto, province=ON, postal_code=M5H 2Y4",
                "globex wants invoices at ap@globex.example from now on | client.update | email=ap@globex.example",
                "the Brand Refresh project's deadline moved to Feb 27 | project.edit | project=Brand Refresh, due_date=2027-02-27",
                "the payment I recorded on INV-0412 was wrong, take it off | payment.delete | invoice=INV-0412",
                "Design should bill at $165 an hour from now on | service.rate | service=Design",
                "did Brightline Dental pay anything last month | payment.list | client=Brightline Dental",
                "has invoice 0007 been paid? | invoice.show | invoice=0007",
                "What have I actually collected year to date? | report.show | report=payments",
                "the $310 Hilton expense belongs on the Mobile App project instead | expense.edit | new_project=Mobile App",
                "my last entry wasn't billable | time.edit | entry=last, new_billable=false",
                "the 3 hours I put on Globex yesterday should have been 2 | time.edit | new_duration_minutes=120",
                "yesterday I am work 3 hour on Apolo project | time.log | project=Apolo, duration_minutes=180",
                "stop timer, note is finish login page | timer.stop | note=finish login page",
                "I pay 38 dollar for taxi yesterday | expense.create | category=taxi",
                "which project have client Solano Vineyards | project.list | client=Solano Vineyards",
                "the Uber expense of yesterday change to 42 dollar | expense.edit | vendor=Uber",
                "show me revenue for every client this year | report.show | group_by=client",
                "archive the Riverside Clinic Portal project thx | project.archive | project=Riverside Clinic Portal",
                "new invoice to Marigold Bakery, $850 for setup and training, due on receipt | invoice.create | due_in_days=0",
                "how much unbilled time does acme have | time.list | target=acme, unbilled=true",
                "any drafts i havent sent yet | invoice.list | status=draft",
                "quote 7 accepted | estimate.accept | estimate=7",
                "convert est 4 | estimate.convert | estimate=4",
                "move yday 3h design to mobile app project | time.edit | new_project=mobile app",
                "Initech finally paid invoice 0005 - $2,000 by cheque this morning. Can you record that? | payment.record | invoice=0005",
                "We agreed on $120 an hour for consulting from now on. | service.rate | service=consulting",
                "My last time entry should have been billed to Mobile App, not Apollo. | time.edit | entry=last, new_target=Mobile App",
                "inv wayne 4500 brand strategy net15 | invoice.create | due_in_days=15",
                "Please add a note to the Tyrell Corporation client: invoices must quote PO 4471 | client.update | client=Tyrell Corporation, note=invoices must quote PO 4471",
                "stark industries: email -> pepper.potts@stark.example | client.update | email=pepper.potts@stark.example",
                "Oakridge Law is now called Oakridge & Vance LLP | client.update | organization=Oakridge & Vance LLP",
                "Initech is now called Initrode LLC, please update their name. | client.update | organization=Initrode LLC",
                "the Spring Catalog project is now due on December 18 | project.edit | due_date=2026-12-18",
                "security review fixed price → $4,200 | project.edit | project=security review",
                "I'm starting on the Spring Catalog project now, track it | timer.start | project=Spring Catalog",
                "stop the timer and note it as 'wireframes v2' | timer.stop | note=wireframes v2",
                "did I leave the clock running | timer.status | ",
                "invoice the accepted quote EST-12 | estimate.convert | estimate=EST-12",
                "how's the Podcast Season 2 project tracking against its hours? | project.show | project=Podcast Season 2",
                "remind me what Globex owes | client.show | client=Globex",
                "expenses above $200 on the Greenway Kiosk project | expense.list | project=Greenway Kiosk",
            })
    void should_read_a_request_said_as_a_statement(String text, String intent, String slots) {
        Frame f = parse(text);
        FrameAssertions.assertReadAs(f, intent, slots);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "I need to end the running timer | timer.stop",
                "mark invoice 42 as done | unknown",
            })
    void should_not_complete_a_project_that_is_a_record(String text, String notIntent) {
        Frame f = parse(text);
        assertThat(f.intent()).as(f.toJson()).isNotEqualTo("project.complete");
    }
}
