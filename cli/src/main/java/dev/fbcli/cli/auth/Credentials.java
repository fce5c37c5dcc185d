package dev.fbcli.cli.auth;

import dev.fbcli.cli.ApiErrors;
import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.VersionProvider;
import dev.fbcli.cli.auth.store.CredentialStore;
import dev.fbcli.cli.auth.store.CredentialStoreException;
import dev.fbcli.cli.auth.store.CredentialStores;
import dev.fbcli.cli.config.AppPaths;
import dev.fbcli.cli.config.Config;
import dev.fbcli.cli.session.Account;
import dev.fbcli.freshbooks.ApiEndpoints;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.FreshBooksException;
import dev.fbcli.freshbooks.LoginRequiredException;
import dev.fbcli.freshbooks.auth.OAuthClient;
import dev.fbcli.freshbooks.auth.RefreshingTokenProvider;
import dev.fbcli.freshbooks.auth.TokenProvider;
import dev.fbcli.freshbooks.auth.TokenSet;
import dev.fbcli.freshbooks.auth.TokenStore;
import dev.fbcli.freshbooks.http.ApacheRequestExecutor;
import dev.fbcli.freshbooks.http.ApiTrace;
import dev.fbcli.freshbooks.http.RequestExecutor;
import dev.fbcli.freshbooks.model.BusinessContext;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Where a real account's token comes from, and how it is renewed.
 *
 * <ol>
 *   <li>{@code FRESHBOOKS_TOKEN} in the environment (for CI): used as it is, never stored, never
 *       refreshed.
 *   <li>Else the login {@code fb auth login} stored in the credential store under
 *       {@code freshbooks/<profile>} (one JSON token set, see {@link TokenSets}). When it has a
 *       refresh token, the OAuth app's client id is in {@code config.json} ({@value #CLIENT_ID_KEY})
 *       and its secret is stored under {@code freshbooks-app/<profile>}, the token is renewed by a
 *       {@link RefreshingTokenProvider}: a minute before it expires, or once after a 401; the
 *       rotated refresh token is written to the credential store before the new access token is
 *       used; refreshes are serialised across processes by a file lock in the state directory
 *       ({@code refresh-<profile>.lock}), and the store is read again under the lock, so two
 *       {@code fb} processes never spend the same refresh token.
 * </ol>
 *
 * A refused refresh token ({@code invalid_grant}) or an expired token that cannot be renewed is
 * {@link CliException.AuthRequired} (exit 4) saying to run {@code fb auth login} again. No message
 * here ever contains a token or a secret.
 */
public final class Credentials {
    /** The environment variable that supplies an access token for CI. */
    public static final String TOKEN_ENV = "FRESHBOOKS_TOKEN";
    /** {@code config.json}: the profile whose login is used (default {@value #DEFAULT_PROFILE}). */
    public static final String PROFILE_KEY = "profile";

    public static final String DEFAULT_PROFILE = "default";
    /** {@code config.json}: the OAuth app's client id (not a secret). */
    public static final String CLIENT_ID_KEY = "oauth.client_id";
    /** {@code config.json}: the OAuth app's redirect URI, sent again on every refresh. */
    public static final String REDIRECT_URI_KEY = "oauth.redirect_uri";
    /** The redirect URI when none is given: nothing needs to listen there (API.md §2.3). */
    public static final String DEFAULT_REDIRECT_URI = "https://localhost/callback";
    /** {@code config.json}: the chosen business ({@code business.id} of {@code /users/me}). */
    public static final String BUSINESS_ID_KEY = "business_id";
    /** {@code config.json}: the chosen business' account id, remembered to skip a {@code /users/me}. */
    public static final String BUSINESS_ACCOUNT_KEY = "business_account_id";
    /** {@code config.json}: the chosen business' uuid, remembered with the account id. */
    public static final String BUSINESS_UUID_KEY = "business_uuid";

    private Credentials() {}

    /** The profile {@code config} points at. */
    public static String profile(Config config) {
        return config.get(PROFILE_KEY, DEFAULT_PROFILE);
    }

    /** The credential-store key of a profile's token set. */
    public static String tokenKey(String profile) {
        return "freshbooks/" + profile;
    }

    /** The credential-store key of the OAuth app's client secret. */
    public static String appSecretKey(String profile) {
        return "freshbooks-app/" + profile;
    }

