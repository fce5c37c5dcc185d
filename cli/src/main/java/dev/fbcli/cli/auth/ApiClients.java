package dev.fbcli.cli.auth;

import dev.fbcli.cli.ApiErrors;
import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.VersionProvider;
import dev.fbcli.freshbooks.ApiEndpoints;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.FreshBooksException;
import dev.fbcli.freshbooks.auth.OAuthClient;
import dev.fbcli.freshbooks.auth.TokenProvider;
import dev.fbcli.freshbooks.http.ApacheRequestExecutor;
import dev.fbcli.freshbooks.http.ApiTrace;
import dev.fbcli.freshbooks.http.RequestExecutor;
import java.io.PrintWriter;
import java.net.URI;

/**
 * Where the FreshBooks API and its OAuth endpoints are ({@code FRESHBOOKS_API_URL},
 * {@code FRESHBOOKS_AUTH_URL}, a loopback address only when set explicitly), and the clients built
 * for them with what every client shares: the user agent, the dry-run switch and the
 * {@code --debug} trace (method, path, status; never a body). Which hosts may receive the token is
 * decided by the client library ({@code dev.fbcli.freshbooks.ApiEndpoints}).
 */
public final class ApiClients {
    private ApiClients() {}

    /** A client builder with what every account shares: user agent, dry run, the --debug trace. */
    public static FreshBooksClient.Builder baseBuilder(AppContext ctx) {
        FreshBooksClient.Builder b = FreshBooksClient.builder()
                .userAgent("fb/" + VersionProvider.version() + " (FreshBooks CLI; Java "
                        + System.getProperty("java.version") + ")")
                .clock(ctx.clock())
                .dryRun(ctx.options().dryRun);
        ApiTrace trace = debugTrace(ctx);
        if (trace != null) {
            b.trace(trace);
        }
        return b;
    }

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
        return ApiClients.baseBuilder(ctx)
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
}
