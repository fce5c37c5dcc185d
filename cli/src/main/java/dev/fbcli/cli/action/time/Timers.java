package dev.fbcli.cli.action.time;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.once.Findable;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.resolve.Target;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.model.TimeEntryDraft;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.nlp.intent.Intent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * timer.start (refused while one runs), timer.stop (the running one, or the one chosen), which logs
 * the time, timer.status (what runs, since when) and timer.discard (the timer deleted, its time not
 * logged; undo starts it again from when it started).
 */
public final class Timers {
    /** A timer stopped before this many seconds is warned about: its entry would be nearly empty. */
    static final long NEAR_EMPTY_SECONDS = 60;

    private final Account account;
    private final Names names;

    public Timers(Account account, Names names) {
        this.account = account;
        this.names = names;
    }

    public Plan start(Intent.StartTimer t) {
        List<TimeEntryDto> running =
                Account.call(() -> account.client().timers().running());
        if (!running.isEmpty()) {
            TimeEntryDto r = running.get(0);
            throw new CliException.Usage(
                    "a timer is already running" + describeOn(r) + " since " + localTime(r),
                    "stop it first: `fb timer stop`");
        }
        Target target = names.target(t.on(), true);
        Candidate service = t.service() == null ? null : names.service(t.service());
        Long projectId = target == null || target.project() == null
                ? null
                : Long.valueOf(target.project().id());
        Long clientId = target == null || target.client() == null
                ? null
                : Long.valueOf(target.client().id());
        TimeEntryDraft draft = TimeEntryDraft.empty()
                .withProjectId(projectId)
                .withClientId(clientId)
                .withServiceId(service == null ? null : Long.valueOf(service.id()))
                .withNote(t.note())
                .withBillable(clientId != null)
                .withInternal(clientId == null);
        String on = (service == null ? "" : " for " + service.name()) + (target == null ? "" : " on " + target.label());
        Cmd cmd = Cmd.of("timer", "start");
        if (projectId != null) {
            cmd.opt("--project", target.project().name());
        } else if (clientId != null) {
            cmd.opt("--client", target.client().name());
        }
        cmd.opt("--service", service == null ? null : service.name()).opt("--note", t.note());
        return Plan.of("Start a timer" + on + ", now", cmd.toString(), () -> {
                    TimeEntryDto e = account.client().timers().start(draft);
                    String id = String.valueOf(e.id());
                    return new Applied(
                            "Timer started" + on + " (time entry " + id + "); `fb timer stop` stops it",
                            "time_entry",
                            id,
                            account.link("time_entry", id),
                            Results.json("time_entry", id, e),
                            List.of(new Undo.Delete("time_entry", id, "the timer" + on)));
                })
                .finding(Findable.of("time_entry", "the timer" + on)
                        .with("is_logged", false)
                        .with("project_id", projectId)
                        .with("client_id", clientId)
                        .with("service_id", service == null ? null : Long.valueOf(service.id()))
                        .withText("note", t.note()));
    }

    public Plan stop(Intent.StopTimer t) {
        List<TimeEntryDto> running =
                Account.call(() -> account.client().timers().running());
        if (running.isEmpty()) {
            throw new CliException.Usage("no timer is running", "start one with `fb timer start --project …`");
        }
        TimeEntryDto r = running.get(0);
        if (running.size() > 1) {
            List<Candidate> options = new ArrayList<>();
            for (TimeEntryDto e : running) {
                options.add(new Candidate(
                        String.valueOf(e.id()), "timer" + describeOn(e) + " since " + localTime(e), null, true));
            }
            Candidate c = names.chooser().choose("running timer", "timer", options);
            r = running.stream()
                    .filter(e -> String.valueOf(e.id()).equals(c.id()))
                    .findFirst()
                    .orElseThrow();
        }
        TimeEntryDto timer = r;
        Instant started = timer.startedAtInstant();
        long seconds = started == null
                ? 0
                : Math.max(
                        0,
                        Duration.between(started, Instant.now(account.context().clock()))
                                .getSeconds());
        String on = describeOn(timer);
        Cmd cmd = Cmd.of("timer", "stop").opt("--note", t.note());
        Plan plan = Plan.of(
                "Stop the timer" + on + " (running " + Fmt.duration(seconds) + " since " + localTime(timer)
                        + ") and log the time",
                cmd.toString(),
                () -> {
                    if (t.note() != null) {
                        account.client()
                                .timeEntries()
                                .update(timer.id(), TimeEntryDraft.empty().withNote(t.note()));
                    }
                    TimeEntryDto e = account.client().timers().stop(timer.id());
                    String id = String.valueOf(e.id());
                    long d = e.duration() == null ? seconds : e.duration();
                    return new Applied(
                            "Timer stopped: logged " + Fmt.duration(d) + on + " (time entry " + id + ")",
                            "time_entry",
                            id,
                            account.link("time_entry", id),
                            Results.json("time_entry", id, e),
                            List.of(new Undo.Restore(
                                    "time_entry",
                                    id,
                                    "the stopped timer" + on,
                                    Map.of("is_logged", false, "duration", 0))));
                });
        if (seconds < NEAR_EMPTY_SECONDS) {
            plan = plan.withWarnings(List.of("the timer ran only " + seconds + " second" + (seconds == 1 ? "" : "s")
                    + ": the time entry will be nearly empty; `fb timer discard` drops it instead"));
        }
        return t.note() == null ? plan : plan.withDetails(List.of("note: " + t.note()));
    }

