package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Marks typed in a terminal: a misspelt field label ("vendr"), "@" before a merchant, an arrow
 * between two dates, and "…and show its …" after a look-up (one request, not two). New wordings,
 * not the corpus's.
 */
class FieldMarksTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final ParseContext CTX = new ParseContext(TODAY, ZoneId.of("UTC"), GazetteerTest.DEMO);
    private final RuleBasedIntentParser parser = new RuleBasedIntentParser();

    private Frame parse(String text) {
        return parser.parse(text, CTX);
    }

    @Test
    void should_read_a_misspelt_vendor_label_as_the_label() {
        Frame f = parse("exp 64.00 software, vendro jetbrains");
        assertThat(f.slots()).as(f.toJson()).containsEntry("vendor", "jetbrains");
    }

    @Test
    void should_read_an_at_sign_before_a_merchant_as_at() {
        Frame f = parse("paid 9.40 coffee @ tim hortons");
        assertThat(f.slots()).as(f.toJson()).containsEntry("vendor", "tim hortons");
        Frame rate = parse("invoice acme 2h review @ 120/hr");
        assertThat(rate.slots().get("lines").toString()).as(rate.toJson()).contains("120");
    }

    @Test
    void should_read_an_arrow_between_two_dates_as_a_range() {
        Frame f = parse("expenses 2026-10-05 → 2026-10-19");
        assertThat(f.slots())
                .as(f.toJson())
                .containsEntry("date_from", LocalDate.parse("2026-10-05"))
                .containsEntry("date_to", LocalDate.parse("2026-10-19"));
    }

    @Test
    void should_read_show_its_parts_after_a_look_up_as_one_request() {
        Frame f = parse("pull up invoice 0004 and show its line items");
        assertThat(f.intent()).as(f.toJson()).isEqualTo("invoice.show");
        assertThat(parse("log 2h on Apollo and show its budget").isUnknown())
                .as("a time entry and a page: two requests")
                .isTrue();
    }

    @Test
    void should_read_an_invoice_paid_only_in_part_as_partial() {
        Frame f = parse("invoices Initech paid some of");
        assertThat(f.slots()).as(f.toJson()).containsEntry("status", "partial");
    }

    @Test
    void should_read_a_capitalised_via_as_the_start_of_a_name() {
        Frame f = parse("add $61.50 travel expense, Via Rail, Monday");
        assertThat(f.slots()).as(f.toJson()).containsEntry("vendor", "Via Rail");
    }

    @Test
    void should_keep_the_kind_said_before_expense_when_the_vendor_is_labelled() {
        Frame f = parse("Record a 20.00 USD Office Supplies expense, vendor Staples, dated 2026-11-02.");
        assertThat(f.slots())
                .as(f.toJson())
                .containsEntry("category", "Office Supplies")
                .containsEntry("vendor", "Staples");
    }

    @Test
    void should_read_news_that_tells_the_payment_and_a_request_to_record_it_as_one_payment() {
        Frame f = parse("Initech wired $3,000 this morning. Please record that payment.");
        assertThat(f.intent()).as(f.toJson()).isEqualTo("payment.record");
        assertThat(f.slots()).as(f.toJson()).containsKey("amount");
        assertThat(parse("I worked 2h on Acme yesterday. Log 3h on Initech too.")
                        .isUnknown())
                .as("two requests, each with its own values")
                .isTrue();
    }

    @Test
    void should_say_which_record_to_name_when_a_delete_is_not_read() {
        Frame f = parse("delete the thing from before");
        assertThat(f.isUnknown()).as(f.toJson()).isTrue();
        assertThat(f.reason())
                .as("fb does delete records: the message says what to add")
                .contains("which record to delete");
    }
}
