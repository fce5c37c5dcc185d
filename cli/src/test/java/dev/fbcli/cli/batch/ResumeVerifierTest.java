package dev.fbcli.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.batch.RecordFinder.Status;
import dev.fbcli.cli.batch.RecordFinder.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The resume decision on its own: given the requests a step sent without finishing and what
 * FreshBooks holds for each (a table standing in for the account), is the step done?
 */
class ResumeVerifierTest {
    private static final String INVOICES = "/accounting/account/NWS77/invoices/invoices";
    private static final String UPLOAD = "/uploads/account/NWS77/attachments";

    private static int sentSoFar;

    private static BatchJournal.Sent sent(String method, String path) {
        return new BatchJournal.Sent(
                method, path, null, Instant.parse("2026-11-24T15:00:00Z").plusSeconds(sentSoFar++));
    }

    private static Verdict verdict(Status s, String id) {
        return new Verdict(s, "invoice", id, s + " " + id);
    }

    /** What the account holds, by request; records which requests were looked at. */
    private static final class Account implements Function<BatchJournal.Sent, Verdict> {
        final Map<BatchJournal.Sent, Verdict> holds;
        final List<BatchJournal.Sent> asked = new ArrayList<>();

        Account(Map<BatchJournal.Sent, Verdict> holds) {
            this.holds = holds;
        }

        @Override
        public Verdict apply(BatchJournal.Sent s) {
            asked.add(s);
            return holds.get(s);
        }
    }

    @Test
    void nothing_sent_is_not_applied() {
        Verdict v = ResumeVerifier.decide(List.of(), new Account(Map.of()));

        assertThat(v.status()).isEqualTo(Status.NOT_APPLIED);
        assertThat(v.why()).isEqualTo("nothing was sent");
    }

    @Test
    void a_create_that_is_found_is_done_and_its_later_updates_are_not_looked_at() {
        BatchJournal.Sent create = sent("POST", INVOICES);
        BatchJournal.Sent update = sent("PUT", INVOICES + "/9100");
        Account account = new Account(Map.of(create, verdict(Status.APPLIED, "9100")));

        Verdict v = ResumeVerifier.decide(List.of(create, update), account);

        assertThat(v.status()).isEqualTo(Status.APPLIED);
        assertThat(v.id()).isEqualTo("9100");
        assertThat(account.asked).containsExactly(create);
    }

    @Test
    void a_create_that_is_not_found_can_be_done_again() {
        BatchJournal.Sent create = sent("POST", INVOICES);

        Verdict v =
                ResumeVerifier.decide(List.of(create), new Account(Map.of(create, verdict(Status.NOT_APPLIED, null))));

        assertThat(v.status()).isEqualTo(Status.NOT_APPLIED);
    }

    @Test
    void an_upload_alone_changes_nothing_and_does_not_make_the_step_not_applied() {
        BatchJournal.Sent upload = sent("POST", UPLOAD);
        BatchJournal.Sent create = sent("POST", INVOICES);
        Account account = new Account(Map.of(
                upload, verdict(Status.NOT_APPLIED, null),
                create, verdict(Status.APPLIED, "9101")));

        assertThat(ResumeVerifier.decide(List.of(upload, create), account).status())
                .isEqualTo(Status.APPLIED);
        assertThat(ResumeVerifier.decide(
                                List.of(upload), new Account(Map.of(upload, verdict(Status.NOT_APPLIED, null))))
                        .why())
                .isEqualTo("nothing was sent");
    }

    @Test
    void without_a_create_only_the_last_request_to_each_record_counts() {
        BatchJournal.Sent first = sent("PUT", INVOICES + "/9001");
        BatchJournal.Sent last = sent("PUT", INVOICES + "/9001");
        Account account = new Account(Map.of(
                first, verdict(Status.NOT_APPLIED, "9001"),
                last, verdict(Status.APPLIED, "9001")));

        Verdict v = ResumeVerifier.decide(List.of(first, last), account);

        assertThat(v.status()).isEqualTo(Status.APPLIED);
        assertThat(account.asked).containsExactly(last);
    }

    @Test
    void every_update_must_be_in_place() {
        BatchJournal.Sent a = sent("PUT", INVOICES + "/9001");
        BatchJournal.Sent b = sent("DELETE", INVOICES + "/9002");
        Account account = new Account(Map.of(
                a, verdict(Status.APPLIED, "9001"),
                b, verdict(Status.NOT_APPLIED, "9002")));

        Verdict v = ResumeVerifier.decide(List.of(a, b), account);

        assertThat(v.status()).isEqualTo(Status.NOT_APPLIED);
        assertThat(v.id()).isEqualTo("9002");
    }

    @Test
    void what_cannot_be_checked_makes_the_answer_unknown() {
        BatchJournal.Sent a = sent("PUT", INVOICES + "/9001");
        BatchJournal.Sent b = sent("PUT", INVOICES + "/9002");
        Account account = new Account(Map.of(
                a, verdict(Status.UNKNOWN, "9001"),
                b, verdict(Status.NOT_APPLIED, "9002")));

        assertThat(ResumeVerifier.decide(List.of(a, b), account).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void a_found_create_wins_over_an_unknown_request_before_it() {
        BatchJournal.Sent upload = sent("POST", UPLOAD);
        BatchJournal.Sent create = sent("POST", INVOICES);
        Account account = new Account(Map.of(
                upload, verdict(Status.UNKNOWN, null),
                create, verdict(Status.APPLIED, "9102")));

        assertThat(ResumeVerifier.decide(List.of(upload, create), account).status())
                .isEqualTo(Status.APPLIED);
    }
}
