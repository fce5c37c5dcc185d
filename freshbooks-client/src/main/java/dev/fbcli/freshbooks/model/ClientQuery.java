package dev.fbcli.freshbooks.model;

import java.time.LocalDate;

/** Client list filters. Sent: {@code search[email]}, the {@code *_like} keys, {@code vis_state}, {@code updated_min/max} (API.md §5.1). {@code nameContains} is applied locally (base keys such as {@code search[fname]} are silently ignored by FreshBooks). */
public record ClientQuery(
        String email,
        String emailLike,
        String organizationLike,
        String fnameLike,
        String lnameLike,
        Integer visState,
        LocalDate updatedMin,
        LocalDate updatedMax,
        String nameContains) {

    /** All fields unset. */
    public static ClientQuery empty() {
        return new ClientQuery(null, null, null, null, null, null, null, null, null);
    }

    public ClientQuery withEmail(String v) {
        return new ClientQuery(
                v, emailLike, organizationLike, fnameLike, lnameLike, visState, updatedMin, updatedMax, nameContains);
    }

    public ClientQuery withEmailLike(String v) {
        return new ClientQuery(
                email, v, organizationLike, fnameLike, lnameLike, visState, updatedMin, updatedMax, nameContains);
    }

    public ClientQuery withOrganizationLike(String v) {
        return new ClientQuery(
                email, emailLike, v, fnameLike, lnameLike, visState, updatedMin, updatedMax, nameContains);
    }

    public ClientQuery withFnameLike(String v) {
        return new ClientQuery(
                email, emailLike, organizationLike, v, lnameLike, visState, updatedMin, updatedMax, nameContains);
    }

    public ClientQuery withLnameLike(String v) {
        return new ClientQuery(
                email, emailLike, organizationLike, fnameLike, v, visState, updatedMin, updatedMax, nameContains);
    }

    public ClientQuery withVisState(Integer v) {
        return new ClientQuery(
                email, emailLike, organizationLike, fnameLike, lnameLike, v, updatedMin, updatedMax, nameContains);
    }

    public ClientQuery withUpdatedMin(LocalDate v) {
        return new ClientQuery(
                email, emailLike, organizationLike, fnameLike, lnameLike, visState, v, updatedMax, nameContains);
    }

    public ClientQuery withUpdatedMax(LocalDate v) {
        return new ClientQuery(
                email, emailLike, organizationLike, fnameLike, lnameLike, visState, updatedMin, v, nameContains);
    }

    public ClientQuery withNameContains(String v) {
        return new ClientQuery(
                email, emailLike, organizationLike, fnameLike, lnameLike, visState, updatedMin, updatedMax, v);
    }
}
