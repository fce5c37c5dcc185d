package dev.fbcli.freshbooks.auth;

import dev.fbcli.freshbooks.LoginRequiredException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the executor gets the bearer token, at the moment of each request (never a string field).
 * Implementations must never log or print the token.
 */
public interface TokenProvider {

    /**
     * A currently valid access token (refreshing first when it is about to expire).
     *
     * @throws LoginRequiredException when there are no usable credentials
     */
    String accessToken();

    /**
     * Called once when FreshBooks answered 401 to {@code rejectedAccessToken}. Returns a different token
     * to retry with (after a refresh, or because another process already refreshed), or empty when
     * nothing better is available (the 401 is then reported).
     */
    default Optional<String> refreshAfterUnauthorized(String rejectedAccessToken) {
        return Optional.empty();
    }

    /** A provider that asks {@code supplier} every time and cannot refresh (e.g. FRESHBOOKS_TOKEN). */
    static TokenProvider of(Supplier<String> supplier) {
        return () -> {
            String t = supplier.get();
            if (t == null || t.isBlank()) {
                throw new LoginRequiredException("no FreshBooks access token is available; log in first");
            }
            return t;
        };
    }
}
