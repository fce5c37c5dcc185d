package dev.fbcli.cli.resolve;

import java.util.Objects;

/**
 * A record a name can resolve to: its FreshBooks id, its display name, an optional secondary name
 * ({@code detail}: a client's contact, a member's email) and whether it is active (completed
 * projects and archived records lose ties to active ones).
 */
public record Candidate(String id, String name, String detail, boolean active) {
    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public static Candidate of(String id, String name) {
        return new Candidate(id, name, null, true);
    }

    /** The name, plus the detail in parentheses when there is one. */
    public String label() {
        return detail == null || detail.isBlank() ? name : name + " (" + detail + ")";
    }
}