    public View status() {
        List<TimeEntryDto> running =
                Account.call(() -> account.client().timers().running());
        Instant now = Instant.now(account.context().clock());
        List<String> lines = new ArrayList<>();
        ArrayNode json = Json.MAPPER.createArrayNode();
        for (TimeEntryDto e : running) {
            Instant started = e.startedAtInstant();
            long minutes = started == null
                    ? 0
                    : Math.max(0, Duration.between(started, now).toMinutes());
            String service = names.nameOf(Kind.SERVICE, e.serviceId());
            lines.add("Timer running" + (service.isEmpty() ? "" : " for " + service) + describeOn(e) + " since "
                    + localTime(e) + " (" + Fmt.minutes(minutes) + " so far, time entry " + e.id() + ")"
                    + (e.note() == null || e.note().isBlank() ? "" : ": " + e.note()));
            ObjectNode n = json.addObject();
            n.put("id", e.id());
            n.put("started_at", e.startedAt());
            n.put("running_minutes", minutes);
            n.put("project", blankToNull(names.nameOf(Kind.PROJECT, e.projectId())));
            n.put("client", blankToNull(names.nameOf(Kind.CLIENT, e.clientId())));
            n.put("service", blankToNull(service));
            n.put("note", e.note());
        }
        if (lines.isEmpty()) {
            lines.add("No timer is running.");
        }
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("running", json);
        return View.lines(lines, out, Cmd.of("timer", "status").toString());
    }

    public Plan discard() {
        List<TimeEntryDto> running =
                Account.call(() -> account.client().timers().running());
        if (running.isEmpty()) {
            throw new CliException.Usage("no timer is running: there is nothing to discard");
        }
        TimeEntryDto timer = running.size() == 1 ? running.get(0) : pick(running);
        Instant started = timer.startedAtInstant();
        long minutes = started == null
                ? 0
                : Math.max(
                        0,
                        Duration.between(started, Instant.now(account.context().clock()))
                                .toMinutes());
        String on = describeOn(timer);
        String id = String.valueOf(timer.id());
        java.util.Map<String, Object> fields = TimeEdits.fields(timer);
        return Plan.of(
                        "Discard the timer" + on + " (running " + Fmt.minutes(minutes) + " since " + localTime(timer)
                                + "): its time is not logged",
                        Cmd.of("timer", "discard").toString(),
                        () -> {
                            account.client().timeEntries().delete(timer.id());
                            ObjectNode json = Json.MAPPER
                                    .createObjectNode()
                                    .put("ok", true)
                                    .put("kind", "time_entry")
                                    .put("id", id)
                                    .put("deleted", true);
                            return new Applied(
                                    "Discarded the timer" + on + " (time entry " + id + "); nothing was logged",
                                    "time_entry",
                                    id,
                                    null,
                                    json,
                                    List.of(new Undo.Recreate("time_entry", id, "the timer" + on, fields)));
                        })
                .withWarnings(
                        minutes >= 15
                                ? List.of(Fmt.minutes(minutes) + " of time will not be logged; `fb timer stop` logs it")
                                : List.of());
    }

    private TimeEntryDto pick(List<TimeEntryDto> running) {
        List<Candidate> options = new ArrayList<>();
        for (TimeEntryDto e : running) {
            options.add(new Candidate(
                    String.valueOf(e.id()), "timer" + describeOn(e) + " since " + localTime(e), null, true));
        }
        Candidate c = names.chooser().choose("running timer", "timer", options);
        return running.stream()
                .filter(e -> String.valueOf(e.id()).equals(c.id()))
                .findFirst()
                .orElseThrow();
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private String describeOn(TimeEntryDto e) {
        String p = names.nameOf(Kind.PROJECT, e.projectId());
        String c = names.nameOf(Kind.CLIENT, e.clientId());
        if (!p.isEmpty()) {
            return " on " + p + (c.isEmpty() ? "" : " (" + c + ")");
        }
        return c.isEmpty() ? "" : " on " + c;
    }

    private String localTime(TimeEntryDto e) {
        Instant s = e.startedAtInstant();
        if (s == null) {
            return "an unknown time";
        }
        LocalTime t = s.atZone(account.zone()).toLocalTime().withSecond(0).withNano(0);
        LocalDate d = s.atZone(account.zone()).toLocalDate();
        return d.equals(account.today()) ? t.toString() : Fmt.day(d, account.today()) + " " + t;
    }
}
