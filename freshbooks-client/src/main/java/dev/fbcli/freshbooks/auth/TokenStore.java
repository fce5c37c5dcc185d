package dev.fbcli.freshbooks.auth;

import java.util.Optional;

/**
 * Where tokens live between runs (the CLI's keychain or 0600 file). {@link RefreshingTokenProvider}
 * calls {@link #save} with the rotated refresh token before it uses the new access token, and
 * reloads under its lock so that another process's refresh is seen.
 */
public interface TokenStore {
    Optional<TokenSet> load();

    void save(TokenSet tokens);
}
