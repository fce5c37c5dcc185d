package dev.fbcli.cli.session;

import dev.fbcli.cli.ApiErrors;
import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.auth.ApiClients;
import dev.fbcli.cli.auth.Credentials;
import dev.fbcli.cli.auth.Login;
import dev.fbcli.cli.config.Config;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.FreshBooksException;
import dev.fbcli.freshbooks.auth.TokenProvider;
import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.http.ApiResponse;
import dev.fbcli.freshbooks.http.HttpMethod;
import dev.fbcli.freshbooks.http.RequestExecutor;
import dev.fbcli.freshbooks.model.Business;
import dev.fbcli.freshbooks.model.BusinessContext;
import dev.fbcli.freshbooks.model.BusinessMembership;
import dev.fbcli.freshbooks.model.Identity;
import dev.fbcli.freshbooks.resource.Identities;
import dev.fbcli.sandbox.SandboxServer;
import dev.fbcli.sandbox.chaos.FaultSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The FreshBooks account a run works on: the embedded sandbox ({@code --sandbox}) or the real
 * service, with the client, the business, the time zone, and where its name cache lives. Opened
 * lazily by the commands that need it (a {@code fb parse} never opens one) and closed at exit.
 */
public final class Account implements AutoCloseable {
    /** Where the in-process sandbox keeps its faults for reliability tests (see the sandbox README). */
    public static final String SANDBOX_FAULTS_ENV = "FB_SANDBOX_FAULTS";

    private final FreshBooksClient client;
    private final SandboxServer sandbox;
    private final String profile;
    private final Path cacheDir;
    private final ZoneId configuredZone;
    private ZoneId zone;
    private final AppContext ctx;
    /** What the login of a real account keeps open (the credential store for refreshes); null for the sandbox. */
    private final AutoCloseable login;

    private BusinessContext business;
    private Identity me;
    private volatile FreshBooksClient watched;
    private Consumer<ApiRequest> writeListener;
    /** The answers of the GETs made while {@link #readOnce} is on; null when off. */
    private Map<ApiRequest, ApiResponse> answers;
    /** {@link #client} bound to the business found from the identity (so {@code /users/me} is asked once). */
    private volatile FreshBooksClient forBusiness;

    private Account(
            AppContext ctx,
            FreshBooksClient client,
            SandboxServer sandbox,
            String profile,
            ZoneId zone,
            AutoCloseable login) {
        this.ctx = ctx;
        this.login = login;
        this.client = client;
        this.sandbox = sandbox;
        this.profile = profile;
        this.configuredZone = zone;
        this.cacheDir = ctx.paths().cache().resolve(sandbox != null ? "sandbox" : profile);
    }

    /** Opens the account the options and environment point at. */
    public static Account open(AppContext ctx, Config config) {
        String profile = Credentials.profile(config);
        ZoneId zone = configuredZone(config);
        if (ctx.options().sandbox) {
            return openSandbox(ctx, profile, zone);
        }
        return Login.openAccount(ctx, config, (client, login) -> new Account(ctx, client, null, profile, zone, login));
    }

