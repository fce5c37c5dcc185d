package dev.fbcli.freshbooks.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The OAuth tokens: access token, refresh token (single-use, rotated on every refresh), expiry and
 * granted scopes. {@link #toString()} never shows the tokens.
 */
public record TokenSet(String accessToken, String refreshToken, Instant expiresAt, Set<String> scopes) {
    public TokenSet {
        Objects.requireNonNull(accessToken, "accessToken");
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    /** True when the access token expires within {@code slack} of {@code now}; an unknown expiry counts as valid. */
    public boolean expiresWithin(Duration slack, Instant now) {
        return expiresAt != null && !now.plus(slack).isBefore(expiresAt);
    }

    public boolean canRefresh() {
        return refreshToken != null && !refreshToken.isBlank();
    }

    @Override
    public String toString() {
        return "TokenSet[accessToken=<redacted>, refreshToken=" + (canRefresh() ? "<redacted>" : "none")
                + ", expiresAt=" + expiresAt + ", scopes=" + scopes + "]";
    }
}
