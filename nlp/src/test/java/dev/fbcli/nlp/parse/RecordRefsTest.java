package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.IntentType;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A request that only points at a record, read for the intent the model chose ({@link RecordRefs}):
 * the record's number after its noun, "the last one", or an account's name said anywhere; nothing
 * read when what points at the record is not said. New wordings, not the corpus's.
 */
class RecordRefsTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final ParseContext CTX = new ParseContext(TODAY, ZoneId.of("UTC"), GazetteerTest.DEMO);

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "that payment, pmt 8004, was a duplicate | PAYMENT_DELETE | payment | 8004",
                "inv #0012 belongs in the archive now | INVOICE_ARCHIVE | invoice | 0012",
                "quote no. 9 got the thumbs up from them | ESTIMATE_ACCEPT | estimate | 9",
                "pull up the entry I most recently logged | TIME_SHOW | entry | last",
                "expense id 7008, the details please | EXPENSE_SHOW | expense | 7008",
                "the mobile app work is all wrapped up | PROJECT_COMPLETE | project | mobile app",
                "we stopped working with Globex, put them away | CLIENT_ARCHIVE | client | Globex",
            })
    void should_read_what_points_at_the_record(String text, IntentType type, String slot, String value) {
        Frame f = RecordRefs.read(text, type, CTX);
        assertThat(f).as(text).isNotNull();
        assertThat(f.slots()).as(f.toJson()).containsEntry(slot, value);
        assertThat(f.confidence()).as("a reading the model chose is asked").isLessThan(Confidence.ACT);
    }

    @Test
    void should_read_a_report_its_period_and_grouping() {
        Frame f = RecordRefs.read(
                "I'm seeing my accountant next week; what came in from clients during September, per client?",
                IntentType.REPORT_SHOW,
                CTX);
        assertThat(f).isNotNull();
        assertThat(f.slots())
                .as(f.toJson())
                .containsEntry("report", "payments")
                .containsEntry("date_from", LocalDate.parse("2026-09-01"))
                .containsEntry("date_to", LocalDate.parse("2026-09-30"))
                .containsEntry("group_by", "client");
        Frame owed =
                RecordRefs.read("who is slowest to settle up and by how much do they owe", IntentType.REPORT_SHOW, CTX);
        assertThat(owed.slots()).as(owed.toJson()).containsEntry("report", "aging");
    }

    @Test
    void should_read_the_payments_of_a_client_in_a_period() {
        Frame f = RecordRefs.read("everything Initech has sent me since October 1", IntentType.PAYMENT_LIST, CTX);
        assertThat(f.slots())
                .as(f.toJson())
                .containsEntry("client", "Initech")
                .containsEntry("date_from", LocalDate.parse("2026-10-01"));
    }

    @Test
    void should_read_whose_tracked_time_to_bill_and_leave_a_rate_to_the_billing_rules() {
        Frame f = RecordRefs.read(
                "all the Initech hours from last month should go out on one bill, a line per day",
                IntentType.INVOICE_FROM_TIME,
                CTX);
        assertThat(f.slots())
                .as(f.toJson())
                .containsEntry("client", "Initech")
                .containsEntry("date_from", LocalDate.parse("2026-10-01"))
                .containsEntry("group_by", "day");
        assertThat(RecordRefs.read("bill the Initech hours @ 140", IntentType.INVOICE_FROM_TIME, CTX))
                .as("a rate is said: not read here")
                .isNull();
    }

    @Test
    void should_read_which_record_to_delete_by_its_number_or_as_the_last_one() {
        RuleBasedIntentParser parser = new RuleBasedIntentParser();
        Frame logged = parser.parse("log 2h design on Initech", CTX);
        Frame byNumber = RecordRefs.delete(
                "exp 7012 (the parking one) can go",
                IntentType.EXPENSE_DELETE,
                parser.parse("exp 7012 (the parking one) can go", CTX).withIntent("expense.create", java.util.Map.of()),
                CTX);
        assertThat(byNumber.slots()).as(byNumber.toJson()).containsExactly(java.util.Map.entry("expense", "7012"));
        Frame last = RecordRefs.delete(
                "bin my last time entry",
                IntentType.TIME_DELETE,
                logged.withIntent("time.log", java.util.Map.of()),
                CTX);
        assertThat(last.slots())
                .as(last.toJson())
                .containsEntry("entry", "last")
                .doesNotContainKey("date");
        assertThat(RecordRefs.delete("log 2h design on Initech", IntentType.TIME_DELETE, logged, CTX)
                        .slots())
                .as("which entry, read as logged; no day said, so none")
                .containsEntry("target", "Initech")
                .containsEntry("duration_minutes", 120)
                .doesNotContainKey("date");
    }

    @Test
    void should_read_nothing_when_no_record_is_pointed_at() {
        assertThat(RecordRefs.read("archive that invoice", IntentType.INVOICE_ARCHIVE, CTX))
                .isNull();
        assertThat(RecordRefs.read("archive the Hooli project", IntentType.PROJECT_ARCHIVE, CTX))
                .as("not one of the account's projects: not guessed")
                .isNull();
        assertThat(RecordRefs.read("list my services", IntentType.SERVICE_LIST, CTX))
                .isNotNull();
        assertThat(RecordRefs.read("log 2h on Acme", IntentType.TIME_LOG, CTX))
                .as("not an intent read here")
                .isNull();
    }
}
