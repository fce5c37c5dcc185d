package dev.fbcli.cli.action.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Results;
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
import dev.fbcli.completions.NameCache.Entry;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.http.Wire;
import dev.fbcli.freshbooks.model.TimeEntryDraft;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.WireTimes;
import dev.fbcli.nlp.intent.Intent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * time.show, time.edit and time.delete: the entry meant is found by {@link TimeEntryFinder}; an
 * edit shows each change as before → after and journals the values before (an emptied project or
 * client is put back too); a delete journals the entry's fields, so undo logs it again.
 */
public final class TimeEdits {
    private static final ObjectMapper JSON = Json.MAPPER;

    private final Account account;
    private final Names names;
    private final TimeEntryFinder finder;

    public TimeEdits(Account account, Names names, TimeEntryFinder finder) {
        this.account = account;
        this.names = names;
        this.finder = finder;
    }

    public View show(Intent.ShowTimeEntry s) {
        TimeEntryDto e = finder.find(s.entry(), "show");
        List<String> lines = new ArrayList<>();
        lines.add("Time entry " + e.id() + ": " + finder.describe(e));
        LocalTime start = finder.startTime(e);
        String who = member(e.identityId());
        lines.add("  started " + (start == null ? "at an unknown time" : start.toString())
                + (who.isEmpty() ? "" : ", logged by " + who));
        lines.add("  " + (Boolean.TRUE.equals(e.billable()) ? "billable" : "not billable")
                + (Boolean.TRUE.equals(e.billed())
                        ? ", on an invoice"
                        : Boolean.TRUE.equals(e.billable()) ? ", not invoiced yet" : ""));
        if (e.note() != null && !e.note().isBlank()) {
            lines.add("  note: " + e.note());
        }
        String link = account.link("time_entry", e.id());
        lines.add("  " + link);
        // fb's words, as `time list` names them (docs/json.md)
        ObjectNode json = JSON.createObjectNode();
        LocalDate day = finder.day(e);
        json.put("id", e.id());
        json.put("date", day == null ? null : day.toString());
        json.put("started_at", start == null ? null : start.toString());
        json.put("hours", Fmt.hours(e.duration() == null ? 0 : e.duration()));
        json.put("duration_seconds", e.duration() == null ? 0 : e.duration());
        json.put("project", blankToNull(names.nameOf(Kind.PROJECT, e.projectId())));
        json.put("project_id", e.projectId());
        json.put("client", blankToNull(names.nameOf(Kind.CLIENT, e.clientId())));
        json.put("client_id", e.clientId());
        json.put("service", blankToNull(names.nameOf(Kind.SERVICE, e.serviceId())));
        json.put("service_id", e.serviceId());
        json.put("logged_by", blankToNull(who));
        json.put("billable", Boolean.TRUE.equals(e.billable()));
        json.put("billed", Boolean.TRUE.equals(e.billed()));
        json.put("note", e.note());
        json.put("link", link);
        return View.lines(lines, json, Cmd.of("time", "show").arg(e.id()).toString());
    }

