package dev.fbcli.freshbooks.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;

/** Project list filters (bare params). Sent: {@code active}, {@code complete}, {@code client_id}, {@code updated_since}, {@code include_logged_duration}, {@code sort} ({@code title}, {@code -due_date}, ...). Local: {@code titleContains} ({@code title}/{@code title_like} are ignored upstream). */
@RecordBuilder
public record ProjectQuery(
        Boolean active,
        Boolean complete,
        Long clientId,
        Instant updatedSince,
        Boolean includeLoggedDuration,
        String sort,
        String titleContains)
        implements ProjectQueryBuilder.With {

    /** All fields unset. */
    public static ProjectQuery empty() {
        return new ProjectQuery(null, null, null, null, null, null, null);
    }
}
