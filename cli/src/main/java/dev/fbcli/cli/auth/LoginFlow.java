package dev.fbcli.cli.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.ApiErrors;
import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.auth.store.CredentialStore;
import dev.fbcli.cli.auth.store.CredentialStores;
import dev.fbcli.cli.command.auth.AuthLoginCommand;
import dev.fbcli.cli.config.Config;
import dev.fbcli.cli.render.Safe;
import dev.fbcli.freshbooks.ApiErrorException;
import dev.fbcli.freshbooks.FreshBooksException;
import dev.fbcli.freshbooks.LoginRequiredException;
import dev.fbcli.freshbooks.auth.OAuthClient;
import dev.fbcli.freshbooks.auth.TokenSet;
import dev.fbcli.freshbooks.http.RequestExecutor;
import dev.fbcli.freshbooks.model.BusinessContext;
import dev.fbcli.freshbooks.model.Identity;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code fb auth login}: get an access token (pasted, or through the OAuth authorization-code
 * flow), confirm it with {@code /users/me}, choose the business, then store the tokens (and the
 * app's secret) in the credential store and the rest in {@code config.json}. Nothing is stored
 * until FreshBooks has accepted the token; the credential store is opened first, so a missing
 * keychain is reported before anything is asked.
 */
public final class LoginFlow {
    private static final Pattern CLIENT_ID = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AppContext ctx;
    private final AuthLoginCommand opts;
    private final PrintWriter err;

    /** What a login method obtained: the tokens, and for OAuth the app. */
    private record Obtained(TokenSet tokens, String clientId, String clientSecret, String redirectUri) {}

    public LoginFlow(AppContext ctx, AuthLoginCommand opts) {
        this.ctx = ctx;
        this.opts = opts;
        this.err = ctx.err();
    }

    public int run() {
        refuseSecretsOnCommandLine();
        Logins.refuseDryRun(ctx, "login");
        Logins.refuseSandbox(ctx, "login");
        if (opts.withToken && opts.clientId != null) {
            throw new CliException.Usage("--with-token and --client-id are two ways to log in: choose one");
        }
        CredentialStores.Choice choice =
                opts.store == null ? null : CredentialStores.Choice.parse(opts.store, "--store");
        Config config = ctx.session().config();
        String profile = Credentials.profile(config);
        boolean oauth = opts.clientId != null || (!opts.withToken && askWhich());
        String redirect = oauth
                ? redirectUri(
                        opts.redirectUri != null
                                ? opts.redirectUri
                                : config.get(Credentials.REDIRECT_URI_KEY, Credentials.DEFAULT_REDIRECT_URI))
                : null;
        try (CredentialStore store = CredentialStores.open(ctx.env(), ctx.paths(), choice)) {
            AuthInput in = new AuthInput(ctx);
            Obtained got = oauth ? authorize(in, redirect) : paste(in);
            Identity me = Logins.identity(
                    ctx, TokenProviders.candidateToken(got.tokens().accessToken()));
            List<BusinessContext> all = Logins.businesses(me);
            Long current = config.get(Credentials.BUSINESS_ID_KEY)
                    .map(LoginFlow::parseLongOrNull)
                    .orElse(null);
            BusinessContext business = Logins.choose(ctx, all, opts.business, current, true);
            // the app's secret first: the token set is what makes fb consider itself logged in
            if (got.clientSecret() != null) {
                store.put(Credentials.appSecretKey(profile), got.clientSecret());
            } else {
                store.delete(Credentials.appSecretKey(profile));
            }
            store.put(Credentials.tokenKey(profile), TokenSets.format(got.tokens()));
            if (got.clientId() != null) {
                Logins.set(ctx, Credentials.CLIENT_ID_KEY, got.clientId());
                Logins.set(ctx, Credentials.REDIRECT_URI_KEY, got.redirectUri());
            }
            if (choice != null) {
                Logins.set(ctx, CredentialStores.CONFIG_KEY, choice.word());
                warnIfEnvironmentDisagrees(choice);
            }
            Logins.remember(ctx, business, profile);
            Logins.reopenSession(ctx);
            report(me, business, all.size(), store, got);
        }
        String env = ctx.env(Credentials.TOKEN_ENV);
        if (env != null && !env.isBlank()) {
            err.println("note: " + Credentials.TOKEN_ENV
                    + " is set, and fb uses it ahead of this login until you unset it");
        }
        return 0;
    }

    private void refuseSecretsOnCommandLine() {
        if (opts.secretOnCommandLine != null || (opts.stray != null && !opts.stray.isEmpty())) {
            throw new CliException.Usage(
                    "fb auth login takes no token or secret on the command line (it would stay in your shell history and show in `ps`)",
                    "pipe the token instead: echo \"$TOKEN\" | fb auth login --with-token; or run `fb auth login` at a terminal to be asked");
        }
    }

    /** At a terminal without a method flag: which way? True for OAuth. */
    private boolean askWhich() {
        if (!ctx.canPrompt()) {
            throw new CliException.Usage(
                    "say how to log in: --with-token (the token on standard input) or --client-id <id> (OAuth)",
                    "for example: echo \"$TOKEN\" | fb auth login --with-token");
        }
        int i = ctx.session()
                .prompter()
                .choose(
                        "How do you want to log in to FreshBooks?",
                        List.of(
                                "Paste an access token (from FreshBooks' developer page)",
                                "Authorize fb with your OAuth app (its client id and secret)"));
        return i == 1;
    }

    private Obtained paste(AuthInput in) {
        String token = TokenSets.cleanPastedToken(in.secret("your FreshBooks access token"));
        return new Obtained(TokenSets.pasted(token), null, null, null);
    }

    private Obtained authorize(AuthInput in, String redirect) {
        String clientId = opts.clientId != null ? opts.clientId : in.text("the client id of your FreshBooks app");
        clientId = clientId.strip();
        if (!CLIENT_ID.matcher(clientId).matches()) {
            throw new CliException.Usage(
                    "--client-id must be the app's client id, without spaces",
                    "copy it from your app's page on FreshBooks' developer portal");
        }
        String secret = in.secret("the client secret of the app " + clientId).strip();
        if (secret.isEmpty()) {
            throw new CliException.Usage(
                    "no client secret was given", "copy it from your app's page on FreshBooks' developer portal");
        }
        String state = OAuthRedirect.newState();
        try (RequestExecutor http = ApiClients.oauthExecutor(ctx)) {
            OAuthClient oauth = ApiClients.oauthClient(ctx, http, clientId, secret, redirect);
            URI url = oauth.authorizeUrl(
                    state,
                    opts.scopes == null
                            ? List.of()
                            : opts.scopes.stream()
                                    .map(String::strip)
                                    .filter(s -> !s.isEmpty())
                                    .toList());
            err.println("Open this address in a browser, sign in to FreshBooks and allow fb:");
            err.println("  " + url);
            if (ctx.canPrompt() && !opts.noBrowser && Browser.open(ctx, url.toString())) {
                err.println("(opened in your browser)");
            }
            err.println(
                    "FreshBooks then sends the browser to " + redirect + "?code=... (the page itself may not load).");
            err.flush();
            String code = OAuthRedirect.code(in.text("that address, or just the code"), state);
            return new Obtained(exchange(oauth, code), clientId, secret, redirect);
        }
    }

    private static TokenSet exchange(OAuthClient oauth, String code) {
        try {
            return oauth.exchangeCode(code);
        } catch (LoginRequiredException e) {
            throw new CliException.AuthRequired(
                    "FreshBooks refused the authorization code (a code works once, for 5 minutes, with the redirect URI it was issued for)",
                    "run `fb auth login` again",
                    e);
        } catch (ApiErrorException e) {
            if (e.errors().stream().anyMatch(x -> "invalid_client".equals(x.code())) || e.status() == 401) {
                throw new CliException.AuthRequired(
                        "FreshBooks refused the app's client id or secret (invalid_client)",
                        "check both on your app's page in FreshBooks' developer portal, then run `fb auth login` again",
                        e);
            }
            throw ApiErrors.translate(e);
        } catch (FreshBooksException e) {
            throw ApiErrors.translate(e);
        }
    }

    /** HTTPS, absolute, no query or fragment (docs/freshbooks-api.md, OAuth). */
    static String redirectUri(String s) {
        URI u;
        try {
            u = new URI(s.strip());
        } catch (URISyntaxException e) {
            throw new CliException.Usage("--redirect-uri '" + s + "' is not a URL");
        }
        if (!"https".equalsIgnoreCase(u.getScheme())
                || u.getHost() == null
                || u.getRawQuery() != null
                || u.getRawFragment() != null
                || u.getRawUserInfo() != null) {
            throw new CliException.Usage(
                    "--redirect-uri must be an https:// address without a query, like https://localhost/callback",
                    "FreshBooks only accepts HTTPS redirect URIs; use the one registered for your app");
        }
        return u.toString();
    }

    private void warnIfEnvironmentDisagrees(CredentialStores.Choice choice) {
        String env = ctx.env(CredentialStores.ENV_VAR);
        if (env != null
                && !env.isBlank()
                && !env.strip().toLowerCase(Locale.ROOT).equals(choice.word())) {
            err.println("warning: " + CredentialStores.ENV_VAR + "=" + env.strip() + " overrides --store "
                    + choice.word() + " for later commands; unset it, or they will not find this login");
        }
    }

    private void report(Identity me, BusinessContext b, int businesses, CredentialStore store, Obtained got) {
        TokenSet t = got.tokens();
        boolean renewable = got.clientSecret() != null && t.canRefresh();
        if (ctx.options().json) {
            ObjectNode o = JSON.createObjectNode();
            o.put("logged_in", true);
            ObjectNode user = o.putObject("user");
            user.put("identity_id", me.identityId());
            user.put("name", Logins.who(me).replaceAll("\\s*<.*>$", ""));
            user.put("email", me.email());
            ObjectNode biz = o.putObject("business");
            biz.put("id", b.businessId());
            biz.put("name", b.name());
            biz.put("account_id", b.accountId());
            o.put("businesses", businesses);
            o.put("store", store.describe());
            o.put("renewable", renewable);
            o.put("expires_at", t.expiresAt() == null ? null : t.expiresAt().toString());
            new java.util.TreeSet<>(t.scopes()).forEach(o.putArray("scopes")::add);
            ctx.out().println(o.toPrettyString());
            ctx.out().flush();
            return;
        }
        PrintWriter out = ctx.out();
        out.println("✓ Logged in to FreshBooks as " + Safe.text(Logins.who(me)));
        out.println(
                "  business:  " + Safe.text(Logins.label(b)) + (businesses > 1 ? "; `fb auth switch` to change" : ""));
        out.println("  stored in: " + store.describe());
        if (renewable) {
            out.println("  renewal:   automatic (refresh token; the app's secret is stored beside it)");
        } else if (t.expiresAt() != null) {
            out.println("  expires:   " + TokenSets.when(t.expiresAt(), ctx.clock())
                    + "; a pasted token is not renewed, log in again then");
        } else {
            out.println("  expires:   unknown; a pasted token is not renewed, log in again when it stops working");
        }
        out.flush();
    }

    private static Long parseLongOrNull(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