    public Plan edit(Intent.EditTime t) {
        if (t.entry() == null) {
            throw new CliException.Usage(
                    "say which time entry to change: its id, the last one, or its day and what it was on",
                    "`fb time edit last --duration 5h`, or `fb time list` for the ids");
        }
        TimeEntryDto e = finder.find(t.entry(), "edit");
        if (e.running()) {
            throw new CliException.Usage(
                    "time entry " + e.id() + " is a running timer", "stop it with `fb timer stop`, then change it");
        }
        String before = finder.describe(e);
        TimeEntryDraft patch = TimeEntryDraft.empty();
        Set<String> clear = new LinkedHashSet<>();
        Map<String, Object> previous = new LinkedHashMap<>();
        List<String> changes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Cmd cmd = Cmd.of("time", "edit").arg(e.id());

        if (t.newDurationMinutes() != null) {
            long seconds = t.newDurationMinutes() * 60L;
            if (e.duration() == null || e.duration() != seconds) {
                patch = patch.withDuration(seconds);
                previous.put("duration", e.duration());
                changes.add("duration: " + Fmt.duration(e.duration() == null ? 0 : e.duration()) + " → "
                        + Fmt.minutes(t.newDurationMinutes()));
            }
            cmd.opt("--duration", Fmt.durationFlag(t.newDurationMinutes()));
        }
        if (t.newDate() != null) {
            LocalDate was = finder.day(e);
            if (!t.newDate().equals(was)) {
                LocalTime at = finder.startTime(e) == null ? TimeLogging.DEFAULT_START : finder.startTime(e);
                Instant moved = t.newDate().atTime(at).atZone(account.zone()).toInstant();
                patch = patch.withStartedAt(WireTimes.formatUtc(moved));
                previous.put("started_at", e.startedAt());
                changes.add("day: " + (was == null ? "(none)" : Fmt.day(was, account.today())) + " → "
                        + Fmt.day(t.newDate(), account.today()) + " (still from " + at + ")");
            }
            cmd.opt("--date", t.newDate());
        }
        Candidate newService = t.newService() == null ? null : names.service(t.newService());
        if (newService != null) {
            Long sid = Long.valueOf(newService.id());
            if (!sid.equals(e.serviceId())) {
                patch = patch.withServiceId(sid);
                previous.put("service_id", e.serviceId());
                changes.add(
                        "service: " + orNone(names.nameOf(Kind.SERVICE, e.serviceId())) + " → " + newService.name());
            }
            cmd.opt("--service", newService.name());
        }
        Boolean billable = t.newBillable();
        if (t.newOn() != null) {
            Target to = names.target(t.newOn(), true);
            Long pid = to.project() == null ? null : Long.valueOf(to.project().id());
            Long cid = to.client() == null ? null : Long.valueOf(to.client().id());
            if (!Objects.equals(pid, e.projectId()) || !Objects.equals(cid, e.clientId())) {
                if (pid == null) {
                    clear.add("project_id");
                } else {
                    patch = patch.withProjectId(pid);
                }
                if (cid == null) {
                    clear.add("client_id");
                } else {
                    patch = patch.withClientId(cid);
                }
                patch = patch.withInternal(cid == null);
                previous.put("project_id", e.projectId());
                previous.put("client_id", e.clientId());
                previous.put("internal", e.internal() == null ? e.clientId() == null : e.internal());
                changes.add("on: " + orNone(finder.on(e).replaceFirst("^ on ", "")) + " → " + to.label());
                if (billable == null && (cid == null) != (e.clientId() == null)) {
                    Long sid = newService != null ? Long.valueOf(newService.id()) : e.serviceId();
                    Entry s = sid == null ? null : names.entry(Kind.SERVICE, String.valueOf(sid));
                    boolean serviceBillable = s == null || !Boolean.FALSE.equals(s.active());
                    billable = cid != null && serviceBillable;
                }
            }
            if (to.project() != null) {
                cmd.opt("--project", to.project().name());
            } else {
                cmd.opt("--client", to.client().name());
            }
        }
        if (t.newNote() != null) {
            if (!t.newNote().equals(e.note())) {
                patch = patch.withNote(t.newNote());
                previous.put("note", e.note() == null ? "" : e.note());
                changes.add("note: " + orNone(e.note()) + " → " + t.newNote());
            }
            cmd.opt("--note", t.newNote());
        }
        if (billable != null && !billable.equals(Boolean.TRUE.equals(e.billable()))) {
            patch = patch.withBillable(billable);
            previous.put("billable", Boolean.TRUE.equals(e.billable()));
            changes.add("billable: " + (Boolean.TRUE.equals(e.billable()) ? "yes" : "no") + " → "
                    + (billable ? "yes" : "no"));
        }
        if (t.newBillable() != null) {
            cmd.flag(t.newBillable() ? "--billable" : "--no-billable", true);
        }
        if (changes.isEmpty()) {
            throw new CliException.Usage("time entry " + e.id() + " (" + before + ") already has those values");
        }
        if (Boolean.TRUE.equals(e.billed())) {
            warnings.add("time entry " + e.id() + " is on an invoice already; the invoice keeps its line as it is");
        }
        TimeEntryDraft change = patch;
        String label = "the time entry " + e.id() + " (" + before + ")";
        return new Plan(
                "Change time entry " + e.id() + " (" + before + ")", changes, warnings, cmd.toString(), null, () -> {
                    TimeEntryDto after = account.client().timeEntries().update(e.id(), change, clear);
                    String id = String.valueOf(after.id());
                    return new Applied(
                            "Changed time entry " + id + ": now " + finder.describe(after),
                            "time_entry",
                            id,
                            account.link("time_entry", id),
                            Results.json("time_entry", id, after),
                            List.of(new Undo.Restore("time_entry", id, label, previous)));
                });
    }

    public Plan delete(Intent.DeleteTime d) {
        TimeEntryDto e = finder.find(d.entry(), "delete");
        String what = finder.describe(e);
        List<String> warnings = new ArrayList<>();
        if (e.running()) {
            throw new CliException.Usage(
                    "time entry " + e.id() + " is a running timer", "`fb timer discard` throws a running timer away");
        }
        if (Boolean.TRUE.equals(e.billed())) {
            warnings.add("time entry " + e.id() + " is on an invoice; the invoice keeps its line");
        }
        List<String> details = new ArrayList<>();
        if (e.note() != null && !e.note().isBlank()) {
            details.add("note: " + e.note());
        }
        Map<String, Object> fields = fields(e);
        String id = String.valueOf(e.id());
        return new Plan(
                "Delete time entry " + id + " (" + what + ")",
                details,
                warnings,
                Cmd.of("time", "delete").arg(id).toString(),
                null,
                () -> {
                    account.client().timeEntries().delete(e.id());
                    ObjectNode json = JSON.createObjectNode()
                            .put("ok", true)
                            .put("kind", "time_entry")
                            .put("id", id)
                            .put("deleted", true);
                    json.set("record", JSON.valueToTree(e));
                    return new Applied(
                            "Deleted time entry " + id + " (" + what + ")",
                            "time_entry",
                            id,
                            null,
                            json,
                            List.of(new Undo.Recreate(
                                    "time_entry", id, "time entry " + id + " (" + what + ")", fields)));
                });
    }

    /** The writable fields of an entry, as the journal keeps them to log it again (nulls left out). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> fields(TimeEntryDto e) {
        return Wire.convert(Wire.toTree(TimeEntryDraft.from(e)), Map.class);
    }

    private String member(Long identityId) {
        if (identityId == null) {
            return "";
        }
        return names.cache().team().stream()
                .filter(m -> String.valueOf(identityId).equals(m.parentId()))
                .map(Entry::name)
                .findFirst()
                .orElse("");
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? "(none)" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
