package dev.fbcli.freshbooks.model;

import java.time.Instant;

/** Project list filters (bare params). Sent: {@code active}, {@code complete}, {@code client_id}, {@code updated_since}, {@code include_logged_duration}, {@code sort} ({@code title}, {@code -due_date}, ...). Local: {@code titleContains} ({@code title}/{@code title_like} are ignored upstream). */
public record ProjectQuery(
        Boolean active,
        Boolean complete,
        Long clientId,
        Instant updatedSince,
        Boolean includeLoggedDuration,
        String sort,
        String titleContains) {

    /** All fields unset. */
    public static ProjectQuery empty() {
        return new ProjectQuery(null, null, null, null, null, null, null);
    }

    public ProjectQuery withActive(Boolean v) {
        return new ProjectQuery(v, complete, clientId, updatedSince, includeLoggedDuration, sort, titleContains);
    }

    public ProjectQuery withComplete(Boolean v) {
        return new ProjectQuery(active, v, clientId, updatedSince, includeLoggedDuration, sort, titleContains);
    }

    public ProjectQuery withClientId(Long v) {
        return new ProjectQuery(active, complete, v, updatedSince, includeLoggedDuration, sort, titleContains);
    }

    public ProjectQuery withUpdatedSince(Instant v) {
        return new ProjectQuery(active, complete, clientId, v, includeLoggedDuration, sort, titleContains);
    }

    public ProjectQuery withIncludeLoggedDuration(Boolean v) {
        return new ProjectQuery(active, complete, clientId, updatedSince, v, sort, titleContains);
    }

    public ProjectQuery withSort(String v) {
        return new ProjectQuery(active, complete, clientId, updatedSince, includeLoggedDuration, v, titleContains);
    }

    public ProjectQuery withTitleContains(String v) {
        return new ProjectQuery(active, complete, clientId, updatedSince, includeLoggedDuration, sort, v);
    }
}
