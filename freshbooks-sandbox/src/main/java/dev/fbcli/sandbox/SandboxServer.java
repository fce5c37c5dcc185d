package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.sandbox.chaos.FaultInjector;
import dev.fbcli.sandbox.chaos.FaultSpec;
import dev.fbcli.sandbox.seed.DemoAccount;
import dev.fbcli.sandbox.store.Store;
import dev.fbcli.sandbox.store.StoreException;
import dev.fbcli.sandbox.store.Tx;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded, FreshBooks-compatible API server on {@code 127.0.0.1}, backed by an SQLite file
 * under {@code <dataDir>/sandbox/} and seeded with the demo account on first use.
 *
 * <pre>{@code
 * try (SandboxServer s = SandboxServer.builder().dataDir(dir).start()) {
 *     URI api = s.baseUri();          // http://127.0.0.1:<port>
 *     String token = s.accessToken(); // Bearer token with every scope
 * }
 * }</pre>
 *
 * Several servers (in one process or in several) may serve the same data directory at once.
 */
public final class SandboxServer implements AutoCloseable {

    /** The OAuth app registered in the sandbox. */
    public static final String DEMO_CLIENT_ID = "fbcli-sandbox-demo-client";
    /** Its secret (public on purpose: it only opens the sandbox). */
    public static final String DEMO_CLIENT_SECRET = "fbcli-sandbox-demo-secret";
    /** Its registered redirect URI (HTTPS, no query, as FreshBooks requires). */
    public static final String DEMO_REDIRECT_URI = "https://localhost/callback";

    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);

    /** The largest request body outside {@code /uploads} (JSON and forms). */
    static final long BODY_LIMIT = 2L * 1024 * 1024;
    /** The largest upload request: the file ({@link UploadsRouter#MAX_BYTES}) plus its multipart framing. */
    static final long UPLOAD_BODY_LIMIT = UploadsRouter.MAX_BYTES + 1024L * 1024;

    /** Server-wide settings that handlers may need. */
    record Settings(String fixedToken, long primaryIdentityId) {
        @Override
        public String toString() {
            return "Settings[fixedToken=" + (fixedToken == null ? "none" : "***") + ", primaryIdentityId="
                    + primaryIdentityId + "]";
        }
    }

    private final Http1Server http;
    private final TotalsCache totals = new TotalsCache();
    private final Store store;
    private final Clock clock;
    private final FaultInjector faults;
    private final Settings settings;
    private final Routes routes;
    private final URI baseUri;
    private final String sessionToken;
    private volatile boolean closed;

    private SandboxServer(Builder b) throws IOException {
        this.clock = b.clock;
        this.faults = new FaultInjector(b.faults);
        this.store = Store.open(b.dataDir);
        try {
            JsonNode account = DemoAccount.load(b.seedFile);
            store.write(tx -> {
                if (tx.meta("seeded_at").isEmpty()) {
                    DemoAccount.seed(tx, account, clock);
                    Ledger.rebuild(tx);
                } else {
                    Ledger.rebuildIfNeeded(tx); // a file upgraded from an older fb
                }
                return null;
            });
            long primary = store.read(Directory::primaryIdentity);
            this.settings = new Settings(b.accessToken, primary);
            this.sessionToken = store.write(tx -> OAuth.issueSessionToken(tx, primary, clock));
            this.routes = new Routes();
            OAuth.register(routes);
            IdentityRouter.register(routes);
            AccountingRouter.register(routes);
            ProjectsRouter.register(routes);
            TimeTrackingRouter.register(routes);
            CommentsRouter.register(routes);
            UploadsRouter.register(routes);

            this.http = new Http1Server(
                    new InetSocketAddress(InetAddress.getByName("127.0.0.1"), b.port), new App(), b.limits);
            this.baseUri = URI.create("http://127.0.0.1:" + http.port());
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e instanceof IOException io ? io : new IOException("cannot start the sandbox: " + e.getMessage(), e);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:<port>}: the API host, which also serves {@code /oauth/authorize}. */
    public URI baseUri() {
        return baseUri;
    }

    /** A valid bearer token of the demo identity with every scope (valid until {@link #close()}). */
    public String accessToken() {
        return sessionToken;
    }

    public int port() {
        return baseUri.getPort();
    }

    /** Stops the server; the data stays. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        http.close();
        try {
            store.write(tx -> {
                OAuth.revokeSessionToken(tx, sessionToken);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.debug("could not revoke the session token: {}", e.getMessage());
        }
        store.close();
    }

    /** Wipes the sandbox database under {@code dataDir} and seeds the demo account again. */
    public static void reset(Path dataDir, Clock clock) throws IOException {
        reset(dataDir, clock, null);
    }

    /** Like {@link #reset(Path, Clock)}, seeding from another account file with the demo account's schema. */
    public static void reset(Path dataDir, Clock clock, Path seedFile) throws IOException {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(clock, "clock");
        JsonNode account = DemoAccount.load(seedFile);
        try (Store store = Store.open(dataDir)) {
            store.write(tx -> {
                tx.wipe();
                DemoAccount.seed(tx, account, clock);
                Ledger.rebuild(tx);
                return null;
            });
        } catch (StoreException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ request handling

    /** What the HTTP server asks of the sandbox. */
    private final class App implements Http1Server.App {
        @Override
        public java.time.Instant now() {
            return clock.instant();
        }

        @Override
        public long bodyLimit(String method, String path) {
            return path.startsWith("/uploads/") ? UPLOAD_BODY_LIMIT : BODY_LIMIT;
        }

        @Override
        public Response tooLarge(Http1Server.Head head, long limit) {
            Request req = request(head, null);
            return Family.of(req.path).error(ApiException.tooLarge(limit), req);
        }

        @Override
        public Response busy(Http1Server.Head head) {
            Request req = request(head, null);
            return Family.of(req.path)
                    .error(
                            new ApiException(
                                    ApiException.Kind.CONFLICT,
                                    503,
                                    503,
                                    null,
                                    null,
                                    null,
                                    "The sandbox is receiving too many large requests at once; try again.",
                                    null),
                            req)
                    .withHeader("Retry-After", "1");
        }

        @Override
        public Response handle(Http1Server.Head head, byte[] body) {
            return SandboxServer.this.handle(request(head, body));
        }
    }

    private static Request request(Http1Server.Head head, byte[] body) {
        return new Request(head.method(), head.path(), head.rawQuery(), head.headers(), body);
    }

    /** The answer to one request; null closes the connection without one (the {@code reset} fault). */
    private Response handle(Request req) {
        try {
            Family family = Family.of(req.path);
            FaultInjector.Fault fault = faults.roll(
                    req.method, family == Family.OAUTH, family == Family.ACCOUNTING && req.method.equals("GET"));
            faults.delay();
            Response resp =
                    switch (fault) {
                        case TOO_MANY_REQUESTS -> tooMany();
                        case SERVER_ERROR_500 -> family.error(
                                new ApiException(
                                        ApiException.Kind.CONFLICT,
                                        500,
                                        500,
                                        null,
                                        null,
                                        null,
                                        "An unexpected error occurred.",
                                        null),
                                req);
                        case BAD_GATEWAY_502 -> Response.html(502, Chaos.html(502, "Bad Gateway"));
                        case UNAVAILABLE_503 -> Response.html(503, Chaos.html(503, "Service Temporarily Unavailable"));
                        case ERRORS_200 -> Chaos.errors200();
                        default -> process(req, family);
                    };
            // RESET: the request was applied and committed; drop the connection without answering
            return fault == FaultInjector.Fault.RESET ? null : resp;
        } catch (RuntimeException e) {
            LOG.warn("sandbox bug while handling a request", e);
            return Family.of(req.path)
                    .error(
                            new ApiException(
                                    ApiException.Kind.CONFLICT,
                                    500,
                                    500,
                                    null,
                                    null,
                                    null,
                                    "An unexpected error occurred in the sandbox.",
                                    null),
                            req);
        }
    }

    private Response tooMany() {
        ObjectNode body = Json.obj();
        body.put("message", "Too Many Requests: the sandbox's fault injection throttled this request.");
        return Response.json(429, body)
                .withHeader("Retry-After", Integer.toString(faults.spec().retryAfterSeconds()));
    }

    private Response process(Request req, Family family) {
        try {
            Routes.Match match = routes.match(req.method, req.path);
            req.vars = match.vars();
            Routes.Route route = match.route();
            Store.Work<Response> work = tx -> {
                Ctx ctx = new Ctx(tx, clock, baseUri, settings, totals);
                if (route.auth()) {
                    req.principal = authenticate(req, tx);
                    if (route.scope() != null && !req.principal.has(route.scope())) {
                        throw ApiException.scope(req.principal, route.scope());
                    }
                    req.biz = resolveBusiness(req, route, tx, family);
                }
                return route.handler().handle(req, ctx);
            };
            return req.method.equals("GET") || req.method.equals("HEAD") ? store.read(work) : store.write(work);
        } catch (ApiException e) {
            return family.error(e, req);
        } catch (StoreException e) {
            LOG.warn("sandbox database problem: {}", e.getMessage());
            return family.error(
                            new ApiException(
                                    ApiException.Kind.CONFLICT,
                                    503,
                                    500,
                                    null,
                                    null,
                                    null,
                                    "The sandbox database is busy; try again.",
                                    null),
                            req)
                    .withHeader("Retry-After", "1");
        } catch (RuntimeException e) {
            // a sandbox bug: answer like the API's own 500 rather than dropping the connection
            LOG.warn("sandbox bug while handling {} {}", req.method, req.path, e);
            return family.error(
                    new ApiException(
                            ApiException.Kind.CONFLICT,
                            500,
                            500,
                            null,
                            null,
                            null,
                            "An unexpected error occurred in the sandbox.",
                            null),
                    req);
        }
    }

    private Principal authenticate(Request req, Tx tx) throws SQLException {
        String header = req.header("authorization");
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized();
        }
        String token = header.substring(7).trim();
        if (settings.fixedToken() != null && OAuth.constantTimeEquals(token, settings.fixedToken())) {
            return new Principal(settings.primaryIdentityId(), OAuth.ALL_SCOPES);
        }
        return OAuth.principal(tx, token, clock).orElseThrow(ApiException::unauthorized);
    }

    private static Biz resolveBusiness(Request req, Routes.Route route, Tx tx, Family family) throws SQLException {
        if (route.scoping() == Routes.Scoping.NONE) {
            return null;
        }
        List<Biz> mine = Directory.businessesOf(tx, req.principal.identityId());
        if (route.scoping() == Routes.Scoping.ACCOUNT) {
            String acct = req.var("acct");
            for (Biz b : mine) {
                if (acct.equals(b.accountId())) {
                    return b;
                }
            }
            throw ApiException.notFound("account", "accountid", acct, "Account not found.");
        }
        String bid = req.var("bid");
        for (Biz b : mine) {
            if (Long.toString(b.id()).equals(bid)) {
                return b;
            }
        }
        throw ApiException.notFound("business", "business_id", bid, "Business not found.");
    }

    /** Builds and starts a {@link SandboxServer}. */
    public static final class Builder {
        private Path dataDir;
        private int port;
        private String accessToken;
        private FaultSpec faults = FaultSpec.none();
        private Clock clock = Clock.systemDefaultZone();
        private Path seedFile;
        private Http1Server.Limits limits = Http1Server.Limits.defaults();

        private Builder() {}

        /** Required: the database lives in {@code dir/sandbox/}. */
        public Builder dataDir(Path dir) {
            this.dataDir = Objects.requireNonNull(dir, "dataDir");
            return this;
        }

        /** 0 (the default) picks an ephemeral port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** Also accept this fixed bearer token (with every scope), e.g. {@code fb sandbox serve --token T}. */
        public Builder accessToken(String token) {
            if (token != null && token.isBlank()) {
                throw new IllegalArgumentException("the sandbox access token must not be blank");
            }
            this.accessToken = token;
            return this;
        }

        public Builder faults(FaultSpec spec) {
            this.faults = Objects.requireNonNull(spec, "faults");
            return this;
        }

        /** Drives seeding dates, due dates, overdue status and token expiry. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Seeds an empty data directory from this account file (same schema as the shipped
         * {@code demo-account.json}) instead of the demo account. Only used when the database is
         * empty; {@link SandboxServer#reset(Path, Clock, Path)} reseeds from a file.
         */
        public Builder seedFile(Path file) {
            this.seedFile = file;
            return this;
        }

        /** Timeouts and bounds of the HTTP server (tests shorten them). */
        Builder limits(Http1Server.Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        public SandboxServer start() throws IOException {
            if (dataDir == null) {
                throw new IllegalStateException("SandboxServer.builder().dataDir(...) is required");
            }
            return new SandboxServer(this);
        }
    }
}
