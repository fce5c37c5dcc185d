package dev.fbcli.freshbooks.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.NotFoundException;
import dev.fbcli.freshbooks.OutcomeUnknownException;
import dev.fbcli.freshbooks.PermissionException;
import dev.fbcli.freshbooks.http.ApiTrace;
import dev.fbcli.freshbooks.model.*;
import dev.fbcli.sandbox.SandboxServer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's fault injection against the client: 429 storms, 5xx, and resets after a write was
 * applied. Every write ends in a clear outcome (done, or {@link OutcomeUnknownException} with what to
 * look for), with no duplicate records and no lost writes. A second, fault-free sandbox server over
 * the same data directory is the referee.
 */
class FaultsIT {
    static final BusinessContext NWS =
            new BusinessContext(770001, "6f1c2d0e-7a53-4c1b-9e0f-2b8d4a1c9e77", "NWS77", "Northwind Studio", "owner");

    @TempDir
    Path dir;

    final List<AutoCloseable> open = new ArrayList<>();
    final List<ApiTrace.Call> trace = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void close() throws Exception {
        Collections.reverse(open);
        for (AutoCloseable c : open) c.close();
    }

    private FreshBooksClient faulty(String spec, int maxRetries) throws Exception {
        SandboxServer s = SandboxFixture.start(dir, spec);
        open.add(s);
        FreshBooksClient c = SandboxFixture.client(s)
                .business(NWS)
                .maxRetries(maxRetries)
                .trace(trace::add)
                .build();
        open.add(c);
        return c;
    }

    /** A fault-free view of the same data. */
    private FreshBooksClient referee() throws Exception {
        SandboxServer s = SandboxFixture.start(dir, null);
        open.add(s);
        FreshBooksClient c = SandboxFixture.client(s).business(NWS).build();
        open.add(c);
        return c;
    }

    private static long retries(List<ApiTrace.Call> trace) {
        return trace.stream().filter(c -> c.retry() > 0).count();
    }

