package dev.fbcli.freshbooks.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;

/** Time-entry list filters (bare params). Sent: {@code team}, {@code project_id}, {@code client_id}, {@code identity_id}, {@code billable}, {@code billed}, {@code started_from/to}, {@code include_unlogged}, {@code updated_since}. Local: {@code serviceId} (a server-side service filter is UNVERIFIED) and {@code runningOnly}. */
@RecordBuilder
public record TimeEntryQuery(
        Boolean team,
        Long projectId,
        Long clientId,
        Long identityId,
        Boolean billable,
        Boolean billed,
        Instant startedFrom,
        Instant startedTo,
        Boolean includeUnlogged,
        Long serviceId,
        Boolean runningOnly,
        Instant updatedSince)
        implements TimeEntryQueryBuilder.With {

    /** All fields unset. */
    public static TimeEntryQuery empty() {
        return new TimeEntryQuery(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
