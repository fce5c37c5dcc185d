package dev.fbcli.cli.action.time;

import dev.fbcli.cli.action.Duplicates;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.once.Findable;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.resolve.Target;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.completions.NameCache.Entry;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.model.TimeEntryDraft;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import dev.fbcli.freshbooks.model.WireTimes;
import dev.fbcli.nlp.intent.Intent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * time.log: where the time goes (a client with one active project means that project), the
 * service, whether it is billable, when it started, and a warning for an identical entry logged
 * minutes ago.
 */
public final class TimeLogging {
    /** A time entry logged without a start time starts at 09:00 local time. */
    static final LocalTime DEFAULT_START = LocalTime.of(9, 0);

    private final Account account;
    private final Names names;

    public TimeLogging(Account account, Names names) {
        this.account = account;
        this.names = names;
    }

    public Plan log(Intent.LogTime t) {
        Target target = names.target(t.on(), true);
        Candidate service = t.service() == null ? null : names.service(t.service());
        Entry serviceEntry = service == null ? null : names.entry(Kind.SERVICE, service.id());
        boolean billable;
        if (t.billable() != null) {
            billable = t.billable();
        } else if (serviceEntry != null && Boolean.FALSE.equals(serviceEntry.active())) {
            billable = false; // a non-billable service (Admin)
        } else {
            billable = target != null && target.client() != null;
        }
        LocalTime start = t.startTime() == null ? DEFAULT_START : t.startTime();
        ZoneId zone = account.zone();
        Instant startedAt = t.date().atTime(start).atZone(zone).toInstant();
        long seconds = t.durationMinutes() * 60L;
        Long projectId = target == null || target.project() == null
                ? null
                : Long.valueOf(target.project().id());
        Long clientId = target == null || target.client() == null
                ? null
                : Long.valueOf(target.client().id());
        TimeEntryDraft draft = TimeEntryDraft.logged(startedAt, seconds)
                .withProjectId(projectId)
                .withClientId(clientId)
                .withServiceId(service == null ? null : Long.valueOf(service.id()))
                .withNote(t.note())
                .withBillable(billable)
                .withInternal(clientId == null);

        String what = Fmt.minutes(t.durationMinutes()) + (service == null ? "" : " of " + service.name());
        String on = target == null ? " (no client or project)" : " on " + target.label();
        String summary = "Log " + what + on + ", " + Fmt.day(t.date(), account.today())
                + (t.startTime() == null ? "" : " from " + start) + ", " + (billable ? "billable" : "not billable");
        List<String> details = new ArrayList<>();
        if (t.note() != null) {
            details.add("note: " + t.note());
        }
        Cmd cmd = Cmd.of("time", "log").opt("--duration", Fmt.durationFlag(t.durationMinutes()));
        if (target != null && target.project() != null) {
            cmd.opt("--project", target.project().name());
        } else if (target != null) {
            cmd.opt("--client", target.client().name());
        }
        cmd.opt("--service", service == null ? null : service.name())
                .opt("--date", t.date())
                .opt("--start", t.startTime())
                .opt("--note", t.note())
                .flag(t.billable() == null ? "" : t.billable() ? "--billable" : "--no-billable", t.billable() != null);
        List<String> warnings = duplicates(t.date(), seconds, projectId, clientId);
        String label = what + on + ", " + Fmt.day(t.date(), account.today());
        return new Plan(summary, details, warnings, cmd.toString(), null, () -> {
                    TimeEntryDto e = account.client().timeEntries().create(draft);
                    String id = String.valueOf(e.id());
                    return new Applied(
                            "Logged " + label + " (time entry " + id + ")",
                            "time_entry",
                            id,
                            account.link("time_entry", id),
                            Results.json("time_entry", id, e),
                            List.of(new Undo.Delete("time_entry", id, "the " + label + " time entry")));
                })
                .finding(Findable.of("time_entry", "the " + label + " time entry")
                        .with("started_at", WireTimes.formatUtc(startedAt))
                        .with("duration", seconds)
                        .with("project_id", projectId)
                        .with("client_id", clientId)
                        .with("service_id", service == null ? null : Long.valueOf(service.id()))
                        .withText("note", t.note()));
    }

    /**
     * Entries of the same length on the same day and target, created in the last minutes. While the
     * account reads once (a batch's check), the day's entries are read whole, once for every line of
     * that day, and the target's picked here as the list's {@code project_id} / {@code client_id}
     * filters pick them (the same field, equal).
     */
    private List<String> duplicates(LocalDate date, long seconds, Long projectId, Long clientId) {
        ZoneId zone = account.zone();
        Instant now = Instant.now(account.context().clock());
        List<String> out = new ArrayList<>();
        Long byClient = projectId == null ? clientId : null;
        boolean wholeDay = account.readsOnce();
        TimeEntryQuery q = TimeEntryQuery.empty()
                .withStartedFrom(date.atStartOfDay(zone).toInstant())
                .withStartedTo(date.plusDays(1).atStartOfDay(zone).toInstant())
                .withProjectId(wholeDay ? null : projectId)
                .withClientId(wholeDay ? null : byClient);
        for (TimeEntryDto e :
                Account.call(() -> account.client().timeEntries().list(q).toList())) {
            if (wholeDay
                    && ((projectId != null && !projectId.equals(e.projectId()))
                            || (byClient != null && !byClient.equals(e.clientId())))) {
                continue;
            }
            Instant created = e.createdAt() == null ? null : WireTimes.parseUtc(e.createdAt());
            if (e.duration() != null
                    && e.duration() == seconds
                    && created != null
                    && Duration.between(created, now).compareTo(Duplicates.WINDOW) <= 0) {
                long ago = Math.max(0, Duration.between(created, now).toMinutes());
                out.add("an entry just like this was logged " + (ago == 0 ? "less than a minute" : ago + " min")
                        + " ago (time entry " + e.id() + ")");
            }
        }
        return out;
    }
}
