package dev.fbcli.cli.action.time;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.resolve.Target;
import dev.fbcli.cli.session.Account;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.NotFoundException;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import dev.fbcli.freshbooks.model.WireTimes;
import dev.fbcli.nlp.intent.TimeEntryRef;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which time entry the user means, for show, edit and delete alike: one by its id; the last one
 * logged; or the one that fits what was said about it (its day, what it was on, its service, how
 * long it lasted). Several that fit are a numbered choice at a terminal, and a usage error listing
 * them (with their ids) in a script. Only the user's own logged entries are searched (a running
 * timer is changed with {@code fb timer}); without a day, those of the last {@value #RECENT_DAYS} days.
 */
public final class TimeEntryFinder {
    /** How far back an entry is looked for when no day is said. */
    static final int RECENT_DAYS = 90;
    /** More candidates than this is no choice to offer: the user is asked to say more. */
    static final int MAX_CHOICES = 20;

    private final Account account;
    private final Names names;

    public TimeEntryFinder(Account account, Names names) {
        this.account = account;
        this.names = names;
    }

    /** The entry {@code ref} means; {@code verb} ("edit", "delete", "show") words the hints. */
    public TimeEntryDto find(TimeEntryRef ref, String verb) {
        if (ref.isId()) {
            return byId(ref.id());
        }
        ZoneId zone = account.zone();
        Target target = names.target(ref.on(), false);
        Candidate service = ref.service() == null ? null : names.service(ref.service());
        TimeEntryQuery q = TimeEntryQuery.empty()
                .withProjectId(
                        target == null || target.project() == null
                                ? null
                                : Long.valueOf(target.project().id()))
                .withClientId(
                        target != null && target.project() == null
                                ? Long.valueOf(target.client().id())
                                : null)
                .withServiceId(service == null ? null : Long.valueOf(service.id()));
        Instant now = Instant.now(account.context().clock());
        if (ref.day() != null) {
            q = q.withStartedFrom(ref.day().atStartOfDay(zone).toInstant())
                    .withStartedTo(ref.day().plusDays(1).atStartOfDay(zone).toInstant());
        } else if (ref.last()) {
            // the last one logged: every entry created lately was updated lately
            q = q.withUpdatedSince(now.minus(Duration.ofDays(RECENT_DAYS)));
        } else {
            q = q.withStartedFrom(
                    account.today().minusDays(RECENT_DAYS).atStartOfDay(zone).toInstant());
        }
        TimeEntryQuery query = q;
        List<TimeEntryDto> fit = new ArrayList<>(
                Account.call(() -> account.client().timeEntries().list(query).toList()));
        fit.removeIf(e -> e.running() || Boolean.FALSE.equals(e.active()));
        if (ref.durationMinutes() != null) {
            long seconds = ref.durationMinutes() * 60L;
            fit.removeIf(e -> e.duration() == null || Math.abs(e.duration() - seconds) >= 60);
        }
        String said = said(ref, target, service);
        if (fit.isEmpty()) {
            throw new CliException.Usage(
                    "no time entry of yours fits " + said
                            + (ref.day() == null ? " in the last " + RECENT_DAYS + " days" : ""),
                    "`fb time list` shows your entries with their ids; `fb time " + verb + " ID` takes one");
        }
        if (ref.last()) {
            return fit.stream()
                    .max(Comparator.comparing((TimeEntryDto e) -> created(e)).thenComparing(TimeEntryDto::id))
                    .orElseThrow();
        }
        if (fit.size() == 1) {
            return fit.get(0);
        }
        fit.sort(Comparator.comparing((TimeEntryDto e) -> String.valueOf(e.startedAt()))
                .thenComparing(TimeEntryDto::id));
        return choose(fit, said, verb);
    }

    private TimeEntryDto byId(String id) {
        TimeEntryDto e;
        try {
            e = account.client().timeEntries().get(Long.parseLong(id));
        } catch (NotFoundException nf) {
            throw new CliException.Usage(
                    "there is no time entry " + id + " in " + account.business().name(),
                    "`fb time list` shows the entries with their ids");
        } catch (dev.fbcli.freshbooks.FreshBooksException fe) {
            throw dev.fbcli.cli.ApiErrors.translate(fe);
        }
        if (Boolean.FALSE.equals(e.active())) {
            throw new CliException.Usage("time entry " + id + " was deleted", "`fb undo --list` shows what fb changed");
        }
        return e;
    }

    private TimeEntryDto choose(List<TimeEntryDto> fit, String said, String verb) {
        if (fit.size() > MAX_CHOICES) {
            throw new CliException.Usage(
                    fit.size() + " time entries fit " + said + ": say its day, what it was on or how long it lasted",
                    "`fb time list` shows them with their ids; `fb time " + verb + " ID` takes one");
        }
        List<Candidate> options = new ArrayList<>();
        for (TimeEntryDto e : fit) {
            options.add(new Candidate(String.valueOf(e.id()), e.id() + "  " + describe(e), null, true));
        }
        Candidate picked;
        try {
            picked = names.chooser().choose("time entry", "time entry", options);
        } catch (CliException.Usage noTerminal) {
            throw new CliException.Usage(
                    fit.size() + " time entries fit " + said + ": "
                            + fit.stream()
                                    .map(e -> e.id() + " (" + describe(e) + ")")
                                    .collect(Collectors.joining(", ")),
                    "give the id: `fb time " + verb + " " + fit.get(0).id() + " …`");
        }
        return fit.stream()
                .filter(e -> String.valueOf(e.id()).equals(picked.id()))
                .findFirst()
                .orElseThrow();
    }

    /** "Mon Nov 23, 3h 00m of Design on Website Redesign (Acme Corp)". */
    public String describe(TimeEntryDto e) {
        LocalDate day = day(e);
        long minutes = e.duration() == null ? 0 : e.duration() / 60;
        String service = names.nameOf(Kind.SERVICE, e.serviceId());
        return (day == null ? "" : Fmt.day(day, account.today()) + ", ")
                + Fmt.minutes(minutes)
                + (service.isEmpty() ? "" : " of " + service)
                + on(e);
    }

    /** " on Website Redesign (Acme Corp)", " on Wayne Enterprises", or "" with neither. */
    public String on(TimeEntryDto e) {
        String p = names.nameOf(Kind.PROJECT, e.projectId());
        String c = names.nameOf(Kind.CLIENT, e.clientId());
        if (!p.isEmpty()) {
            return " on " + p + (c.isEmpty() ? "" : " (" + c + ")");
        }
        return c.isEmpty() ? "" : " on " + c;
    }

    /** The entry's day in the business' time zone, or null without a start. */
    public LocalDate day(TimeEntryDto e) {
        Instant s = e.startedAtInstant();
        return s == null ? null : s.atZone(account.zone()).toLocalDate();
    }

    /** When the entry started, in the business' time zone, to the minute. */
    public LocalTime startTime(TimeEntryDto e) {
        Instant s = e.startedAtInstant();
        return s == null
                ? null
                : s.atZone(account.zone()).toLocalTime().withSecond(0).withNano(0);
    }

    private static Instant created(TimeEntryDto e) {
        Instant c = e.createdAt() == null ? null : WireTimes.parseUtc(e.createdAt());
        if (c != null) {
            return c;
        }
        Instant s = e.startedAtInstant();
        return s == null ? Instant.EPOCH : s;
    }

    private String said(TimeEntryRef ref, Target target, Candidate service) {
        List<String> parts = new ArrayList<>();
        if (ref.last()) {
            parts.add("the last one");
        }
        if (ref.day() != null) {
            parts.add(Fmt.day(ref.day(), account.today()));
        }
        if (target != null) {
            parts.add("on " + target.label());
        }
        if (service != null) {
            parts.add(service.name());
        }
        if (ref.durationMinutes() != null) {
            parts.add(Fmt.minutes(ref.durationMinutes()));
        }
        return "'" + String.join(", ", parts) + "'";
    }
}