    @Test
    void should_create_each_record_once_through_a_429_storm() throws Exception {
        // given: half of all requests, POSTs included, are throttled
        FreshBooksClient fb = faulty("429=0.5,retry-after=0,seed=7", 12);
        FreshBooksClient ref = referee();
        int before = ref.timeEntries()
                .list(TimeEntryQuery.empty().withTeam(true))
                .toList()
                .size();
        Instant t0 = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        // when
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(fb.timeEntries()
                    .create(TimeEntryDraft.logged(t0.plusSeconds(60L * i), 900)
                            .withProjectId(201L)
                            .withNote("storm-" + i))
                    .id());
        }
        List<TimeEntryDto> listed =
                fb.timeEntries().list(TimeEntryQuery.empty().withTeam(true)).toList();
        // then
        assertThat(retries(trace)).as("the storm really hit").isGreaterThan(5);
        List<TimeEntryDto> after =
                ref.timeEntries().list(TimeEntryQuery.empty().withTeam(true)).toList();
        assertThat(after).hasSize(before + 20);
        assertThat(notesCount(after, "storm-"))
                .hasSize(20)
                .allSatisfy((note, n) -> assertThat(n).as(note).isEqualTo(1L));
        assertThat(listed).extracting(TimeEntryDto::id).containsAll(ids);
    }

    @Test
    void should_retry_idempotent_requests_through_5xx_and_lose_no_write() throws Exception {
        FreshBooksClient fb = faulty("500=0.2,502=0.15,503=0.15,seed=3,methods=GET|PUT|DELETE", 10);
        FreshBooksClient ref = referee();
        for (int i = 0; i < 15; i++) {
            fb.clients().update(101, ClientDraft.empty().withNote("note " + i));
        }
        assertThat(ref.clients().get(101).note()).isEqualTo("note 14");
        assertThat(fb.clients().list(ClientQuery.empty()).toList()).hasSizeGreaterThanOrEqualTo(8);
        fb.projects().delete(204);
        assertThatThrownBy(() -> ref.projects().get(204)).isInstanceOf(NotFoundException.class);
        assertThat(retries(trace)).isGreaterThan(3);
    }

    @Test
    void should_never_resend_a_post_that_got_5xx_and_the_caller_can_check_then_retry() throws Exception {
        // given: half of the POSTs get a 5xx (the sandbox does not apply them)
        FreshBooksClient fb = faulty("503=0.25,500=0.25,seed=11,methods=POST", 3);
        FreshBooksClient ref = referee();
        int unknown = 0;
        // when: create 12 clients; on "outcome unknown", look for the record, and re-send only if absent
        for (int i = 0; i < 12; i++) {
            String email = "fault" + i + "@example.test";
            ClientDraft d = ClientDraft.empty().withOrganization("Fault " + i).withEmail(email);
            while (true) {
                try {
                    fb.clients().create(d);
                    break;
                } catch (OutcomeUnknownException e) {
                    unknown++;
                    assertThat(e.method()).isEqualTo("POST");
                    assertThat(e.identifyingFields()).containsEntry("email", email);
                    if (!ref.clients()
                            .list(ClientQuery.empty().withEmail(email))
                            .toList()
                            .isEmpty()) break;
                }
            }
        }
        // then
        assertThat(unknown).as("some creates really failed ambiguously").isPositive();
        for (int i = 0; i < 12; i++) {
            assertThat(ref.clients()
                            .list(ClientQuery.empty().withEmail("fault" + i + "@example.test"))
                            .toList())
                    .as("client %d", i)
                    .hasSize(1);
        }
    }

    @Test
    void should_report_outcome_unknown_when_a_create_is_applied_then_reset_and_the_record_is_there_once()
            throws Exception {
        // given: 40% of POSTs are applied and committed, then the connection is dropped unanswered
        FreshBooksClient fb = faulty("reset=0.4,seed=5,methods=POST", 3);
        FreshBooksClient ref = referee();
        int before = ref.timeEntries()
                .list(TimeEntryQuery.empty().withTeam(true))
                .toList()
                .size();
        Instant t0 = Instant.now().minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<Map<String, String>> unknown = new ArrayList<>();
        List<Long> known = new ArrayList<>();
        // when
        for (int i = 0; i < 20; i++) {
            try {
                known.add(fb.timeEntries()
                        .create(TimeEntryDraft.logged(t0.plusSeconds(120L * i), 600)
                                .withProjectId(202L)
                                .withNote("reset-" + i))
                        .id());
            } catch (OutcomeUnknownException e) {
                unknown.add(e.identifyingFields());
            }
        }
        // then: every outcome is clear, nothing was sent twice, nothing was lost
        assertThat(unknown).as("resets really happened").isNotEmpty();
        assertThat(known.size() + unknown.size()).isEqualTo(20);
        List<TimeEntryDto> after =
                ref.timeEntries().list(TimeEntryQuery.empty().withTeam(true)).toList();
        assertThat(after).hasSize(before + 20);
        assertThat(notesCount(after, "reset-"))
                .hasSize(20)
                .allSatisfy((note, n) -> assertThat(n).as(note).isEqualTo(1L));
        for (Map<String, String> fields : unknown) {
            // the caller finds the record with the identifying fields it was given
            Optional<TimeEntryDto> found = after.stream()
                    .filter(e -> fields.get("started_at").equals(e.startedAt())
                            || Instant.parse(fields.get("started_at")).equals(e.startedAtInstant()))
                    .filter(e -> fields.get("note").equals(e.note()))
                    .findFirst();
            assertThat(found).as("record for %s", fields).isPresent();
        }
        assertThat(after).extracting(TimeEntryDto::id).containsAll(known);
    }

    @Test
    void should_finish_updates_and_deletes_through_resets() throws Exception {
        FreshBooksClient fb = faulty("reset=0.5,seed=9,methods=PUT|DELETE", 8);
        FreshBooksClient ref = referee();
        for (int i = 0; i < 10; i++) {
            fb.invoices().update(9005, InvoiceDraft.empty().withNotes("after resets " + i));
        }
        assertThat(ref.invoices().get(9005).notes()).isEqualTo("after resets 9");
        fb.timeEntries().update(6001, TimeEntryDraft.empty().withNote("Homepage mockups (final)"));
        assertThat(ref.timeEntries().get(6001).note()).isEqualTo("Homepage mockups (final)");
        for (long p : new long[] {203, 204, 205}) {
            fb.projects().delete(p); // a retried DELETE that finds 404 after a reset counts as done
            assertThatThrownBy(() -> ref.projects().get(p)).isInstanceOf(NotFoundException.class);
        }
        assertThat(retries(trace)).isPositive();
    }

    @Test
    void should_report_a_non_idempotent_email_send_as_unknown_after_a_reset() throws Exception {
        FreshBooksClient fb = faulty("reset=1.0,methods=PUT", 3);
        assertThatThrownBy(() -> fb.invoices().sendByEmail(9005, List.of("bill@initech.example"), null, null, false))
                .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
                    assertThat(e.method()).isEqualTo("PUT");
                    assertThat(e.identifyingFields()).containsEntry("invoiceid", "9005");
                });
        assertThat(trace).hasSize(1); // sent once, never again
    }

    @Test
    void should_type_http_200_errors_from_the_sandbox() throws Exception {
        FreshBooksClient fb = faulty("errors200=1.0", 3);
        assertThatThrownBy(() -> fb.clients().get(101)).isInstanceOfSatisfying(PermissionException.class, e -> {
            assertThat(e.status()).isEqualTo(200);
            assertThat(e.errno()).isEqualTo(1003);
        });
    }

    private static Map<String, Long> notesCount(List<TimeEntryDto> entries, String prefix) {
        return entries.stream()
                .filter(e -> e.note() != null && e.note().startsWith(prefix))
                .collect(Collectors.groupingBy(TimeEntryDto::note, Collectors.counting()));
    }
}
