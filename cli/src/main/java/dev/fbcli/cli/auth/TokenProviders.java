package dev.fbcli.cli.auth;

import dev.fbcli.cli.CliException;
import dev.fbcli.freshbooks.LoginRequiredException;
import dev.fbcli.freshbooks.auth.RefreshingTokenProvider;
import dev.fbcli.freshbooks.auth.TokenProvider;
import dev.fbcli.freshbooks.auth.TokenSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The token providers of the CLI: {@code FRESHBOOKS_TOKEN} (never renewed), a token just pasted or
 * obtained (checked before anything is stored), a stored token that cannot be renewed, and a
 * renewing one; each turns "log in again" into {@link CliException.AuthRequired} (exit 4), and none
 * ever puts a token in a message.
 */
public final class TokenProviders {
    private TokenProviders() {}

    /** {@code FRESHBOOKS_TOKEN}: used as it is; a 401 says to set a new one. */
    public static TokenProvider environmentToken(String token) {
        return new TokenProvider() {
            @Override
            public String accessToken() {
                return token;
            }

            @Override
            public Optional<String> refreshAfterUnauthorized(String rejected) {
                throw new CliException.AuthRequired(
                        "FreshBooks did not accept the credentials in " + Credentials.TOKEN_ENV
                                + " (the token has expired or was revoked)",
                        "set a new " + Credentials.TOKEN_ENV
                                + " (fb never renews it), or unset it to use the login of `fb auth login`",
                        null);
            }

            @Override
            public String toString() {
                return Credentials.TOKEN_ENV;
            }
        };
    }

    /** A token just pasted or obtained at login, to check it with {@code /users/me}. */
    public static TokenProvider candidateToken(String token) {
        return new TokenProvider() {
            @Override
            public String accessToken() {
                return token;
            }

            @Override
            public Optional<String> refreshAfterUnauthorized(String rejected) {
                throw new CliException.AuthRequired(
                        "FreshBooks did not accept this access token (HTTP 401); nothing was stored",
                        "check that you copied the whole token and that it has not expired",
                        null);
            }

            @Override
            public String toString() {
                return "candidate token";
            }
        };
    }

    /** A stored token that cannot be renewed ({@code why} says why): refused once expired or on a 401. */
    public static TokenProvider unrenewable(TokenSet stored, Clock clock, String why) {
        return new TokenProvider() {
            @Override
            public String accessToken() {
                if (stored.expiresWithin(Duration.ZERO, clock.instant())) {
                    throw new CliException.AuthRequired(
                            "your FreshBooks login expired at " + TokenSets.when(stored.expiresAt(), clock) + ", and "
                                    + why,
                            "run `fb auth login` again",
                            null);
                }
                return stored.accessToken();
            }

            @Override
            public Optional<String> refreshAfterUnauthorized(String rejected) {
                throw new CliException.AuthRequired(
                        "FreshBooks did not accept the credentials: the stored access token has expired or was revoked, and "
                                + why,
                        "run `fb auth login` again",
                        null);
            }

            @Override
            public String toString() {
                return "stored token (not renewable)";
            }
        };
    }

    /** A {@link RefreshingTokenProvider} whose "log in again" becomes the CLI's exit 4. */
    public static TokenProvider renewing(RefreshingTokenProvider p) {
        return new TokenProvider() {
            @Override
            public String accessToken() {
                try {
                    return p.accessToken();
                } catch (LoginRequiredException e) {
                    throw loginAgain(e);
                }
            }

            @Override
            public Optional<String> refreshAfterUnauthorized(String rejected) {
                try {
                    return p.refreshAfterUnauthorized(rejected);
                } catch (LoginRequiredException e) {
                    throw loginAgain(e);
                }
            }

            @Override
            public String toString() {
                return "stored token (renewed automatically)";
            }
        };
    }

    private static CliException loginAgain(LoginRequiredException e) {
        return new CliException.AuthRequired(
                "FreshBooks refused to renew your login (its refresh token was already used or has been revoked)",
                "run `fb auth login` again",
                e);
    }
}
