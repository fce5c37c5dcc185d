package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a slot ends and which slot a value goes in: clause words taken off names ("since",
 * "dated", "instead"), the field an edit names ("the note on … to …"), "since" a day, a short
 * month name ending a list, card names as payment methods, and names of the account deciding
 * what "rename" edits.
 */
class SlotEdgesTest {
    private final RuleBasedIntentParser parser = new RuleBasedIntentParser();

    private Frame parse(String text) {
        return parser.parse(text, new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("UTC")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "payments from Initech since November 2 | payment.list | client=Initech, date_from=2026-11-02, date_to=2026-11-24",
                "expenses since 11/10 | expense.list | date_from=2026-11-10, date_to=2026-11-24",
                "expenses oct | expense.list | date_from=2026-10-01, date_to=2026-10-31",
                "time logged sept | time.list | date_from=2026-09-01, date_to=2026-09-30",
                "set the description on time entry 6010 to 'wireframes, round 2' | time.edit | entry=6010, new_note=wireframes, round 2",
                "change the task on my last entry to Support | time.edit | entry=last, new_service=Support",
                "change the vendor on expense 7002 to Costco | expense.edit | expense=7002, new_vendor=Costco",
                "move yesterday's writing time to the Launch project instead | time.edit | date=2026-11-23, new_project=Launch",
                "fix the editing entry from Monday to 45 minutes | time.edit | service=editing, new_duration_minutes=45",
                "Create a service named Bookkeeping with an hourly rate of $60 | service.create | name=Bookkeeping",
                "new client with company name Hooli Labs, email gavin@hooli.example | client.create | organization=Hooli Labs",
                "Halvorsen paid $300 on invoice 0012 by mastercard | payment.record | invoice=0012, method=mastercard",
                "Initech paid $80 via amex | payment.record | method=amex",
                "Track 2 hours on the Harbor Launch 2027 project | time.log | project=Harbor Launch 2027",
                "start a timer on Apollo with the note 'kickoff call' | timer.start | note=kickoff call",
                "punch me out | timer.stop | ",
                "I clocked 3 hours on Initech yesterday | time.log | duration_minutes=180, target=Initech",
                "a $220 hardware purchase from Dell | expense.create | category=hardware, vendor=Dell",
                "Halvorsen has a new email address: ops@halvorsen.example | client.update | client=Halvorsen, email=ops@halvorsen.example",
                "Halvorsen is now called Halvorsen Group | client.update | client=Halvorsen, organization=Halvorsen Group",
                "change the contact name for Halvorsen to Ida Berg | client.update | client=Halvorsen, first_name=Ida, last_name=Berg",
                "Halvorsen sent us a cheque for $900 | payment.record | client=Halvorsen, method=cheque",
                "Halvorsen settled their invoice today | payment.record | client=Halvorsen",
                "is Harbor still within budget? | project.show | project=Harbor",
                "how is the Harbor project tracking against its budget? | project.show | project=Harbor",
                "add the note 'site visit' to my last entry | time.edit | entry=last, new_note=site visit",
                "add a note to expense 7010: parking at the client | expense.edit | expense=7010, new_note=parking at the client",
                "spent 42 at staples | expense.create | vendor=staples",
                "exp 18 notion software | expense.create | vendor=notion, category=software",
                "exp 30 lyft friday | expense.create | vendor=lyft",
                "invoice Halvorsen for 6 posters at $40 each | invoice.create | client=Halvorsen",
                "Enter 4 hours for Testing on the Harbor project | time.log | service=Testing, project=Harbor",
                "log 2h on the Harbor project for writing | time.log | service=writing, project=Harbor",
                "add an expense of $90 for Telephone at Telus for client Halvorsen | expense.create | category=Telephone, vendor=Telus, client=Halvorsen",
                "record a $55 expense for the Oslo visit on project Harbor | expense.create | note=Oslo visit, project=Harbor",
                "expenses between 2026-08-03 and 2026-08-21 | expense.list | date_from=2026-08-03, date_to=2026-08-21",
                "hours logged from Oct 5 to Oct 12 | time.list | date_from=2026-10-05, date_to=2026-10-12",
                "payments 9/1-9/15 | payment.list | date_from=2026-09-01, date_to=2026-09-15",
                "revenue from june through august | report.show | date_from=2026-06-01, date_to=2026-08-31",
                "invoices sent at least 20 days ago | invoice.list | older_than_days=20",
                "what have we paid Lufthansa since March 3? | expense.list | vendor=Lufthansa, date_from=2026-03-03",
                "which of my projects have gone over their budget | project.list | over_budget=true",
                "projects over budget for Halvorsen | project.list | over_budget=true, client=Halvorsen",
                "are any quotes still in draft | estimate.list | status=draft",
                "anything unpaid from client Halvorsen? | invoice.list | status=unpaid, client=Halvorsen",
                "Halvorsen hired us for a Brand Audit project, fixed price $3,000 | project.create | title=Brand Audit, client=Halvorsen, fixed_price=3000.00",
                "Kestrel Labs wants a new project called Field Survey, billed hourly at $90/h | project.create | title=Field Survey, client=Kestrel Labs, rate=90.00",
                "we've signed with Kestrel Labs - can you set up a project called Pilot? | project.create | title=Pilot, client=Kestrel Labs",
                "Halvorsen wants the Harbor project report | project.show | project=Harbor",
                "Halvorsen paid 700 by bank tranfser | payment.record | method=bank transfer",
                "show est 12 | estimate.show | estimate=12",
                "halvorsen pd inv 0031 | payment.record | invoice=0031",
                "revenue last qtr | report.show | date_from=2026-07-01, date_to=2026-09-30",
                "invoices for Halvorsen that were never sent | invoice.list | status=draft, client=Halvorsen",
                "which of my clients don't owe anything | client.list | has_outstanding=false",
                "log 40 minutes of support on Halvorsen, note 'password reset for Ida' | time.log | note=password reset for Ida",
                "invoice Halvorsen $800 for the site survey report | invoice.create | client=Halvorsen",
                "bill halvorsen 600 for api work | invoice.create | client=halvorsen",
                "I have a new client called Berg & Co, their phone is 555-0199 | client.create | organization=Berg & Co, phone=555-0199",
                "exp 14.20 deliveroo thursday | expense.create | vendor=deliveroo",
                "exp 22 bus tickets | expense.create | category=bus tickets",
                "How is Harbor tracking against its budget? | project.show | project=Harbor",
                "log 2 hours on the Harbor project for client Halvorsen | time.log | project=Harbor, client=Halvorsen",
                "please delete the $30 Uber expense? It was a duplicate. | expense.delete | vendor=Uber",
                "could you bump writing up to 85/hr | service.rate | service=writing, rate=85.00",
                "edit entry 6120, make it 45 minutes | time.edit | entry=6120, new_duration_minutes=45",
                "turn the Halvorsen hours into an invoice | invoice.from_time | client=Halvorsen",
                "pull up Halvorsen Group | client.show | client=Halvorsen Group",
                "$42.10 parking yesterday | expense.create | category=parking, date=2026-11-23",
                "log time from 10pm to 1am on Harbor | time.log | duration_minutes=180, start_time=22:00",
                "record $250 from Halvorsen by cheque for invoice 0031 | payment.record | invoice=0031, client=Halvorsen, method=cheque",
                "what haven't I invoiced Halvorsen for yet? | time.list | unbilled=true",
                "oops \u2014 3 hours of writing on Harbor yesterday | time.log | duration_minutes=180, target=Harbor",
                "new client: organization \"Berg Labs\", email \"ida@berg.example\" | client.create | organization=Berg Labs, email=ida@berg.example",
                "set the note on my last entry to \"client call\" | time.edit | new_note=client call",
                "how many hours did the team log on Harbor this week | time.list | target=Harbor",
                "Create expense: amount 40.00, currency GBP, category \"Travel\", vendor \"Avanti\", date 2026-11-03 | expense.create | category=Travel, vendor=Avanti, date=2026-11-03",
                "Update client \"Halvorsen\": phone \"+47 555 0100\" | client.update | phone=+47 555 0100",
                "new client berg labs, ida berg, ida@berg.example | client.create | organization=berg labs, first_name=ida, last_name=berg",
                "how much dose halvorsen owe me | client.show | client=halvorsen",
                "invoice Halvorsen $2k for the March workshop | invoice.create | client=Halvorsen",
                "parking 14.50 yesterday for halvorsen | expense.create | category=parking, date=2026-11-23",
                "how much has Halvorsen paid us so far? | payment.list | client=Halvorsen",
                "what did we bill Halvorsen last month | invoice.list | client=Halvorsen, date_from=2026-10-01",
                "how long has the timer been running? | timer.status | ",
                "which quotes are awaiting approval | estimate.list | status=sent",
                "how much unbilled time do we have for Halvorsen? | time.list | unbilled=true, target=Halvorsen",
                "what did Halvorsen pay in October? | payment.list | client=Halvorsen, date_from=2026-10-01",
                "the Halvorsen entry from Monday was actually 5 hours, not 4 | time.edit | duration_minutes=240, new_duration_minutes=300",
                "the Harbor budget was raised to 90 hours, please update it | project.edit | project=Harbor",
                "I entered the wrong hours on Friday for Halvorsen, it should be 2 hours | time.edit | new_duration_minutes=120",
                "Halvorsen sent $450 towards invoice 0031 yesterday by e-transfer | payment.record | invoice=0031, client=Halvorsen, method=e-transfer",
                "Berg Labs is no longer a client of ours, please archive them | client.archive | client=Berg Labs",
                "the payment on invoice 0031 was entered twice, please delete it | payment.delete | invoice=0031",
                "Ida isn't working on Harbor anymore, please take her off that project | project.unassign | member=Ida, project=Harbor",
                "Create a client: organization \"Berg Labs\", first name Ida, last name Berg, currency NOK | client.create | first_name=Ida, last_name=Berg, currency=NOK",
                "Create a time entry: project \"Harbor\", service Writing, duration 45m, start time 14:30 | time.log | service=Writing, start_time=14:30",
                "bill client Halvorsen for unbilled hours this month and email the invoice | invoice.from_time | client=Halvorsen, send=true",
                "inv halvorsen 1500 brand audit | invoice.create | client=halvorsen",
                "invoice halvorsen 12 x 80 translation | invoice.create | client=halvorsen",
                "bill halvorsen 2 hrs editing @ 90 and 1 hr calls @ 60 | invoice.create | client=halvorsen",
                "new inv halvorsen 3 hrs editing at 90 due in 10 days | invoice.create | client=halvorsen, due_in_days=10",
                "Send Halvorsen an invoice for $700 for the audit | invoice.create | client=Halvorsen, send=true",
                "log 8 to 4 on halvorsen | time.log | duration_minutes=480, start_time=08:00",
                "log 3h blue fern & co | time.log | target=blue fern & co",
                "expenses > $250 | expense.list | min_amount=250.00",
                "log time for Halvorsen | time.log | target=Halvorsen",
                "spent at staples this month | expense.list | vendor=staples",
                "Parking at the airport cost $36 yesterday | expense.create | category=Parking, date=2026-11-23",
                "new project q4 launch for halvorsen | project.create | title=q4 launch, client=halvorsen",
                "List the expenses from vendor Air Canada | expense.list | vendor=Air Canada",
                "Create a client for the individual Maria Lopez | client.create | first_name=Maria, last_name=Lopez",
                "I think Halvorsen paid invoice 0012 yesterday | payment.record | client=Halvorsen",
                "new client dunder mifflin ph 570-555-0188 | client.create | organization=dunder mifflin",
                "invoice halvorsen 6h editing @ 90 net15 | invoice.create | client=halvorsen, due_in_days=15",
                "log 1h of design on Maple Mill Works | time.log | target=Maple Mill Works, service=design",
                "show time for Harbor Time Co this week | time.list | target=Harbor Time Co",
                "Halvorsen paid invoice 0012 by SEPA transfer | payment.record | method=SEPA transfer",
                "new hourly project Atlas for Halvorsen at $120 per hour with a budget of 40 hours | project.create | title=Atlas, rate=120.00",
            })
    void should_end_and_place_slots(String text, String intent, String slots) {
        Frame f = parse(text);
        FrameAssertions.assertReadAs(f, intent, slots);
    }

