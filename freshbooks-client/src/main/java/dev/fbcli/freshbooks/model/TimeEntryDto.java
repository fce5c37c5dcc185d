package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A time entry; a running timer is one with {@code is_logged=false}. Durations are seconds; {@code started_at} is ISO-8601 UTC. */
public record TimeEntryDto(
        @JsonProperty("id") Long id,
        @JsonProperty("identity_id") Long identityId,
        @JsonProperty("is_logged") Boolean isLogged,
        @JsonProperty("started_at") String startedAt,
        @JsonProperty("local_started_at") String localStartedAt,
        @JsonProperty("local_timezone") String localTimezone,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("duration") Long duration,
        @JsonProperty("client_id") Long clientId,
        @JsonProperty("project_id") Long projectId,
        @JsonProperty("service_id") Long serviceId,
        @JsonProperty("task_id") Long taskId,
        @JsonProperty("note") String note,
        @JsonProperty("billable") Boolean billable,
        @JsonProperty("billed") Boolean billed,
        @JsonProperty("internal") Boolean internal,
        @JsonProperty("active") Boolean active,
        @JsonProperty("retainer_id") Long retainerId,
        @JsonProperty("timer") TimerRef timer) {

    /** {@code started_at} as an instant (accepts a missing {@code Z}); null when absent. */
    @JsonIgnore
    public Instant startedAtInstant() {
        return WireTimes.parseUtc(startedAt);
    }

    /** True while this is a running timer. */
    @JsonIgnore
    public boolean running() {
        return Boolean.FALSE.equals(isLogged);
    }
}