    private static Account openSandbox(AppContext ctx, String profile, ZoneId zone) {
        String faults = ctx.env(SANDBOX_FAULTS_ENV);
        SandboxServer server;
        try {
            server = SandboxServer.builder()
                    .dataDir(ctx.paths().data())
                    .faults(faults == null || faults.isBlank() ? FaultSpec.none() : FaultSpec.parse(faults))
                    .clock(ctx.clock())
                    .start();
        } catch (IllegalArgumentException e) {
            throw new CliException.Usage(SANDBOX_FAULTS_ENV + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new CliException.Failure(
                    "the sandbox could not start: " + e.getMessage(),
                    "`fb sandbox reset` rebuilds its database in "
                            + ctx.paths().data().resolve("sandbox"),
                    e);
        }
        try {
            FreshBooksClient client = ApiClients.baseBuilder(ctx)
                    .baseUrl(server.baseUri())
                    .allowLoopback(true)
                    .tokenProvider(TokenProvider.of(server::accessToken))
                    .build();
            return new Account(ctx, client, server, profile, zone, null);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static ZoneId configuredZone(Config config) {
        String tz = config.get("timezone").orElse(null);
        if (tz == null) {
            return null;
        }
        try {
            return ZoneId.of(tz);
        } catch (DateTimeException e) {
            throw new CliException.Usage("timezone '" + tz + "' is not a time zone (for example America/Toronto)");
        }
    }

    public FreshBooksClient client() {
        FreshBooksClient w = watched;
        if (w != null) {
            return w;
        }
        business();
        FreshBooksClient b = forBusiness;
        return b != null ? b : client;
    }

    /**
     * Calls {@code listener} with every request that is not a GET just before it is sent, or stops
     * when null: a batch file journals each write before it can happen.
     */
    public void beforeEachWrite(Consumer<ApiRequest> listener) {
        writeListener = listener;
        rewire();
    }

    /**
     * While on, a GET asked again is answered from memory (the same answer, read once): a batch's
     * check, which plans every line before anything is written, makes each read once. Off (and
     * forgotten) when false.
     */
    public void readOnce(boolean on) {
        answers = on ? new ConcurrentHashMap<>() : null;
        rewire();
    }

    /** Whether GETs are read once ({@link #readOnce}). */
    public boolean readsOnce() {
        return answers != null;
    }

    private void rewire() {
        Consumer<ApiRequest> listener = writeListener;
        Map<ApiRequest, ApiResponse> memo = answers;
        if (listener == null && memo == null) {
            watched = null;
            return;
        }
        RequestExecutor inner = client.executor();
        watched = FreshBooksClient.builder()
                .executor(new RequestExecutor() {
                    @Override
                    public ApiResponse execute(ApiRequest request) {
                        if (request.method() != HttpMethod.GET) {
                            if (listener != null) {
                                listener.accept(request);
                            }
                            return inner.execute(request);
                        }
                        if (memo == null) {
                            return inner.execute(request);
                        }
                        ApiResponse known = memo.get(request);
                        if (known == null) {
                            known = inner.execute(request);
                            memo.put(request, known);
                        }
                        return known;
                    }

                    @Override
                    public int pageReaders() {
                        return inner.pageReaders();
                    }
                })
                .business(business())
                .clock(ctx.clock())
                .build();
    }

    public boolean isSandbox() {
        return sandbox != null;
    }

    public String profile() {
        return profile;
    }

    /** The directory of this account's {@link dev.fbcli.completions.NameCache}. */
    public Path cacheDir() {
        return cacheDir;
    }

    /** The time zone days are counted in: the {@code timezone} setting, else the business', else the clock's. */
    public ZoneId zone() {
        if (zone == null) {
            zone = configuredZone;
            if (zone == null) {
                Business b = businessDetails();
                try {
                    zone = b == null || b.timezone() == null ? null : ZoneId.of(b.timezone());
                } catch (DateTimeException e) {
                    zone = null; // an unknown zone name from the API: fall back to the clock's
                }
            }
            if (zone == null) {
                zone = ctx.clock().getZone();
            }
        }
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(ctx.clock().withZone(zone()));
    }

    public AppContext context() {
        return ctx;
    }

    /** The identity behind the token (cached for the run). */
    public Identity me() {
        if (me == null) {
            me = call(() -> client.identity().me());
        }
        return me;
    }

    /** The business calls go to: the configured {@code business_id}, else the only (or first owned) one. */
    public BusinessContext business() {
        if (business == null) {
            BusinessContext known = client.knownBusiness().orElse(null);
            if (known != null) {
                business = known;
            } else {
                // the same choice the client would make, from the identity this account reads anyway
                business = call(() -> Identities.pickDefault(Identities.businessesOf(me())));
                forBusiness = client.forBusiness(business);
            }
        }
        return business;
    }

    /** The business' name and time zone from the identity, when FreshBooks gives them. */
    public Business businessDetails() {
        long id = business().businessId();
        for (BusinessMembership m : me().businessMemberships()) {
            if (m.business() != null
                    && m.business().id() != null
                    && m.business().id() == id) {
                return m.business();
            }
        }
        return null;
    }

    /**
     * Where a record can be seen: a link into FreshBooks' web app, or for the sandbox the API path
     * (the sandbox has no web pages). The web paths are FreshBooks' current ones (UNVERIFIED: they
     * are not part of the API and may change).
     */
    public String link(String kind, Object id) {
        BusinessContext b = business();
        if (isSandbox()) {
            return sandbox.baseUri() + apiPath(kind, b, id);
        }
        String web = "https://my.freshbooks.com/#/";
        switch (kind) {
            case "invoice":
                return web + "invoice/" + b.accountId() + "-" + id;
            case "estimate":
                return web + "estimate/" + b.accountId() + "-" + id;
            case "client":
                return web + "client/" + b.accountId() + "-" + id;
            case "expense":
                return web + "expense/" + b.accountId() + "-" + id;
            case "project":
                return web + "project/" + id;
            case "time_entry":
                return web + "time-tracking";
            case "payment":
                return web + "payments";
            case "service":
                return web + "settings/services";
            default:
                return web;
        }
    }

    private static String apiPath(String kind, BusinessContext b, Object id) {
        switch (kind) {
            case "invoice":
                return "/accounting/account/" + b.accountId() + "/invoices/invoices/" + id;
            case "estimate":
                return "/accounting/account/" + b.accountId() + "/estimates/estimates/" + id;
            case "client":
                return "/accounting/account/" + b.accountId() + "/users/clients/" + id;
            case "expense":
                return "/accounting/account/" + b.accountId() + "/expenses/expenses/" + id;
            case "payment":
                return "/accounting/account/" + b.accountId() + "/payments/payments/" + id;
            case "project":
                return "/projects/business/" + b.businessId() + "/project/" + id;
            case "time_entry":
                return "/timetracking/business/" + b.businessId() + "/time_entries/" + id;
            case "service":
                return "/comments/business/" + b.businessId() + "/service/" + id;
            default:
                return "/";
        }
    }

    /** Runs a client call, turning its exceptions into the CLI's. */
    public static <T> T call(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (FreshBooksException e) {
            throw ApiErrors.translate(e);
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
            if (login != null) {
                try {
                    login.close();
                } catch (Exception ignored) {
                    // best effort, as for the client
                }
            }
        }
    }
}
