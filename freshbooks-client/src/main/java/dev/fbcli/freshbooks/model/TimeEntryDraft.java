package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;

/**
 * Fields written on a time entry. Updates are always a full object (GET, merge, PUT): {@code started_at}
 * must not be null. {@code billed} is set when the entry goes on an invoice (API.md §5.11).
 */
@RecordBuilder
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
        @JsonProperty("billed") Boolean billed,
        @JsonProperty("internal") Boolean internal,
        @JsonProperty("identity_id") Long identityId,
        @JsonProperty("retainer_id") Long retainerId)
        implements TimeEntryDraftBuilder.With {

    /** All fields unset. */
    public static TimeEntryDraft empty() {
        return new TimeEntryDraft(null, null, null, null, null, null, null, null, null, null, null, null, null);
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
                e.billed(),
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
                patch.billed() != null ? patch.billed() : billed,
                patch.internal() != null ? patch.internal() : internal,
                patch.identityId() != null ? patch.identityId() : identityId,
                patch.retainerId() != null ? patch.retainerId() : retainerId);
    }
}