    /** The lock that serialises refreshes of a profile's tokens across {@code fb} processes. */
    public static Path refreshLock(AppPaths paths, String profile) {
        return paths.state().resolve("refresh-" + profile + ".lock");
    }

    // ------------------------------------------------------------------ endpoints and clients

    /** The API base URL: {@code FRESHBOOKS_API_URL} (a loopback URL only when set explicitly) or FreshBooks. */
    public static URI apiBase(AppContext ctx) {
        try {
            return ApiEndpoints.apiBaseFromEnv(ctx.env(), explicit(ctx, ApiEndpoints.API_URL_ENV));
        } catch (FreshBooksException e) {
            throw ApiErrors.translate(e);
        }
    }

    /**
     * The browser-authorization base URL: {@code FRESHBOOKS_AUTH_URL}; else, when
     * {@code FRESHBOOKS_API_URL} points at a loopback address (a standalone sandbox, which serves
     * {@code /oauth/authorize} on its API host), that; else FreshBooks'.
     */
    public static URI authBase(AppContext ctx) {
        try {
            if (!explicit(ctx, ApiEndpoints.AUTH_URL_ENV) && explicit(ctx, ApiEndpoints.API_URL_ENV)) {
                URI api = apiBase(ctx);
                String host = api.getHost() == null ? "" : api.getHost();
                if (host.equals("127.0.0.1")
                        || host.equals("localhost")
                        || host.equals("[::1]")
                        || host.equals("::1")) {
                    return api;
                }
            }
            return ApiEndpoints.authBaseFromEnv(ctx.env(), explicit(ctx, ApiEndpoints.AUTH_URL_ENV));
        } catch (FreshBooksException e) {
            throw ApiErrors.translate(e);
        }
    }

    private static boolean explicit(AppContext ctx, String var) {
        String v = ctx.env(var);
        return v != null && !v.isBlank(); // an explicitly configured loopback URL: a standalone sandbox
    }

    /** A client builder for the real API (or {@code FRESHBOOKS_API_URL}) with {@code tokens}; no business set. */
    public static FreshBooksClient.Builder clientBuilder(AppContext ctx, TokenProvider tokens) {
        return Account.baseBuilder(ctx)
                .baseUrl(apiBase(ctx))
                .allowLoopback(explicit(ctx, ApiEndpoints.API_URL_ENV))
                .tokenProvider(tokens);
    }

    /**
     * An executor for the token endpoint: never in dry-run mode (renewing a login changes nothing
     * in the books), with the same {@code --debug} trace (method, path, status; never a body).
     */
    public static RequestExecutor oauthExecutor(AppContext ctx) {
        ApacheRequestExecutor.Builder b = ApacheRequestExecutor.builder()
                .baseUrl(apiBase(ctx))
                .allowLoopback(explicit(ctx, ApiEndpoints.API_URL_ENV))
                .userAgent("fb/" + VersionProvider.version() + " (FreshBooks CLI)");
        ApiTrace trace = debugTrace(ctx);
        if (trace != null) {
            b.trace(trace);
        }
        return b.build();
    }

    /** The OAuth client of an app, over {@code executor}. */
    public static OAuthClient oauthClient(
            AppContext ctx, RequestExecutor executor, String clientId, String clientSecret, String redirectUri) {
        try {
            URI auth = authBase(ctx);
            return new OAuthClient(
                    executor,
                    auth,
                    explicit(ctx, ApiEndpoints.AUTH_URL_ENV) || explicit(ctx, ApiEndpoints.API_URL_ENV),
                    clientId,
                    clientSecret,
                    redirectUri,
                    ctx.clock());
        } catch (FreshBooksException e) {
            throw ApiErrors.translate(e);
        }
    }

    private static ApiTrace debugTrace(AppContext ctx) {
        if (!ctx.options().debug && !"api".equalsIgnoreCase(ctx.env("FB_DEBUG"))) {
            return null;
        }
        PrintWriter err = ctx.err();
        return call -> {
            synchronized (err) {
                err.println("  api: " + call.line());
                err.flush();
            }
        };
    }

