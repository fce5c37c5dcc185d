package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.InvoiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invoice lines given as fields (FieldLines), a second change to the same record and a second
 * request on "it" (SecondChange), and the names the grammar read too far or cut too short.
 */
class FieldsAndClausesTest {
    private final RuleBasedIntentParser parser = new RuleBasedIntentParser();

    private Frame parse(String text) {
        return parser.parse(text, new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("UTC")));
    }

    @SuppressWarnings("unchecked")
    private static List<InvoiceLine> lines(Frame f) {
        return (List<InvoiceLine>) f.slots().get("lines");
    }

    @Test
    void should_read_an_agents_invoice_with_its_line_as_fields_and_its_dates() {
        Frame f = parse(
                "Create an invoice for client Umbrella Corp: one line \"Support retainer - December\", quantity 1,"
                        + " unit cost 2400.00 USD; invoice date 2026-11-24; due date 2026-12-24; send it to the client.");
        assertThat(f.intent()).as(f.toJson()).isEqualTo("invoice.create");
        assertThat(lines(f)).as(f.toJson()).hasSize(1);
        InvoiceLine l = lines(f).get(0);
        assertThat(l.description()).isEqualTo("Support retainer - December");
        assertThat(l.quantity()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(l.unitCost().amount()).isEqualByComparingTo("2400.00");
        assertThat(l.unitCost().currencyOrNull()).isEqualTo("USD");
        assertThat(f.slots())
                .as(f.toJson())
                .containsEntry("due_date", LocalDate.parse("2026-12-24"))
                .containsEntry("date", LocalDate.parse("2026-11-24"))
                .containsEntry("send", true);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "create an invoice for Acme with line item \"Logo design\", quantity 2, unit cost 400 USD | Logo design | 2 | 400",
                "create an invoice for Acme with line item Logo design, qty 2, unit price 400 | Logo design | 2 | 400",
                "Create an estimate for client Umbrella Health: 1 x \"Patient portal prototype\" at $9,500.00 | Patient portal prototype | 1 | 9500",
                "invoice Acme: \"Logo\" $500 and \"Business cards\" $120 | Logo | 1 | 500",
                // days at a day's rate typed tersely, with or without "of", the rate before or after what was done
                "inv wayne 4 days @ 950/day onsite support | onsite support | 4 | 950",
                "inv globex 2 days workshop 1,100/day | workshop | 2 | 1100",
            })
    void should_read_a_line_given_as_fields(String text, String description, String quantity, String unit) {
        Frame f = parse(text);
        assertThat(lines(f)).as(f.toJson()).isNotEmpty();
        InvoiceLine l = lines(f).get(0);
        assertThat(l.description()).as(f.toJson()).isEqualTo(description);
        assertThat(l.quantity()).as(f.toJson()).isEqualByComparingTo(quantity);
        assertThat(l.unitCost().amount()).as(f.toJson()).isEqualByComparingTo(unit);
    }

    @Test
    void should_keep_both_quoted_lines_and_not_take_a_quoted_note_as_a_line() {
        Frame two = parse("invoice Acme: \"Logo\" $500 and \"Business cards\" $120");
        assertThat(lines(two))
                .as(two.toJson())
                .extracting(InvoiceLine::description)
                .containsExactly("Logo", "Business cards");
        Frame noted = parse("estimate for Acme \"Logo\" 500, notes \"Valid for 30 days\"");
        assertThat(lines(noted))
                .as(noted.toJson())
                .extracting(InvoiceLine::description)
                .containsExactly("Logo");
        assertThat(noted.slots()).as(noted.toJson()).containsEntry("notes", "Valid for 30 days");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Change the most recent time entry's service to Research and mark it non-billable. | time.edit | new_service=Research, new_billable=false",
                "rename Mobile App to Mobile App 2 and set its budget to 200 hours | project.edit | project=Mobile App, new_title=Mobile App 2, budget_hours=200",
                "rename the Security Review project to Security Audit and set the due date to Jan 31 | project.edit | project=Security Review, new_title=Security Audit, due_date=2027-01-31",
                "Edit time entry 6004: new duration 1 hour 50 minutes | time.edit | entry=6004, new_duration_minutes=110",
                "Amend expense 7001: category Travel, note 'Airport run' | expense.edit | expense=7001, new_category=Travel, new_note=Airport run",
                "Change the category of the most recent expense to Travel and set its note to \"Client visit, Austin\". | expense.edit | new_category=Travel, new_note=Client visit, Austin",
                "change yesterday's entry to 3 hours and make it billable | time.edit | new_duration_minutes=180, new_billable=true",
                "Update my last time entry: set the duration to 2 hours 45 minutes and the note to \"Sprint planning\". | time.edit | entry=last, new_duration_minutes=165, new_note=Sprint planning",
                "for the $48.50 Blue Bottle expense, change the vendor to Blue Bottle Coffee and the date to October 22 | expense.edit | vendor=Blue Bottle, new_vendor=Blue Bottle Coffee, new_date=2026-10-22",
                "Edit time entry 6002: set duration to 3 hours and service to Research. | time.edit | entry=6002, new_duration_minutes=180, new_service=Research",
            })
    void should_read_a_second_change_to_the_same_record(String text, String intent, String slots) {
        Frame f = parse(text);
        FrameAssertions.assertReadAs(f, intent, slots);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "delete the last entry and mark it paid | mark",
                "delete invoice 0003 and email it to acme | email",
                "archive Acme and send them a note | send",
            })
    void should_not_drop_a_second_request_on_the_same_record(String text, String verb) {
        Frame f = parse(text);
        assertThat(f.intent()).as(f.toJson()).isEqualTo("unknown");
        assertThat(f.reason()).as(f.toJson()).contains("one request at a time").contains(verb);
        assertThat(f.confidence()).as("read from the shape alone").isLessThan(Confidence.ACT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "sync all my invoices over to QuickBooks | sync",
                "Mark invoice 0008 as sent. | cannot mark one sent",
                "export my invoices to csv | export",
                "import clients from a spreadsheet | import",
            })
    void should_name_what_fb_does_not_do(String text, String what) {
        Frame f = parse(text);
        assertThat(f.intent()).as(f.toJson()).isEqualTo("unknown");
        assertThat(f.reason()).as(f.toJson()).contains(what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "knock off the timer - note: fixed the CSV export bug | timer.stop",
                "invoice acme $500 for the logo and send it | invoice.create",
                "log 2h design on acme and mark it non-billable | time.log",
                "Add a $38.75 Uber expense on Monday, category Taxi & Parking, and bill it to client Initech | expense.create",
                "Tyrell is no longer a client of mine, please archive them | client.archive",
                "Could you please add Jordan to the Data Migration project? He's helping with the exports. | project.assign",
                "invoice Vandelay Industries $750 for the import catalogue | invoice.create",
            })
    void should_keep_a_clause_that_is_part_of_the_request(String text, String intent) {
        Frame f = parse(text);
        assertThat(f.intent()).as(f.toJson()).isEqualTo(intent);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "hrs logged on the podcast launch project in september | project | podcast launch",
                "create project annual report for acme | title | annual report",
                "Which Payments Did Northwind Make Last Quarter | client | Northwind",
                "What Did I Bill Kestrel Labs On The Most Recent Inv? | client | Kestrel Labs",
                "what does the latest invoice for Initech look like | client | Initech",
                "Update project Website Redesign: set the budget to 55 hours and the due date to 2026-12-31 | project | Website Redesign",
                "change the rate on Greenhouse to $175/hour | project | Greenhouse",
                "change the rate on design to $100/h | service | design",
                "change entry 6011 to photography | new_service | photography",
                "set the note on my last entry to draft review | new_note | draft review",
            })
    void should_read_a_name_whole_and_no_further(String text, String slot, String value) {
        Frame f = parse(text);
        assertThat(String.valueOf(f.slots().get(slot))).as(f.toJson()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "invoice show 0007 | invoice.show | invoice=0007",
                "expense add 19.99 --vendor github --cat software | expense.create | vendor=github, category=software",
                "client add Hooli --email gavin@hooli.xyz | client.create | organization=Hooli, email=gavin@hooli.xyz",
                "proj ls --client initech | project.list | client=initech",
                "payment record inv 0042 $500 --method wire | payment.record | invoice=0042, method=wire",
                "time rm 6004 | time.delete | entry=6004",
                "time show last | time.show | entry=last",
                "timer discard | timer.discard | ",
                "project assign \"Data Migration\" jordan | project.assign | project=Data Migration, member=jordan",
                "time log 2h dev acme --date yesterday | time.log | service=dev, date=2026-11-23",
            })
    void should_read_a_phrase_typed_as_fbs_own_commands(String text, String intent, String slots) {
        Frame f = parse(text);
        FrameAssertions.assertReadAs(f, intent, slots);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Edit time entry 6002: new duration 3 hours, new service Development, billable true. | time.edit | entry=6002, new_duration_minutes=180, new_service=Development, new_billable=true",
                "Edit expense 7002: new amount 16.99 USD, new category Software, new vendor Dropbox. | expense.edit | expense=7002, new_category=Software, new_vendor=Dropbox",
                "Edit project Apollo: budget hours 120, rate 125.00 USD, due date 2027-02-28. | project.edit | project=Apollo, budget_hours=120, due_date=2027-02-28",
                "Show report profit_loss, date from 2026-01-01, date to 2026-06-30, group by month, currency CAD. | report.show | report=profit_loss, group_by=month, currency=CAD",
                "Invoice tracked time: client Calloway Architects, date from 2026-10-01, date to 2026-10-31, group by day, send: yes. | invoice.from_time | client=Calloway Architects, group_by=day, send=true",
                "List invoices: status unpaid, client Globex Inc, minimum amount 1000.00 USD. | invoice.list | status=unpaid, client=Globex Inc",
                "Create a project: title Q1 Content Calendar, client Verdant Foods, billing method hourly, budget hours 30 | project.create | title=Q1 Content Calendar, billing_method=hourly, budget_hours=30",
                "Create a fixed-price project named \"Annual Report 2026\" for client Stark Industries, fixed price $8,500, due 2026-12-31. | project.create | title=Annual Report 2026",
            })
    void should_read_fields_named_by_the_contract(String text, String intent, String slots) {
        Frame f = parse(text);
        FrameAssertions.assertReadAs(f, intent, slots);
        if (text.contains("8,500")) {
            assertThat(f.toJson()).contains("\"8500.00\"");
        }
    }

    @Test
    void should_ask_about_a_client_before_a_kind_of_work_rather_than_guess() {
        Frame f = parse("start a timer for marigold media design");
        assertThat(f.slots())
                .as(f.toJson())
                .containsEntry("target", "marigold media")
                .containsEntry("service", "design");
        assertThat(f.confidence()).isLessThan(Confidence.ACT);
    }

    @Test
    void should_keep_a_fixed_price_and_a_rate_apart_from_the_budget() {
        Frame created =
                parse("Create a fixed-price project named \"Annual Report\" for client Wayne Enterprises with a fixed"
                        + " price of $8,500.00 and a budget of 50 hours.");
        assertThat(created.slots())
                .as(created.toJson())
                .containsKey("fixed_price")
                .doesNotContainKey("budget_amount");
        Frame bumped = parse("bump the Data Migration budget to 80 hours and the rate to $105/h");
        assertThat(bumped.slots()).as(bumped.toJson()).containsKey("rate").doesNotContainKey("budget_amount");
    }
}
