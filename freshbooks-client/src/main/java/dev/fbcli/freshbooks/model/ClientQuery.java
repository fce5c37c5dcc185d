package dev.fbcli.freshbooks.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * Client list filters. Sent: {@code search[email]}, the {@code *_like} keys, {@code vis_state}, {@code
 * updated_min/max}, {@code has_outstanding} (API.md §5.1). {@code nameContains} is applied locally (base
 * keys such as {@code search[fname]} are silently ignored by FreshBooks). {@code withBalances} asks for
 * the {@code outstanding_balance}, {@code overdue_balance}, {@code draft_balance} and {@code
 * credit_balance} includes.
 */
@RecordBuilder
public record ClientQuery(
        String email,
        String emailLike,
        String organizationLike,
        String fnameLike,
        String lnameLike,
        Integer visState,
        LocalDate updatedMin,
        LocalDate updatedMax,
        String nameContains,
        Boolean hasOutstanding,
        Boolean withBalances)
        implements ClientQueryBuilder.With {

    /** All fields unset. */
    public static ClientQuery empty() {
        return new ClientQuery(null, null, null, null, null, null, null, null, null, null, null);
    }
}
