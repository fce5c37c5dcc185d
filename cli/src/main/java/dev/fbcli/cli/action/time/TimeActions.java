package dev.fbcli.cli.action.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.render.Table;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.completions.NameCache.Entry;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.model.TimeEntryDraft;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import dev.fbcli.freshbooks.model.WireTimes;
import dev.fbcli.nlp.intent.DateRange;
import dev.fbcli.nlp.intent.Intent;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** time.log, time.list, timer.start, timer.stop. */
public final class TimeActions {
    /** A time entry logged without a start time starts at 09:00 local time. */
    static final LocalTime DEFAULT_START = LocalTime.of(9, 0);
    /** Entries like this one logged within this window are flagged as a possible duplicate. */
    public static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(10);

    private static final ObjectMapper JSON = Json.MAPPER;

    private final Account account;
    private final Names names;

    public TimeActions(Account account, Names names) {
        this.account = account;
        this.names = names;
    }

    /** How a time report groups entries. */
    public enum By {
        ENTRY,
        DAY,
        CLIENT,
        PROJECT,
        SERVICE,
        MEMBER
    }

    public Plan log(Intent.LogTime t) {
        Names.Target target = names.target(t.on(), true);
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
                    result("time_entry", id, e),
                    List.of(new Undo.Delete("time_entry", id, "the " + label + " time entry")));
        });
    }

    /** Entries of the same length on the same day and target, created in the last minutes. */
    private List<String> duplicates(LocalDate date, long seconds, Long projectId, Long clientId) {
        ZoneId zone = account.zone();
        Instant now = Instant.now(account.context().clock());
        List<String> out = new ArrayList<>();
        TimeEntryQuery q = TimeEntryQuery.empty()
                .withStartedFrom(date.atStartOfDay(zone).toInstant())
                .withStartedTo(date.plusDays(1).atStartOfDay(zone).toInstant())
                .withProjectId(projectId)
                .withClientId(projectId == null ? clientId : null);
        for (TimeEntryDto e :
                Account.call(() -> account.client().timeEntries().list(q).toList())) {
            Instant created = e.createdAt() == null ? null : WireTimes.parseUtc(e.createdAt());
            if (e.duration() != null
                    && e.duration() == seconds
                    && created != null
                    && Duration.between(created, now).compareTo(DUPLICATE_WINDOW) <= 0) {
                long ago = Math.max(0, Duration.between(created, now).toMinutes());
                out.add("an entry just like this was logged " + (ago == 0 ? "less than a minute" : ago + " min")
                        + " ago (time entry " + e.id() + ")");
            }
        }
        return out;
    }

    public View list(Intent.ListTime t, By by, boolean team) {
        LocalDate today = account.today();
        DateRange range = t.range() != null
                ? t.range()
                : new DateRange(
                        today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                        today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
        Names.Target target = names.target(t.on(), false);
        Candidate service = t.service() == null ? null : names.service(t.service());
        ZoneId zone = account.zone();
        TimeEntryQuery q = TimeEntryQuery.empty()
                .withTeam(team ? Boolean.TRUE : null)
                .withStartedFrom(range.from().atStartOfDay(zone).toInstant())
                .withStartedTo(range.to().plusDays(1).atStartOfDay(zone).toInstant())
                .withProjectId(
                        target == null || target.project() == null
                                ? null
                                : Long.valueOf(target.project().id()))
                .withClientId(
                        target != null && target.project() == null
                                ? Long.valueOf(target.client().id())
                                : null)
                .withServiceId(service == null ? null : Long.valueOf(service.id()));
        List<TimeEntryDto> entries = new ArrayList<>(
                Account.call(() -> account.client().timeEntries().list(q).toList()));
        entries.removeIf(e -> !Boolean.TRUE.equals(e.isLogged()) && e.isLogged() != null);
        entries.sort((a, b) -> String.valueOf(a.startedAt()).compareTo(String.valueOf(b.startedAt())));

        long total = 0;
        long billable = 0;
        long unbilled = 0;
        for (TimeEntryDto e : entries) {
            long d = e.duration() == null ? 0 : e.duration();
            total += d;
            if (Boolean.TRUE.equals(e.billable())) {
                billable += d;
                if (!Boolean.TRUE.equals(e.billed())) {
                    unbilled += d;
                }
            }
        }
        String scope =
                (target == null ? "" : " on " + target.label()) + (service == null ? "" : " (" + service.name() + ")");
        String period = range.from().equals(range.to())
                ? Fmt.day(range.from(), today)
                : Fmt.day(range.from(), today) + " – " + Fmt.day(range.to(), today);
        List<String> footer = List.of(String.format(
                "Total%s, %s: %s h (%s), billable %s h, unbilled %s h, %d entr%s",
                scope,
                period,
                Fmt.hours(total),
                Fmt.minutes(total / 60),
                Fmt.hours(billable),
                Fmt.hours(unbilled),
                entries.size(),
                entries.size() == 1 ? "y" : "ies"));

        ObjectNode json = JSON.createObjectNode();
        json.put("date_from", range.from().toString());
        json.put("date_to", range.to().toString());
        json.put("total_hours", Fmt.hours(total));
        json.put("billable_hours", Fmt.hours(billable));
        json.put("unbilled_hours", Fmt.hours(unbilled));
        json.put("entries_count", entries.size());
        Table table;
        Cmd cmd = Cmd.of("time", "list").opt("--from", range.from()).opt("--to", range.to());
        if (target != null && target.project() != null) {
            cmd.opt("--project", target.project().name());
        } else if (target != null) {
            cmd.opt("--client", target.client().name());
        }
        cmd.opt("--service", service == null ? null : service.name());
        if (by == By.ENTRY) {
            table = new Table("DATE", "HOURS", "PROJECT", "CLIENT", "SERVICE", "BILLABLE", "NOTE").alignRight(1);
            ArrayNode rows = json.putArray("entries");
            for (TimeEntryDto e : entries) {
                LocalDate day = day(e, zone);
                String project = name(Kind.PROJECT, e.projectId());
                String client = name(Kind.CLIENT, e.clientId());
                String svc = name(Kind.SERVICE, e.serviceId());
                long d = e.duration() == null ? 0 : e.duration();
                table.row(
                        day,
                        Fmt.hours(d),
                        project,
                        client,
                        svc,
                        Boolean.TRUE.equals(e.billable()) ? "yes" : "no",
                        e.note() == null ? "" : e.note());
                ObjectNode r = rows.addObject();
                r.put("id", e.id());
                r.put("date", day == null ? null : day.toString());
                r.put("hours", Fmt.hours(d));
                r.put("duration_seconds", d);
                r.put("project", project.isEmpty() ? null : project);
                r.put("client", client.isEmpty() ? null : client);
                r.put("service", svc.isEmpty() ? null : svc);
                r.put("billable", Boolean.TRUE.equals(e.billable()));
                r.put("billed", Boolean.TRUE.equals(e.billed()));
                r.put("note", e.note());
            }
        } else {
            cmd.opt("--by", by.name().toLowerCase(java.util.Locale.ROOT));
            Function<TimeEntryDto, String> key = groupKey(by, zone);
            Map<String, long[]> groups = new TreeMap<>();
            for (TimeEntryDto e : entries) {
                long d = e.duration() == null ? 0 : e.duration();
                long[] g = groups.computeIfAbsent(key.apply(e), k -> new long[4]);
                g[0] += d;
                if (Boolean.TRUE.equals(e.billable())) {
                    g[1] += d;
                    if (!Boolean.TRUE.equals(e.billed())) {
                        g[2] += d;
                    }
                }
                g[3]++;
            }
            String head = by.name();
            table = new Table(head, "HOURS", "BILLABLE", "UNBILLED", "ENTRIES").alignRight(1, 2, 3, 4);
            ArrayNode rows = json.putArray("groups");
            json.put("by", by.name().toLowerCase(java.util.Locale.ROOT));
            for (Map.Entry<String, long[]> g : groups.entrySet()) {
                long[] v = g.getValue();
                table.row(g.getKey(), Fmt.hours(v[0]), Fmt.hours(v[1]), Fmt.hours(v[2]), v[3]);
                ObjectNode r = rows.addObject();
                r.put("group", g.getKey());
                r.put("hours", Fmt.hours(v[0]));
                r.put("billable_hours", Fmt.hours(v[1]));
                r.put("unbilled_hours", Fmt.hours(v[2]));
                r.put("entries_count", v[3]);
            }
        }
        if (team) {
            cmd.flag("--team", true);
        }
        return new View(table, json, footer, "No time logged" + scope + " for " + period + ".", cmd.toString());
    }

    private Function<TimeEntryDto, String> groupKey(By by, ZoneId zone) {
        switch (by) {
            case DAY:
                return e -> String.valueOf(day(e, zone));
            case CLIENT:
                return e -> orNone(name(Kind.CLIENT, e.clientId()), "(no client)");
            case PROJECT:
                return e -> orNone(name(Kind.PROJECT, e.projectId()), "(no project)");
            case SERVICE:
                return e -> orNone(name(Kind.SERVICE, e.serviceId()), "(no service)");
            case MEMBER:
                return e -> orNone(memberName(e.identityId()), "identity " + e.identityId());
            default:
                throw new AssertionError(by);
        }
    }

    private static String orNone(String s, String none) {
        return s.isEmpty() ? none : s;
    }

    private String memberName(Long identityId) {
        if (identityId == null) {
            return "";
        }
        return names.cache().team().stream()
                .filter(m -> String.valueOf(identityId).equals(m.parentId()))
                .map(Entry::name)
                .findFirst()
                .orElse("");
    }

    private String name(Kind kind, Long id) {
        if (id == null) {
            return "";
        }
        Entry e = names.entry(kind, String.valueOf(id));
        return e == null ? "#" + id : e.name();
    }

    private static LocalDate day(TimeEntryDto e, ZoneId zone) {
        Instant s = e.startedAtInstant();
        return s == null ? null : s.atZone(zone).toLocalDate();
    }

    public Plan startTimer(Intent.StartTimer t) {
        List<TimeEntryDto> running =
                Account.call(() -> account.client().timers().running());
        if (!running.isEmpty()) {
            TimeEntryDto r = running.get(0);
            throw new CliException.Usage(
                    "a timer is already running" + describeOn(r) + " since " + localTime(r),
                    "stop it first: `fb timer stop`");
        }
        Names.Target target = names.target(t.on(), true);
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
                    result("time_entry", id, e),
                    List.of(new Undo.Delete("time_entry", id, "the timer" + on)));
        });
    }

    public Plan stopTimer(Intent.StopTimer t) {
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
                        60,
                        Duration.between(started, Instant.now(account.context().clock()))
                                .getSeconds());
        String on = describeOn(timer);
        Cmd cmd = Cmd.of("timer", "stop").opt("--note", t.note());
        Plan plan = Plan.of(
                "Stop the timer" + on + " (running " + Fmt.minutes(seconds / 60) + " since " + localTime(timer)
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
                            "Timer stopped: logged " + Fmt.minutes(d / 60) + on + " (time entry " + id + ")",
                            "time_entry",
                            id,
                            account.link("time_entry", id),
                            result("time_entry", id, e),
                            List.of(new Undo.Restore(
                                    "time_entry",
                                    id,
                                    "the stopped timer" + on,
                                    Map.of("is_logged", false, "duration", 0))));
                });
        return t.note() == null ? plan : plan.withDetails(List.of("note: " + t.note()));
    }

    private String describeOn(TimeEntryDto e) {
        String p = name(Kind.PROJECT, e.projectId());
        String c = name(Kind.CLIENT, e.clientId());
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

    public static ObjectNode result(String kind, String id, Object record) {
        ObjectNode n = JSON.createObjectNode();
        n.put("ok", true);
        n.put("kind", kind);
        n.put("id", id);
        n.set("record", JSON.valueToTree(record));
        return n;
    }
}