    @Test
    void should_ask_about_a_name_that_holds_a_day_or_a_term() {
        AccountNames names =
                new AccountNames(List.of("Halvorsen Inc"), List.of("Harbor"), List.of("Design"), List.of());
        ParseContext ctx = new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("UTC"), names);
        assertThat(NameRisk.risky("halvorsen last months", "inv halvorsen last months time", Gazetteer.of(names)))
                .isTrue();
        assertThat(NameRisk.risky("Scrap", "Scrap the timer", Gazetteer.of(names)))
                .isTrue();
        assertThat(NameRisk.risky("Okafor Design", "what does Okafor Design owe", Gazetteer.of(names)))
                .isFalse();
        assertThat(NameRisk.risky("Halvorsen", "Halvorsen moved to Leeds", Gazetteer.of(names)))
                .isFalse();
        Frame f = parser.parse("Chalk up two hours to Harbor", ctx);
        assertThat(f.slots().containsValue("Chalk") ? f.confidence() : 0.0)
                .as(f.toJson())
                .isLessThan(0.8);
    }

    @Test
    void should_keep_a_month_that_names_a_thing_in_the_description() {
        assertThat(parse("invoice Halvorsen $2k for the March workshop")
                        .slots()
                        .get("lines")
                        .toString())
                .contains("March workshop");
        assertThat(parse("expenses for the october period").slots()).containsKey("date_from");
    }

    @Test
    void should_read_a_description_to_its_end() {
        Frame f = parse("invoice Halvorsen $800 for the site survey report");
        assertThat(f.slots().get("lines").toString()).contains("site survey report");
        assertThat(parse("bill halvorsen 600 for api work").slots().get("lines").toString())
                .contains("api work");
    }

    @Test
    void should_read_no_name_from_words_no_name_is() {
        Frame f = parse("which invoices older than 30 days still haven't been paid");
        assertThat(f.slots()).doesNotContainKeys("client", "target").containsEntry("older_than_days", 30);
        assertThat(parse("move the entry from Monday to Wednesday").slots()).doesNotContainKey("date_to");
    }

    @Test
    void should_not_act_on_a_name_it_put_aside() {
        // "for Halvorsen" then "on project Harbor": who Halvorsen is, the frame does not say
        Frame f = parse("log 3 hours for Halvorsen on project Harbor");
        assertThat(f.slots()).containsEntry("project", "Harbor");
        assertThat(f.confidence()).as(f.toJson()).isLessThan(0.8);
    }

    @Test
    void should_keep_a_name_that_ends_a_list_and_a_month_said_as_a_name() {
        assertThat(parse("email invoice 0042 to dec").slots()).doesNotContainKey("date_from");
        assertThat(parse("log 2 hours for may").slots()).doesNotContainKey("date_from");
    }

    @Test
    void should_rename_what_the_name_is_in_the_account() {
        AccountNames names = new AccountNames(List.of("Halvorsen Inc"), List.of("Launch"), List.of(), List.of());
        ParseContext ctx = new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("UTC"), names);
        Frame client = parser.parse("rename Halvorsen Inc to Halvorsen Group", ctx);
        assertThat(client.intent()).as(client.toJson()).isEqualTo("client.update");
        assertThat(client.slots())
                .containsEntry("client", "Halvorsen Inc")
                .containsEntry("organization", "Halvorsen Group");
        AccountNames withWork = new AccountNames(
                List.of("Halvorsen Inc"), List.of("Launch"), List.of("QA Testing", "Research"), List.of("Telephone"));
        ParseContext work = new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("UTC"), withWork);
        assertThat(parser.parse("log 45 minutes of QA Testing for Halvorsen", work)
                        .slots())
                .containsEntry("service", "QA Testing");
        assertThat(parser.parse("log 2h for Research", work).slots()).containsEntry("service", "Research");
        assertThat(parser.parse("an expense of $75 for Telephone from Rogers", work)
                        .slots())
                .containsEntry("category", "Telephone");
        Frame rate = parser.parse("bump the Launch rate to $105 an hour", ctx);
        assertThat(rate.intent()).as(rate.toJson()).isEqualTo("project.edit");
        assertThat(parser.parse("move yesterday's 2h from launch to halvorsen inc", work)
                        .slots())
                .containsKey("target");
        Frame assign = parser.parse("put chris on launch", ctx);
        assertThat(assign.intent()).as(assign.toJson()).isEqualTo("project.assign");
        assertThat(assign.slots()).containsEntry("member", "chris").containsEntry("project", "launch");
        assertThat(parser.parse("put chris on halvorsen inc", ctx).intent()).isNotEqualTo("project.assign");
        Frame project = parser.parse("rename Launch to Launch Phase 2", ctx);
        assertThat(project.intent()).as(project.toJson()).isEqualTo("project.edit");
        assertThat(project.slots()).containsEntry("project", "Launch").containsEntry("new_title", "Launch Phase 2");
    }
}
