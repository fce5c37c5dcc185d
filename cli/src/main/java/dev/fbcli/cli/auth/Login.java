package dev.fbcli.cli.auth;

import dev.fbcli.cli.ApiErrors;
import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.auth.store.CredentialStore;
import dev.fbcli.cli.auth.store.CredentialStoreException;
import dev.fbcli.cli.auth.store.CredentialStores;
import dev.fbcli.cli.config.Config;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.FreshBooksException;
import dev.fbcli.freshbooks.auth.OAuthClient;
import dev.fbcli.freshbooks.auth.RefreshingTokenProvider;
import dev.fbcli.freshbooks.auth.TokenProvider;
import dev.fbcli.freshbooks.auth.TokenSet;
import dev.fbcli.freshbooks.http.RequestExecutor;
import dev.fbcli.freshbooks.model.BusinessContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The login a run uses, and where its token comes from:
 *
 * <ol>
 *   <li>{@code FRESHBOOKS_TOKEN} in the environment (for CI): used as it is, never stored, never
 *       refreshed.
 *   <li>Else the login {@code fb auth login} stored in the credential store under
 *       {@code freshbooks/<profile>} (one JSON token set, see {@link TokenSets}). When it has a
 *       refresh token, the OAuth app's client id is in {@code config.json}
 *       ({@value Credentials#CLIENT_ID_KEY}) and its secret is stored under
 *       {@code freshbooks-app/<profile>}, the token is renewed by a {@link RefreshingTokenProvider}:
 *       a minute before it expires, or once after a 401; the rotated refresh token is written to
 *       the credential store before the new access token is used; refreshes are serialised across
 *       processes by a file lock in the state directory ({@code refresh-<profile>.lock}), and the
 *       store is read again under the lock, so two {@code fb} processes never spend the same
 *       refresh token.
 * </ol>
 *
 * A refused refresh token ({@code invalid_grant}) or an expired token that cannot be renewed is
 * {@link CliException.AuthRequired} (exit 4) saying to run {@code fb auth login} again. It holds its
 * source, the token provider, and for a stored login the store (kept open for refreshes) and the
 * token set as read; closing it closes the store and the token endpoint's executor.
 */
public final class Login implements AutoCloseable {

    /** Where the token of this run comes from. */
    public enum Source {
        /** {@code FRESHBOOKS_TOKEN}. */
        ENVIRONMENT,
        /** The credential store, written by {@code fb auth login}. */
        STORE
    }

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
                : store.get(Credentials.tokenKey(profile)).map(TokenSets::parse);
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

    /**
     * Opens the login of this run: {@code FRESHBOOKS_TOKEN}, else the stored one of the profile.
     *
     * @throws CliException.AuthRequired when there is none, or it cannot be read
     */
    public static Login open(AppContext ctx, Config config) {
        String profile = Credentials.profile(config);
        String env = ctx.env(Credentials.TOKEN_ENV);
        if (env != null && !env.isBlank()) {
            return new Login(
                    Source.ENVIRONMENT, TokenProviders.environmentToken(env.strip()), null, profile, null, false);
        }
        CredentialStore store;
        try {
            store = CredentialStores.open(ctx.env(), ctx.paths());
        } catch (CredentialStoreException e) {
            throw new CliException.AuthRequired(
                    "cannot read your FreshBooks login: " + e.getMessage(),
                    e.hint() != null ? e.hint() : "run `fb auth login`, or set " + Credentials.TOKEN_ENV,
                    e);
        }
        try {
            Optional<String> blob = store.get(Credentials.tokenKey(profile));
            if (blob.isEmpty()) {
                throw new CliException.AuthRequired(
                        "you are not logged in to FreshBooks"
                                + (Credentials.DEFAULT_PROFILE.equals(profile) ? "" : " (profile " + profile + ")"),
                        "run `fb auth login`, set " + Credentials.TOKEN_ENV
                                + ", or try the demo account with --sandbox",
                        null);
            }
            TokenSet set = TokenSets.parse(blob.get());
            String clientId = config.get(Credentials.CLIENT_ID_KEY).orElse(null);
            String secret = set.canRefresh() && clientId != null
                    ? store.get(Credentials.appSecretKey(profile)).orElse(null)
                    : null;
            if (set.canRefresh() && clientId != null && secret != null) {
                String redirect = config.get(Credentials.REDIRECT_URI_KEY, Credentials.DEFAULT_REDIRECT_URI);
                RequestExecutor http = ApiClients.oauthExecutor(ctx);
                try {
                    OAuthClient oauth = ApiClients.oauthClient(ctx, http, clientId, secret, redirect);
                    RefreshingTokenProvider refreshing = new RefreshingTokenProvider(
                            new StoredTokens(store, Credentials.tokenKey(profile)),
                            oauth,
                            Credentials.refreshLock(ctx.paths(), profile),
                            ctx.clock(),
                            RefreshingTokenProvider.DEFAULT_SLACK);
                    Login login =
                            new Login(Source.STORE, TokenProviders.renewing(refreshing), store, profile, set, true);
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
                            + (clientId == null
                                    ? "client id (" + Credentials.CLIENT_ID_KEY + " in config.json)"
                                    : "client secret")
                            + " is missing";
            return new Login(
                    Source.STORE, TokenProviders.unrenewable(set, ctx.clock(), why), store, profile, set, false);
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
     * Opens a real account: the login of this run and a client for the configured business (or
     * FreshBooks' default one). {@code make} receives the client and what to close with it.
     */
    public static <T> T openAccount(
            AppContext ctx, Config config, BiFunction<FreshBooksClient, AutoCloseable, T> make) {
        Login login = open(ctx, config);
        try {
            FreshBooksClient.Builder b = ApiClients.clientBuilder(ctx, login.provider());
            Optional<BusinessContext> remembered = Credentials.rememberedBusiness(config);
            Optional<Long> wanted = Credentials.configuredBusinessId(config);
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
