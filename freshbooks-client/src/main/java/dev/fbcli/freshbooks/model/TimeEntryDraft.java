package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** Fields written on a time entry. Updates are always a full object (GET, merge, PUT): {@code started_at} must not be null. */
public record TimeEntryDraft(
        @JsonProperty("is_logged") Boolean isLogged,
        @JsonProperty("started_at") String startedAt,
        @JsonProperty("duration") Long duration,
        @JsonProperty("client_id") Long clientId,
        @JsonProperty("project_id") Long projectId,
        @JsonProperty("service_id") Long serviceId,
        @JsonProperty("task_id") Long taskId,
        @JsonProperty("note") String note,
        @JsonProperty("billable") Boolean billable,
        @JsonProperty("internal") Boolean internal,
        @JsonProperty("identity_id") Long identityId,
        @JsonProperty("retainer_id") Long retainerId) {

    /** All fields unset. */
    public static TimeEntryDraft empty() {
        return new TimeEntryDraft(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public TimeEntryDraft withIsLogged(Boolean v) {
        return new TimeEntryDraft(
                v,
                startedAt,
                duration,
                clientId,
                projectId,
                serviceId,
                taskId,
                note,
                billable,
                internal,
                identityId,
                retainerId);
    }

    public TimeEntryDraft withStartedAt(String v) {
        return new TimeEntryDraft(
                isLogged,
                v,
                duration,
                clientId,
                projectId,
                serviceId,
                taskId,
                note,
                billable,
                internal,
                identityId,
                retainerId);
    }

    public TimeEntryDraft withDuration(Long v) {
        return new TimeEntryDraft(
                isLogged,
                startedAt,
                v,
                clientId,
                projectId,
                serviceId,
                taskId,
                note,
                billable,
                internal,
                identityId,
                retainerId);
    }

    public TimeEntryDraft withClientId(Long v) {
        return new TimeEntryDraft(
                isLogged,
                startedAt,
                duration,
                v,
                projectId,
                serviceId,
                taskId,
                note,
                billable,
                internal,
                identityId,
                retainerId);
    }

    public TimeEntryDraft withProjectId(Long v) {
        return new TimeEntryDraft(
                isLogged,
                startedAt,
                duration,
                clientId,
                v,
                serviceId,
                taskId,
                note,
                billable,
                internal,
                identityId,
                retainerId);
    }

    public TimeEntryDraft withServiceId(Long v) {
        return new TimeEntryDraft(
                isLogged,
                startedAt,
                duration,
                clientId,
                projectId,
                v,
                taskId,
                note,
                billable,
                internal,
                identityId,
                retainerId);
    }

    public TimeEntryDraft withTaskId(Long v) {
        return new TimeEntryDraft(
                isLogged,
                startedAt,
                duration,
                clientId,
                projectId,
                serviceId,
                v,
                note,
                billable,
                internal,
                identityId,
                retainerId);
    }

    public TimeEntryDraft withNote(String v) {
        return new TimeEntryDraft(
                isLogged,
                startedAt,
                duration,
                clientId,
                projectId,
                serviceId,
                taskId,
                v,
                billable,
                internal,
                identityId,
                retainerId);
    }

    public TimeEntryDraft withBillable(Boolean v) {
        return new TimeEntryDraft(
                isLogged,
                startedAt,
                duration,
                clientId,
                projectId,
                serviceId,
                taskId,
                note,
                v,
                internal,
                identityId,
                retainerId);
    }

    public TimeEntryDraft withInternal(Boolean v) {
        return new TimeEntryDraft(
                isLogged,
                startedAt,
                duration,
                clientId,
                projectId,
                serviceId,
                taskId,
                note,
                billable,
                v,
                identityId,
                retainerId);
    }

    public TimeEntryDraft withIdentityId(Long v) {
        return new TimeEntryDraft(
                isLogged,
                startedAt,
                duration,
                clientId,
                projectId,
                serviceId,
                taskId,
                note,
                billable,
                internal,
                v,
                retainerId);
    }

    public TimeEntryDraft withRetainerId(Long v) {
        return new TimeEntryDraft(
                isLogged,
                startedAt,
                duration,
                clientId,
                projectId,
                serviceId,
                taskId,
                note,
                billable,
                internal,
                identityId,
                v);
    }

    /** A logged entry of {@code duration} seconds starting at {@code startedAt}. */
    public static TimeEntryDraft logged(Instant startedAt, long durationSeconds) {
        return empty().withIsLogged(true)
                .withStartedAt(WireTimes.formatUtc(startedAt))
                .withDuration(durationSeconds);
    }

    /** The writable fields of an existing entry (for GET-merge-PUT). */
    public static TimeEntryDraft from(TimeEntryDto e) {
        return new TimeEntryDraft(
                e.isLogged(),
                e.startedAt(),
                e.duration(),
                e.clientId(),
                e.projectId(),
                e.serviceId(),
                e.taskId(),
                e.note(),
                e.billable(),
                e.internal(),
                e.identityId(),
                e.retainerId());
    }

    /** {@code this} with every non-null field of {@code patch} laid over it. */
    public TimeEntryDraft merge(TimeEntryDraft patch) {
        return new TimeEntryDraft(
                patch.isLogged() != null ? patch.isLogged() : isLogged,
                patch.startedAt() != null ? patch.startedAt() : startedAt,
                patch.duration() != null ? patch.duration() : duration,
                patch.clientId() != null ? patch.clientId() : clientId,
                patch.projectId() != null ? patch.projectId() : projectId,
                patch.serviceId() != null ? patch.serviceId() : serviceId,
                patch.taskId() != null ? patch.taskId() : taskId,
                patch.note() != null ? patch.note() : note,
                patch.billable() != null ? patch.billable() : billable,
                patch.internal() != null ? patch.internal() : internal,
                patch.identityId() != null ? patch.identityId() : identityId,
                patch.retainerId() != null ? patch.retainerId() : retainerId);
    }
}
