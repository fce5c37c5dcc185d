package dev.fbcli.cli.action.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.render.Table;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.resolve.Target;
import dev.fbcli.cli.session.Account;
import dev.fbcli.completions.NameCache.Entry;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import dev.fbcli.nlp.intent.DateRange;
import dev.fbcli.nlp.intent.Intent;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * time.list and {@code fb time report}: the entries of a period, or their totals grouped by day,
 * client, project, service or member; with {@code unbilled}, only billable time not yet invoiced
 * (of any date unless a period is said).
 */
public final class TimeReports {
    private static final ObjectMapper JSON = Json.MAPPER;

    private final Account account;
    private final Names names;

    public TimeReports(Account account, Names names) {
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

    public View list(Intent.ListTime t, By by, boolean team) {
        LocalDate today = account.today();
        boolean unbilledOnly = Boolean.TRUE.equals(t.unbilled());
        // unbilled time is whatever is still to invoice, of any date; other reports default to this week
        DateRange range = t.range() != null
                ? t.range()
                : unbilledOnly
                        ? null
                        : new DateRange(
                                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                                today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
        Target target = names.target(t.on(), false);
        Candidate service = t.service() == null ? null : names.service(t.service());
        ZoneId zone = account.zone();
        TimeEntryQuery q = TimeEntryQuery.empty()
                .withTeam(team ? Boolean.TRUE : null)
                .withStartedFrom(
                        range == null || range.from() == null
                                ? null
                                : range.from().atStartOfDay(zone).toInstant())
                .withStartedTo(
                        range == null || range.to() == null
                                ? null
                                : range.to().plusDays(1).atStartOfDay(zone).toInstant())
                .withBillable(unbilledOnly ? Boolean.TRUE : null)
                .withBilled(unbilledOnly ? Boolean.FALSE : null)
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
        if (unbilledOnly) {
            entries.removeIf(e -> !Boolean.TRUE.equals(e.billable()) || Boolean.TRUE.equals(e.billed()));
        }
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
        String period = range == null
                ? "all dates"
                : range.from() == null
                        ? "until " + Fmt.day(range.to(), today)
                        : range.to() == null
                                ? "since " + Fmt.day(range.from(), today)
                                : range.from().equals(range.to())
                                        ? Fmt.day(range.from(), today)
                                        : Fmt.day(range.from(), today) + " – " + Fmt.day(range.to(), today);
        List<String> footer = List.of(String.format(
                "Total of %s%s, %s: %s h (%s), billable %s h, unbilled %s h, %d entr%s",
                // whose time: yours unless --team (a project's page counts everyone's)
                team ? "everyone's time" : "your time (--team: everyone's)",
                scope,
                period,
                Fmt.hours(total),
                Fmt.duration(total),
                Fmt.hours(billable),
                Fmt.hours(unbilled),
                entries.size(),
                entries.size() == 1 ? "y" : "ies"));

        ObjectNode json = JSON.createObjectNode();
        json.put(
                "date_from",
                range == null || range.from() == null ? null : range.from().toString());
        json.put(
                "date_to",
                range == null || range.to() == null ? null : range.to().toString());
        if (unbilledOnly) {
            json.put("unbilled_only", true);
        }
        json.put("total_hours", Fmt.hours(total));
        json.put("billable_hours", Fmt.hours(billable));
        json.put("unbilled_hours", Fmt.hours(unbilled));
        json.put("entries_count", entries.size());
        Table table;
        Cmd cmd = Cmd.of("time", by == By.ENTRY ? "list" : "report")
                .opt("--from", range == null ? null : range.from())
                .opt("--to", range == null ? null : range.to())
                .flag("--unbilled", unbilledOnly);
        if (target != null && target.project() != null) {
            cmd.opt("--project", target.project().name());
        } else if (target != null) {
            cmd.opt("--client", target.client().name());
        }
        cmd.opt("--service", service == null ? null : service.name());
        if (by == By.ENTRY) {
            table = new Table("ID", "DATE", "HOURS", "PROJECT", "CLIENT", "SERVICE", "BILLABLE", "NOTE").alignRight(2);
            ArrayNode rows = json.putArray("entries");
            for (TimeEntryDto e : entries) {
                LocalDate day = day(e, zone);
                String project = names.nameOf(Kind.PROJECT, e.projectId());
                String client = names.nameOf(Kind.CLIENT, e.clientId());
                String svc = names.nameOf(Kind.SERVICE, e.serviceId());
                long d = e.duration() == null ? 0 : e.duration();
                table.row(
                        e.id(),
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
        String none = unbilledOnly
                ? "No unbilled billable time" + scope + " (" + period + ")."
                : (team ? "No time logged" : "None of your time logged") + scope + " for " + period + ".";
        return new View(table, json, footer, none, cmd.toString());
    }

    private Function<TimeEntryDto, String> groupKey(By by, ZoneId zone) {
        switch (by) {
            case DAY:
                return e -> String.valueOf(day(e, zone));
            case CLIENT:
                return e -> orNone(names.nameOf(Kind.CLIENT, e.clientId()), "(no client)");
            case PROJECT:
                return e -> orNone(names.nameOf(Kind.PROJECT, e.projectId()), "(no project)");
            case SERVICE:
                return e -> orNone(names.nameOf(Kind.SERVICE, e.serviceId()), "(no service)");
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

    private static LocalDate day(TimeEntryDto e, ZoneId zone) {
        Instant s = e.startedAtInstant();
        return s == null ? null : s.atZone(zone).toLocalDate();
    }
}
