package dev.fbcli.freshbooks.model;

import java.time.Instant;

/** Time-entry list filters (bare params). Sent: {@code team}, {@code project_id}, {@code client_id}, {@code identity_id}, {@code billable}, {@code billed}, {@code started_from/to}, {@code include_unlogged}. Local: {@code serviceId} (a server-side service filter is UNVERIFIED) and {@code runningOnly}. */
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
        Boolean runningOnly) {

    /** All fields unset. */
    public static TimeEntryQuery empty() {
        return new TimeEntryQuery(null, null, null, null, null, null, null, null, null, null, null);
    }

    public TimeEntryQuery withTeam(Boolean v) {
        return new TimeEntryQuery(
                v,
                projectId,
                clientId,
                identityId,
                billable,
                billed,
                startedFrom,
                startedTo,
                includeUnlogged,
                serviceId,
                runningOnly);
    }

    public TimeEntryQuery withProjectId(Long v) {
        return new TimeEntryQuery(
                team,
                v,
                clientId,
                identityId,
                billable,
                billed,
                startedFrom,
                startedTo,
                includeUnlogged,
                serviceId,
                runningOnly);
    }

    public TimeEntryQuery withClientId(Long v) {
        return new TimeEntryQuery(
                team,
                projectId,
                v,
                identityId,
                billable,
                billed,
                startedFrom,
                startedTo,
                includeUnlogged,
                serviceId,
                runningOnly);
    }

    public TimeEntryQuery withIdentityId(Long v) {
        return new TimeEntryQuery(
                team,
                projectId,
                clientId,
                v,
                billable,
                billed,
                startedFrom,
                startedTo,
                includeUnlogged,
                serviceId,
                runningOnly);
    }

    public TimeEntryQuery withBillable(Boolean v) {
        return new TimeEntryQuery(
                team,
                projectId,
                clientId,
                identityId,
                v,
                billed,
                startedFrom,
                startedTo,
                includeUnlogged,
                serviceId,
                runningOnly);
    }

    public TimeEntryQuery withBilled(Boolean v) {
        return new TimeEntryQuery(
                team,
                projectId,
                clientId,
                identityId,
                billable,
                v,
                startedFrom,
                startedTo,
                includeUnlogged,
                serviceId,
                runningOnly);
    }

    public TimeEntryQuery withStartedFrom(Instant v) {
        return new TimeEntryQuery(
                team,
                projectId,
                clientId,
                identityId,
                billable,
                billed,
                v,
                startedTo,
                includeUnlogged,
                serviceId,
                runningOnly);
    }

    public TimeEntryQuery withStartedTo(Instant v) {
        return new TimeEntryQuery(
                team,
                projectId,
                clientId,
                identityId,
                billable,
                billed,
                startedFrom,
                v,
                includeUnlogged,
                serviceId,
                runningOnly);
    }

    public TimeEntryQuery withIncludeUnlogged(Boolean v) {
        return new TimeEntryQuery(
                team,
                projectId,
                clientId,
                identityId,
                billable,
                billed,
                startedFrom,
                startedTo,
                v,
                serviceId,
                runningOnly);
    }

    public TimeEntryQuery withServiceId(Long v) {
        return new TimeEntryQuery(
                team,
                projectId,
                clientId,
                identityId,
                billable,
                billed,
                startedFrom,
                startedTo,
                includeUnlogged,
                v,
                runningOnly);
    }

    public TimeEntryQuery withRunningOnly(Boolean v) {
        return new TimeEntryQuery(
                team,
                projectId,
                clientId,
                identityId,
                billable,
                billed,
                startedFrom,
                startedTo,
                includeUnlogged,
                serviceId,
                v);
    }
}
