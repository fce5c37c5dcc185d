package dev.fbcli.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, time entries: show, edit and delete through fb against the sandbox, each read back over
 * the API, undone, and read back again. Today is Tuesday 2026-11-24; the demo's 6001 (3h Design on
 * Website Redesign, Acme) and 6002 (2h 30m Development on Apollo, Initech) are Monday's.
 */
class TimeEditsTest extends SandboxCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final ZoneId ZONE = ZoneId.of("America/Toronto");

    private static Result ok(Result r) {
        assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
        return r;
    }

    private TimeEntryDto entry(long id) {
        try (SandboxInspector s = inspect()) {
            return s.client().timeEntries().get(id);
        }
    }

    private List<TimeEntryDto> mondays() {
        try (SandboxInspector s = inspect()) {
            return s.client()
                    .timeEntries()
                    .list(TimeEntryQuery.empty()
                            .withStartedFrom(MONDAY.atStartOfDay(ZONE).toInstant())
                            .withStartedTo(MONDAY.plusDays(1).atStartOfDay(ZONE).toInstant()))
                    .toList();
        }
    }

    @Test
    void should_change_mondays_acme_entry_to_five_hours_and_make_no_new_entry() {
        // given: the phrase, read by the parser
        int before = mondays().size();

        // when
        Result r = fb("--yes", "change Monday's Acme entry to 5 hours");

        // then
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("Change time entry 6001 (Mon Nov 23, 3h 00m of Design on Website Redesign (Acme Corp))")
                .contains("duration: 3h 00m → 5h 00m")
                .contains("→ fb time edit 6001 --duration 5h");
        assertThat(r.out()).contains("✓ Changed time entry 6001: now Mon Nov 23, 5h 00m of Design");
        TimeEntryDto after = entry(6001);
        assertThat(after.duration()).isEqualTo(5 * 3600L);
        assertThat(after.projectId()).isEqualTo(201);
        assertThat(after.note()).isEqualTo("Homepage mockups");
        assertThat(mondays()).hasSize(before);

        // when
        Result undo = ok(fb("--yes", "undo"));

        // then
        assertThat(undo.err()).contains("restore the time entry 6001").contains("duration back to 3h 00m");
        assertThat(entry(6001).duration()).isEqualTo(3 * 3600L);
        assertThat(mondays()).hasSize(before);
    }

    @Test
    void should_move_yesterdays_two_hours_from_admin_to_apollo_and_back() {
        // given: 2h on the internal Admin project yesterday
        ok(fb("--yes", "time", "log", "--duration", "2h", "--project", "Admin", "--date", "2026-11-23"));
        // when: the phrase, read by the parser
        Result r = fb("--yes", "move yesterday's 2h from Admin to Apollo");

        // then
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("on: Admin → Apollo (Initech)")
                .contains("billable: no → yes")
                .contains("--project Apollo");
        long id = Long.parseLong(r.out().replaceAll("(?s).*Changed time entry (\\d+):.*", "$1"));
        TimeEntryDto moved = entry(id);
        assertThat(moved.projectId()).isEqualTo(202);
        assertThat(moved.clientId()).isEqualTo(103);
        assertThat(moved.billable()).isTrue();
        assertThat(moved.internal()).isFalse();
        assertThat(moved.duration()).isEqualTo(2 * 3600L);

        // when
        ok(fb("--yes", "undo"));

        // then: back on Admin, without a client (the journal put the empty client back)
        TimeEntryDto back = entry(id);
        assertThat(back.projectId()).isEqualTo(205);
        assertThat(back.clientId()).isNull();
        assertThat(back.billable()).isFalse();
        assertThat(back.internal()).isTrue();
    }

    @Test
    void should_edit_the_last_entry_with_the_structured_command() {
        // given
        Result log = ok(fb("--yes", "time", "log", "--duration", "1h", "--project", "Apollo", "--note", "draft"));
        long id = Long.parseLong(log.out().replaceAll("(?s).*\\(time entry (\\d+)\\).*", "$1"));

        // when
        Result edit = ok(fb(
                "--yes",
                "time",
                "edit",
                "last",
                "--date",
                "2026-11-20",
                "--service",
                "research",
                "--note",
                "API research",
                "--no-billable"));

        // then
        assertThat(edit.err())
                .contains("Change time entry " + id)
                .contains("day: Tue Nov 24 → Fri Nov 20 (still from 09:00)")
                .contains("service: (none) → Research")
                .contains("note: draft → API research")
                .contains("billable: yes → no");
        TimeEntryDto after = entry(id);
        assertThat(after.startedAtInstant().atZone(ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(after.serviceId()).isEqualTo(304);
        assertThat(after.note()).isEqualTo("API research");
        assertThat(after.billable()).isFalse();

        // when
        ok(fb("--yes", "undo"));

        // then: the service it did not have is gone again
        TimeEntryDto back = entry(id);
        assertThat(back.startedAtInstant().atZone(ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(back.serviceId()).isNull();
        assertThat(back.note()).isEqualTo("draft");
        assertThat(back.billable()).isTrue();
    }

    @Test
    void should_delete_an_entry_and_log_it_again_on_undo() {
        // when
        Result del = ok(fb("--yes", "time", "delete", "6001"));

        // then
        assertThat(del.err()).contains("Delete time entry 6001 (Mon Nov 23, 3h 00m of Design on Website Redesign");
        assertThat(del.out()).contains("✓ Deleted time entry 6001");
        assertThat(entry(6001).active()).isFalse();
        assertThat(mondays()).extracting(TimeEntryDto::id).doesNotContain(6001L);

        // when
        Result undo = ok(fb("--yes", "undo"));

        // then: a new entry with the same day, length, project, service and note
        assertThat(undo.err())
                .contains("log time entry 6001 (Mon Nov 23, 3h 00m of Design on Website Redesign (Acme Corp)) again"
                        + " (a new time entry; FreshBooks keeps 6001 deleted)");
        List<TimeEntryDto> now = mondays();
        assertThat(now).extracting(TimeEntryDto::id).doesNotContain(6001L);
        TimeEntryDto again = now.stream()
                .filter(e -> "Homepage mockups".equals(e.note()))
                .findFirst()
                .orElseThrow();
        TimeEntryDto old = entry(6001);
        assertThat(again.startedAt()).isEqualTo(old.startedAt());
        assertThat(again.duration()).isEqualTo(old.duration());
        assertThat(again.projectId()).isEqualTo(201);
        assertThat(again.serviceId()).isEqualTo(301);
        assertThat(again.billable()).isTrue();
        assertThat(fb("--yes", "undo", "1").exitCode()).isEqualTo(2);
    }

    @Test
    void should_list_the_entries_that_fit_to_a_script_and_let_a_person_choose() {
        // when: a script
        Result script = fb("--yes", "time", "delete", "--date", "2026-11-23");

        // then: nothing is deleted, the entries are listed with their ids
        assertThat(script.exitCode()).isEqualTo(2);
        assertThat(script.err())
                .contains("2 time entries fit 'Mon Nov 23'")
                .contains("6001 (Mon Nov 23, 3h 00m of Design on Website Redesign (Acme Corp))")
                .contains("6002 (Mon Nov 23, 2h 30m of Development on Apollo (Initech))")
                .contains("give the id: `fb time delete 6001 …`");
        assertThat(mondays()).extracting(TimeEntryDto::id).contains(6001L, 6002L);

        // when: a person picks the second, then confirms
        Result person = typing("2\ny\n", "time", "delete", "--date", "monday");

        // then
        assertThat(person.exitCode()).as(person.err()).isZero();
        assertThat(person.err()).contains("Which time entry?").contains("2) 6002  Mon Nov 23, 2h 30m");
        assertThat(entry(6002).active()).isFalse();
        assertThat(entry(6001).active()).isTrue();
    }

    @Test
    void should_refuse_what_does_not_fit_and_change_nothing() {
        Result none = fb("--yes", "time", "show", "--date", "2026-11-11", "--client", "Acme");
        Result noId = fb("--yes", "time", "edit", "999999", "--duration", "1h");
        Result notAnId = fb("--yes", "time", "delete", "yesterday");
        Result nothing = fb("--yes", "time", "edit", "6001", "--duration", "3h");
        Result idAndDay = fb("--yes", "time", "delete", "6001", "--date", "monday");

        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("no time entry of yours fits 'Wed Nov 11, on Acme Corp'");
        assertThat(noId.exitCode()).isEqualTo(2);
        assertThat(noId.err()).contains("there is no time entry 999999 in Northwind Studio");
        assertThat(notAnId.exitCode()).isEqualTo(2);
        assertThat(notAnId.err()).contains("'yesterday' is not a time entry id or `last`");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("already has those values");
        assertThat(idAndDay.exitCode()).isEqualTo(2);
        assertThat(idAndDay.err()).contains("a time entry is picked by its id alone");
        assertThat(entry(6001).duration()).isEqualTo(3 * 3600L);
        assertThat(entry(6001).active()).isTrue();
    }

    @Test
    void should_show_an_entry_for_people_and_as_json() throws Exception {
        Result text = ok(fb("time", "show", "6002"));
        Result json = ok(fb("--json", "time", "show", "6002"));

        assertThat(text.out())
                .contains("Time entry 6002: Mon Nov 23, 2h 30m of Development on Apollo (Initech)")
                .contains("started 09:00, logged by Riley Morgan")
                .contains("billable, not invoiced yet")
                .contains("note: API pagination");
        JsonNode n = JSON.readTree(json.out());
        assertThat(n.get("id").asLong()).isEqualTo(6002);
        assertThat(n.get("project").asText()).isEqualTo("Apollo");
        assertThat(n.get("hours").asText()).isEqualTo("2.50");
        assertThat(n.get("date").asText()).isEqualTo("2026-11-23");
    }

    @Test
    void should_tell_what_runs_and_discard_a_timer_that_undo_starts_again() throws Exception {
        // given
        Result start = ok(fb("--yes", "timer", "start", "--project", "Apollo", "--note", "spike"));
        String timer = start.out().replaceAll("(?s).*\\(time entry (\\d+)\\).*", "$1");
        clock.advance(Duration.ofMinutes(90));

        // when
        Result status = ok(fb("timer", "status"));
        Result refused = fb("--yes", "time", "edit", timer, "--duration", "1h");
        Result discard = ok(fb("--yes", "timer", "discard"));
        Result none = ok(fb("timer", "status"));

        // then
        assertThat(status.out()).contains("Timer running on Apollo (Initech) since 10:00 (1h 30m so far");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("time entry " + timer + " is a running timer");
        assertThat(discard.err())
                .contains("Discard the timer on Apollo (Initech) (running 1h 30m since 10:00): its time is not logged")
                .contains("warning: 1h 30m of time will not be logged");
        assertThat(none.out()).contains("No timer is running.");
        TimeEntryDto started;
        try (SandboxInspector s = inspect()) {
            assertThat(s.client().timers().running()).isEmpty();
            started = s.client().timeEntries().list(TimeEntryQuery.empty().withIncludeUnlogged(true)).stream()
                    .filter(e -> "spike".equals(e.note()))
                    .findFirst()
                    .orElse(null);
        }
        assertThat(started).as("a discarded timer is not logged").isNull();

        // when
        Result undo = ok(fb("--yes", "undo"));

        // then
        assertThat(undo.err()).contains("start the timer on Apollo (Initech) again");
        try (SandboxInspector s = inspect()) {
            List<TimeEntryDto> running = s.client().timers().running();
            assertThat(running).hasSize(1);
            assertThat(running.get(0).note()).isEqualTo("spike");
            assertThat(running.get(0).projectId()).isEqualTo(202);
            assertThat(running.get(0).startedAtInstant().atZone(ZONE).toLocalTime())
                    .isEqualTo(java.time.LocalTime.of(10, 0));
        }
        JsonNode json = JSON.readTree(ok(fb("--json", "timer", "status")).out());
        assertThat(json.get("running").get(0).get("running_minutes").asLong()).isEqualTo(90);
    }
}
