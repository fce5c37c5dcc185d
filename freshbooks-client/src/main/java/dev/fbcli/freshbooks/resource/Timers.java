package dev.fbcli.freshbooks.resource;

import dev.fbcli.freshbooks.ConfigurationException;
import dev.fbcli.freshbooks.model.TimeEntryDraft;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import dev.fbcli.freshbooks.model.WireTimes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Running timers, as FreshBooks models them: a time entry with {@code is_logged:false} and a
 * {@code started_at}. Start = POST such an entry; stop = GET, then PUT the full entry with
 * {@code is_logged:true} and {@code duration} = seconds since {@code started_at}.
 */
public final class Timers {
    private final TimeEntries entries;
    private final Clock clock;

    Timers(TimeEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** The caller's running timers ({@code include_unlogged=true}, kept locally when {@code is_logged} is false). */
    public List<TimeEntryDto> running() {
        return entries.list(TimeEntryQuery.empty().withRunningOnly(true)).toList();
    }

    /**
     * Starts a timer now for {@code what} (project, client, service, note, billable; time fields are
     * ignored).
     */
    public TimeEntryDto start(TimeEntryDraft what) {
        TimeEntryDraft d = what.withIsLogged(false)
                .withStartedAt(WireTimes.formatUtc(clock.instant()))
                .withDuration(0L);
        return entries.create(d);
    }

    /** Stops the running timer {@code id}: logs the time since it started. */
    public TimeEntryDto stop(long id) {
        TimeEntryDto e = entries.get(id);
        if (!e.running()) {
            throw new ConfigurationException("time entry " + id + " is not a running timer");
        }
        Instant started = e.startedAtInstant();
        if (started == null) {
            throw new ConfigurationException("timer " + id + " has no start time");
        }
        long seconds = Math.max(0, Duration.between(started, clock.instant()).getSeconds());
        TimeEntryDraft full = TimeEntryDraft.from(e).withIsLogged(true).withDuration(seconds);
        return entries.put(id, full);
    }
}