    // ------------------------------------------------------------------ token providers

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
                        "FreshBooks did not accept the credentials in " + TOKEN_ENV
                                + " (the token has expired or was revoked)",
                        "set a new " + TOKEN_ENV
                                + " (fb never renews it), or unset it to use the login of `fb auth login`",
                        null);
            }

            @Override
            public String toString() {
                return TOKEN_ENV;
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
    static TokenProvider unrenewable(TokenSet stored, Clock clock, String why) {
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
    static TokenProvider renewing(RefreshingTokenProvider p) {
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

    /** The token set of a profile in the credential store, as the {@link TokenStore} the refresher uses. */
    static final class StoredTokens implements TokenStore {
        private final CredentialStore store;
        private final String key;

        StoredTokens(CredentialStore store, String key) {
            this.store = store;
            this.key = key;
        }

        @Override
        public Optional<TokenSet> load() {
            return store.get(key).map(TokenSets::parse);
        }

        @Override
        public void save(TokenSet tokens) {
            try {
                store.put(key, TokenSets.format(tokens));
            } catch (CredentialStoreException e) {
                throw new CredentialStoreException(
                        "FreshBooks renewed your login, but " + store.describe() + " could not keep it: "
                                + e.getMessage(),
                        "the previous refresh token is used up: run `fb auth login` again",
                        e);
            }
        }

        @Override
        public String toString() {
            return "StoredTokens[" + key + " in " + store.describe() + "]";
        }
    }

    // ------------------------------------------------------------------ the login of a run

    /** Where the token of this run comes from. */
    public enum Source {
        /** {@code FRESHBOOKS_TOKEN}. */
        ENVIRONMENT,
        /** The credential store, written by {@code fb auth login}. */
        STORE
    }

    /**
     * The login a run uses: its source, the token provider, and for a stored login the store (kept
     * open for refreshes) and the token set as read. Closing it closes the store and the token
     * endpoint's executor.
     */
    public static final class Login implements AutoCloseable {
        private final Source source;
        private final TokenProvider provider;
        private final CredentialStore store;
        private final String profile;
        private final TokenSet stored;
        private final boolean renewable;
        private final Deque<AutoCloseable> resources = new ArrayDeque<>();

        private Login(
                Source source,
                TokenProvider provider,
                CredentialStore store,
                String profile,
                TokenSet stored,
                boolean renewable) {
            this.source = source;
            this.provider = provider;
            this.store = store;
            this.profile = profile;
            this.stored = stored;
            this.renewable = renewable;
            if (store != null) {
                resources.push(store);
            }
        }

        public Source source() {
            return source;
        }

        public TokenProvider provider() {
            return provider;
        }

        public String profile() {
            return profile;
        }

        /** The credential store of a stored login; empty for {@code FRESHBOOKS_TOKEN}. */
        public Optional<CredentialStore> store() {
            return Optional.ofNullable(store);
        }

        /** The token set as it was read at the start; empty for {@code FRESHBOOKS_TOKEN}. */
        public Optional<TokenSet> stored() {
            return Optional.ofNullable(stored);
        }

        /** The token set as it is in the store now (after a refresh, the new one). */
        public Optional<TokenSet> storedNow() {
            return store == null
                    ? Optional.empty()
                    : store.get(tokenKey(profile)).map(TokenSets::parse);
        }

        /** True when the stored login renews itself (refresh token plus the app's id and secret). */
        public boolean renewable() {
            return renewable;
        }

        /** Closes {@code r} with this login (last opened, first closed). */
        public void closeLater(AutoCloseable r) {
            resources.push(r);
        }

        @Override
        public void close() {
            while (!resources.isEmpty()) {
                try {
                    resources.pop().close();
                } catch (Exception ignored) {
                    // best effort: the process is about to end, or the session to be reopened
                }
            }
        }

        @Override
        public String toString() {
            return "Login[" + source + ", profile " + profile + (renewable ? ", renewable" : "") + "]";
        }
    }

    /**
     * Opens the login of this run: {@code FRESHBOOKS_TOKEN}, else the stored one of the profile.
     *
     * @throws CliException.AuthRequired when there is none, or it cannot be read
     */
    public static Login open(AppContext ctx, Config config) {
        String profile = profile(config);
        String env = ctx.env(TOKEN_ENV);
        if (env != null && !env.isBlank()) {
            return new Login(Source.ENVIRONMENT, environmentToken(env.strip()), null, profile, null, false);
        }
        CredentialStore store;
        try {
            store = CredentialStores.open(ctx.env(), ctx.paths());
        } catch (CredentialStoreException e) {
            throw new CliException.AuthRequired(
                    "cannot read your FreshBooks login: " + e.getMessage(),
                    e.hint() != null ? e.hint() : "run `fb auth login`, or set " + TOKEN_ENV,
                    e);
        }
        try {
            Optional<String> blob = store.get(tokenKey(profile));
            if (blob.isEmpty()) {
                throw new CliException.AuthRequired(
                        "you are not logged in to FreshBooks"
                                + (DEFAULT_PROFILE.equals(profile) ? "" : " (profile " + profile + ")"),
                        "run `fb auth login`, set " + TOKEN_ENV + ", or try the demo account with --sandbox",
                        null);
            }
            TokenSet set = TokenSets.parse(blob.get());
            String clientId = config.get(CLIENT_ID_KEY).orElse(null);
            String secret = set.canRefresh() && clientId != null
                    ? store.get(appSecretKey(profile)).orElse(null)
                    : null;
            if (set.canRefresh() && clientId != null && secret != null) {
                String redirect = config.get(REDIRECT_URI_KEY, DEFAULT_REDIRECT_URI);
                RequestExecutor http = oauthExecutor(ctx);
                try {
                    OAuthClient oauth = oauthClient(ctx, http, clientId, secret, redirect);
                    RefreshingTokenProvider refreshing = new RefreshingTokenProvider(
                            new StoredTokens(store, tokenKey(profile)),
                            oauth,
                            refreshLock(ctx.paths(), profile),
                            ctx.clock(),
                            RefreshingTokenProvider.DEFAULT_SLACK);
                    Login login = new Login(Source.STORE, renewing(refreshing), store, profile, set, true);
                    login.closeLater(http);
                    return login;
                } catch (RuntimeException e) {
                    http.close();
                    throw e;
                }
            }
            String why = !set.canRefresh()
                    ? "fb cannot renew it: it was pasted, not obtained through an OAuth app"
                    : "fb cannot renew it: the OAuth app's "
                            + (clientId == null ? "client id (" + CLIENT_ID_KEY + " in config.json)" : "client secret")
                            + " is missing";
            return new Login(Source.STORE, unrenewable(set, ctx.clock(), why), store, profile, set, false);
        } catch (CredentialStoreException e) {
            store.close();
            throw new CliException.AuthRequired(
                    "cannot read your FreshBooks login: " + e.getMessage(),
                    e.hint() != null ? e.hint() : "run `fb auth login` again",
                    e);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * The business {@code config.json} chose, complete enough to skip {@code /users/me}: only when
     * its id comes from the file (not an {@code FB_BUSINESS_ID} override) together with the
     * account id and uuid {@code fb auth login}/{@code switch} remembered.
     */
    static Optional<BusinessContext> rememberedBusiness(Config config) {
        String id = config.fileValues().get(BUSINESS_ID_KEY);
        String effective = config.get(BUSINESS_ID_KEY).orElse(null);
        String account = config.fileValues().get(BUSINESS_ACCOUNT_KEY);
        String uuid = config.fileValues().get(BUSINESS_UUID_KEY);
        if (id == null
                || !id.strip().equals(effective)
                || account == null
                || account.isBlank()
                || uuid == null
                || uuid.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new BusinessContext(businessId(id), uuid, account, null, null));
    }

    /** The configured business id, if any. */
    static Optional<Long> configuredBusinessId(Config config) {
        return config.get(BUSINESS_ID_KEY).map(Credentials::businessId);
    }

    private static long businessId(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new CliException.Usage(
                    BUSINESS_ID_KEY + " in config.json is not a number: " + id,
                    "run `fb auth switch` to choose the business again");
        }
    }

    /**
     * Opens a real account: the login of this run and a client for the configured business (or
     * FreshBooks' default one). {@code make} receives the client and what to close with it.
     */
    public static Account openAccount(
            AppContext ctx, Config config, BiFunction<FreshBooksClient, AutoCloseable, Account> make) {
        Login login = open(ctx, config);
        try {
            FreshBooksClient.Builder b = clientBuilder(ctx, login.provider());
            Optional<BusinessContext> remembered = rememberedBusiness(config);
            Optional<Long> wanted = configuredBusinessId(config);
            remembered.ifPresent(b::business);
            FreshBooksClient client = b.build();
            if (remembered.isEmpty() && wanted.isPresent()) {
                login.closeLater(client);
                FreshBooksClient base = client;
                client = base.forBusiness(base.identity().business(wanted.get()));
            }
            return make.apply(client, login);
        } catch (FreshBooksException e) {
            login.close();
            throw ApiErrors.translate(e);
        } catch (RuntimeException e) {
            login.close();
            throw e;
        }
    }
}
