package dev.fbcli.cli.exec;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.config.Config;
import dev.fbcli.cli.config.CredentialStore;
import dev.fbcli.cli.config.CredentialStores;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.FreshBooksException;
import dev.fbcli.freshbooks.auth.TokenProvider;
import dev.fbcli.freshbooks.auth.TokenSet;
import dev.fbcli.freshbooks.ApiEndpoints;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a real account's token comes from: {@code FRESHBOOKS_TOKEN} (for CI; it cannot be
 * refreshed), else the token set that {@code fb auth login} stored in the credential store.
 */
final class Credentials {
    static final String TOKEN_ENV = "FRESHBOOKS_TOKEN";

    private Credentials() {}

    /** The credential-store key of a profile's token set. */
    static String tokenKey(String profile) {
        return "freshbooks/" + profile;
    }

    static Account openAccount(AppContext ctx, Config config, String profile, Function<FreshBooksClient, Account> make) {
        String apiUrl = ctx.env(ApiEndpoints.API_URL_ENV);
        URI base;
        try {
            // an explicitly configured loopback URL is allowed (a standalone `fb sandbox serve`)
            base = ApiEndpoints.apiBaseFromEnv(ctx.env(), apiUrl != null && !apiUrl.isBlank());
        } catch (FreshBooksException e) {
            throw ApiErrors.translate(e);
        }
        TokenProvider tokens = tokenProvider(ctx, profile);
        FreshBooksClient.Builder b = Account.baseBuilder(ctx).baseUrl(base).allowLoopback(apiUrl != null).tokenProvider(tokens);
        config.get("business_id").ifPresent(id -> {
            try {
                b.businessId(Long.parseLong(id));
            } catch (NumberFormatException e) {
                throw new CliException.Usage("business_id in config.json is not a number: " + id);
            }
        });
        try {
            return make.apply(b.build());
        } catch (FreshBooksException e) {
            throw ApiErrors.translate(e);
        }
    }

    private static TokenProvider tokenProvider(AppContext ctx, String profile) {
        String env = ctx.env(TOKEN_ENV);
        if (env != null && !env.isBlank()) {
            String token = env.strip();
            return () -> token;
        }
        Optional<String> stored;
        try (CredentialStore store = CredentialStores.open(ctx.env(), ctx.paths())) {
            stored = store.get(tokenKey(profile));
        } catch (RuntimeException e) {
            throw new CliException.AuthRequired(
                    "no FreshBooks login is available: " + e.getMessage(),
                    "run `fb auth login`, set FRESHBOOKS_TOKEN, or try the demo account with --sandbox",
                    e);
        }
        if (stored.isEmpty()) {
            throw new CliException.AuthRequired(
                    "you are not logged in to FreshBooks",
                    "run `fb auth login`, set FRESHBOOKS_TOKEN, or try the demo account with --sandbox",
                    null);
        }
        TokenSet set = TokenSets.parse(stored.get());
        return () -> set.accessToken();
    }
}
