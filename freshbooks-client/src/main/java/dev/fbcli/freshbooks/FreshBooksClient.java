package dev.fbcli.freshbooks;

import dev.fbcli.freshbooks.auth.TokenProvider;
import dev.fbcli.freshbooks.http.ApacheRequestExecutor;
import dev.fbcli.freshbooks.http.ApiTrace;
import dev.fbcli.freshbooks.http.DryRunListener;
import dev.fbcli.freshbooks.http.RequestExecutor;
import dev.fbcli.freshbooks.http.RetryPolicy;
import dev.fbcli.freshbooks.http.Timeouts;
import dev.fbcli.freshbooks.model.BusinessContext;
import dev.fbcli.freshbooks.resource.Clients;
import dev.fbcli.freshbooks.resource.Estimates;
import dev.fbcli.freshbooks.resource.ExpenseCategories;
import dev.fbcli.freshbooks.resource.Expenses;
import dev.fbcli.freshbooks.resource.Identities;
import dev.fbcli.freshbooks.resource.Invoices;
import dev.fbcli.freshbooks.resource.Payments;
import dev.fbcli.freshbooks.resource.Projects;
import dev.fbcli.freshbooks.resource.Reports;
import dev.fbcli.freshbooks.resource.Resources;
import dev.fbcli.freshbooks.resource.Services;
import dev.fbcli.freshbooks.resource.TeamMembers;
import dev.fbcli.freshbooks.resource.TimeEntries;
import dev.fbcli.freshbooks.resource.Timers;
import dev.fbcli.freshbooks.resource.Uploads;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The FreshBooks API, one small resource class per resource over one {@link RequestExecutor}.
 *
 * <pre>{@code
 * try (FreshBooksClient fb = FreshBooksClient.builder()
 *     .tokenProvider(provider)               // never a string field
 *     .userAgent("fb/1.0 (+https://...)")
 *     .build()) {
 *   BusinessContext biz = fb.business();   // from /users/me unless given
 *   fb.clients().list(ClientQuery.empty().withOrganizationLike("acme")).first(10);
 * }
 * }</pre>
 *
 * The business (account id, business id, uuid) is taken from the builder, or discovered from
 * {@code /users/me} on first use ({@link Identities#defaultBusiness()}); {@link #forBusiness} switches.
 * Thread-safe once built.
 */
public final class FreshBooksClient implements AutoCloseable {
    private final RequestExecutor executor;
    private final boolean ownsExecutor;
    private final Clock clock;
    private final Object lock = new Object();
    private volatile BusinessContext business;
    private final Resources resources;

    private FreshBooksClient(RequestExecutor executor, boolean ownsExecutor, BusinessContext business, Clock clock) {
        this.executor = executor;
        this.ownsExecutor = ownsExecutor;
        this.business = business;
        this.clock = clock;
        this.resources = new Resources(executor, this::business, clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The business calls go to; discovered from {@code /users/me} on first use when not configured. */
    /** The business, when it is already known (configured, or discovered earlier), without any call. */
    public java.util.Optional<BusinessContext> knownBusiness() {
        return java.util.Optional.ofNullable(business);
    }

    public BusinessContext business() {
        BusinessContext b = business;
        if (b != null) return b;
        synchronized (lock) {
            if (business == null) business = resources.identity.defaultBusiness();
            return business;
        }
    }

    /** A client for another business, sharing this one's executor (closing it does not close the executor). */
    public FreshBooksClient forBusiness(BusinessContext other) {
        return new FreshBooksClient(executor, false, Objects.requireNonNull(other), clock);
    }

    public RequestExecutor executor() {
        return executor;
    }

    public Identities identity() {
        return resources.identity;
    }

    public Clients clients() {
        return resources.clients;
    }

    public Invoices invoices() {
        return resources.invoices;
    }

    public Payments payments() {
        return resources.payments;
    }

    public Expenses expenses() {
        return resources.expenses;
    }

    public ExpenseCategories expenseCategories() {
        return resources.expenseCategories;
    }

    public Uploads uploads() {
        return resources.uploads;
    }

    public Projects projects() {
        return resources.projects;
    }

    public Services services() {
        return resources.services;
    }

    public TeamMembers teamMembers() {
        return resources.teamMembers;
    }

    public TimeEntries timeEntries() {
        return resources.timeEntries;
    }

    public Timers timers() {
        return resources.timers;
    }

    public Reports reports() {
        return resources.reports;
    }

    public Estimates estimates() {
        return resources.estimates;
    }

    @Override
    public void close() {
        if (ownsExecutor) executor.close();
    }

    @Override
    public String toString() {
        return "FreshBooksClient[" + executor + (business == null ? "" : ", business " + business.businessId()) + "]";
    }

    /** Builder. Every setting has a safe default except the token provider. */
    public static final class Builder {
        private final ApacheRequestExecutor.Builder http = ApacheRequestExecutor.builder();
        private RequestExecutor executor;
        private Timeouts timeouts = Timeouts.defaults();
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private String accountId;
        private Long businessId;
        private String businessUuid;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** Base URL; default {@code https://api.freshbooks.com}. Checked against the host rule at {@link #build()}. */
        public Builder baseUrl(String url) {
            http.baseUrl(url);
            return this;
        }

        public Builder baseUrl(URI url) {
            http.baseUrl(url);
            return this;
        }

        /** Allows a loopback base URL (the embedded sandbox). */
        public Builder allowLoopback(boolean allow) {
            http.allowLoopback(allow);
            return this;
        }

        public Builder tokenProvider(TokenProvider provider) {
            http.tokenProvider(provider);
            return this;
        }

        /** The business to use, skipping discovery. */
        public Builder business(BusinessContext b) {
            this.accountId = b.accountId();
            this.businessId = b.businessId();
            this.businessUuid = b.businessUuid();
            return this;
        }

        public Builder accountId(String id) {
            this.accountId = id;
            return this;
        }

        public Builder businessId(long id) {
            this.businessId = id;
            return this;
        }

        public Builder businessUuid(String uuid) {
            this.businessUuid = uuid;
            return this;
        }

        public Builder timeouts(Timeouts t) {
            this.timeouts = Objects.requireNonNull(t);
            return this;
        }

        public Builder connectTimeout(Duration d) {
            this.timeouts = new Timeouts(d, timeouts.response(), timeouts.total());
            return this;
        }

        public Builder responseTimeout(Duration d) {
            this.timeouts = new Timeouts(timeouts.connect(), d, timeouts.total());
            return this;
        }

        public Builder totalTimeout(Duration d) {
            this.timeouts = new Timeouts(timeouts.connect(), timeouts.response(), d);
            return this;
        }

        /** Pages of one list requested at once (default 4; 1 = one after another). */
        public Builder pageReaders(int n) {
            http.pageReaders(n);
            return this;
        }

        public Builder retryPolicy(RetryPolicy p) {
            this.retryPolicy = Objects.requireNonNull(p);
            return this;
        }

        public Builder maxRetries(int n) {
            this.retryPolicy = retryPolicy.withMaxRetries(n);
            return this;
        }

        /** Default {@code fb/<version> (+https://github.com/fbcli/fb)}. */
        public Builder userAgent(String ua) {
            http.userAgent(ua);
            return this;
        }

        /** Dry run: GETs are sent, every other request goes to {@code listener} and throws {@link DryRunException}. */
        public Builder dryRun(boolean on) {
            http.dryRun(on);
            return this;
        }

        public Builder dryRunListener(DryRunListener listener) {
            http.dryRunListener(listener);
            return this;
        }

        public Builder trace(ApiTrace trace) {
            http.trace(trace);
            return this;
        }

        /** Clock for timers (tests). */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        /** Uses a ready executor (e.g. a hand-written fake); the HTTP settings above are then ignored. */
        public Builder executor(RequestExecutor e) {
            this.executor = e;
            return this;
        }

        /** @throws ConfigurationException when the base URL breaks the host rule */
        public FreshBooksClient build() {
            BusinessContext b = null;
            if (businessId != null || accountId != null) {
                b = new BusinessContext(businessId == null ? -1 : businessId, businessUuid, accountId, null, null);
            }
            if (executor != null) return new FreshBooksClient(executor, false, b, clock);
            RequestExecutor ex =
                    http.timeouts(timeouts).retryPolicy(retryPolicy).build();
            return new FreshBooksClient(ex, true, b, clock);
        }
    }
}
