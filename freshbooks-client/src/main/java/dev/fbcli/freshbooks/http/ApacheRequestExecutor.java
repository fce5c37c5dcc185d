package dev.fbcli.freshbooks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.fbcli.freshbooks.ApiEndpoints;
import dev.fbcli.freshbooks.ApiErrorException;
import dev.fbcli.freshbooks.DryRunException;
import dev.fbcli.freshbooks.NetworkException;
import dev.fbcli.freshbooks.OutcomeUnknownException;
import dev.fbcli.freshbooks.RateLimitedException;
import dev.fbcli.freshbooks.auth.TokenProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only class that touches Apache HttpClient 5. One shared pooled client; responses are consumed
 * through a response handler so connections are always released. Redirects, cookies and HttpClient's
 * own retries are off: the retry rules below are the only ones.
 *
 * <ul>
 *   <li>Headers: {@code Authorization: Bearer} (from the {@link TokenProvider}, per attempt),
 *       {@code Accept: application/json}, {@code User-Agent}, {@code Content-Type} only with a body.
 *   <li>Retries ({@link RetryPolicy}): connection failures and 5xx for idempotent requests; 429 for
 *       every method, honouring {@code Retry-After}. A non-idempotent request (POST, or a PUT that
 *       sends an email) that times out, loses its connection or gets a 5xx is never re-sent:
 *       {@link OutcomeUnknownException}. One extra attempt after a 401 when the token provider can
 *       refresh.
 *   <li>A DELETE whose earlier attempt was ambiguous and whose retry gets 404 counts as done.
 *   <li>Dry run: GETs go out, anything else is handed to the {@link DryRunListener} and refused with
 *       {@link DryRunException}.
 *   <li>Trace: one {@link ApiTrace.Call} per attempt, also logged at DEBUG. Never a token or body.
 * </ul>
 */
public final class ApacheRequestExecutor implements RequestExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(ApacheRequestExecutor.class);
    private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;
    /** Pages read at once by default: well inside the pool and FreshBooks' rate limit. */
    public static final int DEFAULT_PAGE_READERS = 4;

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fb-http-deadline");
        t.setDaemon(true);
        return t;
    });

    private final URI baseUri;
    private final TokenProvider tokenProvider;
    private final Timeouts timeouts;
    private final RetryPolicy retryPolicy;
    private final String userAgent;
    private final boolean dryRun;
    private final DryRunListener dryRunListener;
    private final ApiTrace trace;
    private final Random random;
    private final int pageReaders;
    private final CloseableHttpClient http;

    private ApacheRequestExecutor(Builder b) {
        this.baseUri = ApiEndpoints.requireSafe(Objects.requireNonNull(b.baseUrl, "baseUrl"), b.allowLoopback);
        this.tokenProvider = b.tokenProvider;
        this.timeouts = b.timeouts;
        this.retryPolicy = b.retryPolicy;
        this.userAgent = b.userAgent;
        this.dryRun = b.dryRun;
        this.dryRunListener = b.dryRunListener;
        this.trace = b.trace;
        this.random = b.seed == null ? new Random() : new Random(b.seed);
        this.pageReaders = b.pageReaders;
        ConnectionConfig cc = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(timeouts.connect()))
                .setSocketTimeout(Timeout.of(timeouts.response()))
                .setValidateAfterInactivity(TimeValue.ofMilliseconds(500))
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(new LazyTls())
                        .setDefaultConnectionConfig(cc)
                        .setMaxConnTotal(10)
                        .setMaxConnPerRoute(10)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(timeouts.response()))
                        .setConnectionRequestTimeout(Timeout.of(timeouts.connect()))
                        .setRedirectsEnabled(false)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(userAgent)
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The default TLS strategy, made on the first TLS connection: a client of the plain-HTTP loopback
     * sandbox never loads or initialises TLS (which costs start-up time), a client of FreshBooks gets
     * the same JSSE defaults as HttpClient's own.
     */
    private static final class LazyTls implements org.apache.hc.client5.http.ssl.TlsSocketStrategy {
        private volatile org.apache.hc.client5.http.ssl.TlsSocketStrategy delegate;

        @Override
        public javax.net.ssl.SSLSocket upgrade(
                java.net.Socket socket,
                String target,
                int port,
                Object attachment,
                org.apache.hc.core5.http.protocol.HttpContext context)
                throws java.io.IOException {
            org.apache.hc.client5.http.ssl.TlsSocketStrategy d = delegate;
            if (d == null) {
                synchronized (this) {
                    if (delegate == null) {
                        delegate = org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy.createDefault();
                    }
                    d = delegate;
                }
            }
            return d.upgrade(socket, target, port, attachment, context);
        }
    }

    /** The checked base URL requests go to. */
    public URI baseUri() {
        return baseUri;
    }

    public boolean dryRun() {
        return dryRun;
    }

    /** Pages of one list read at once: calls are independent and the pool holds 10 connections. */
    @Override
    public int pageReaders() {
        return pageReaders;
    }

    @Override
    public ApiResponse execute(ApiRequest request) {
        String m = request.method().name();
        if (dryRun && request.method() != HttpMethod.GET) {
            dryRunListener.wouldSend(request);
            trace(new ApiTrace.Call(m, request.path(), 0, 0, 0, "dry-run"));
            throw new DryRunException(request);
        }
        long deadline = System.nanoTime() + timeouts.total().toNanos();
        int retry = 0;
        boolean refreshedAfter401 = false;
        boolean earlierAttemptAmbiguous = false;
        while (true) {
            String token = request.authenticated() ? tokenProvider.accessToken() : null;
            HttpUriRequestBase httpRequest = build(request, token, deadline);
            long started = System.nanoTime();
            long remaining = deadline - started;
            ScheduledFuture<?> watchdog =
                    WATCHDOG.schedule(httpRequest::cancel, Math.max(1, remaining), TimeUnit.NANOSECONDS);
            RawResponse raw;
            try {
                raw = http.execute(httpRequest, HttpClientContext.create(), ApacheRequestExecutor::readResponse);
            } catch (IOException e) {
                long ms = millisSince(started);
                boolean notSent = notSent(e);
                boolean deadlinePassed = System.nanoTime() >= deadline;
                String what = e.getClass().getSimpleName();
                if (request.idempotent() && retry < retryPolicy.maxRetries() && !deadlinePassed) {
                    trace(new ApiTrace.Call(m, request.path(), 0, ms, retry, "retrying after " + what));
                    earlierAttemptAmbiguous |= !notSent;
                    retry++;
                    sleep(retryPolicy.backoff(retry, random), deadline, request);
                    continue;
                }
                trace(new ApiTrace.Call(m, request.path(), 0, ms, retry, what));
                if (notSent) {
                    throw new NetworkException(
                            m,
                            request.path(),
                            "could not connect to " + baseUri.getHost() + " (" + describe(e) + "); nothing was sent"
                                    + (retry > 0 ? " after " + (retry + 1) + " attempts" : ""),
                            e);
                }
                if (!request.idempotent()) {
                    throw new OutcomeUnknownException(
                            m,
                            request.path(),
                            request.identifyingFields(),
                            deadlinePassed
                                    ? "ran past the " + timeouts.total().toSeconds() + " s time limit"
                                    : "got no answer (" + describe(e) + ")",
                            e);
                }
                throw new NetworkException(
                        m,
                        request.path(),
                        (deadlinePassed
                                        ? "no answer within " + timeouts.total().toSeconds() + " s"
                                        : "no answer (" + describe(e) + ")")
                                + " after " + (retry + 1) + " attempt(s)",
                        e);
            } finally {
                watchdog.cancel(false);
            }
            long ms = millisSince(started);
            int status = raw.status();

            if (status >= 200 && status < 300) {
                if (isFile(raw.contentType())) {
                    trace(new ApiTrace.Call(m, request.path(), status, ms, retry, "ok"));
                    return new ApiResponse(
                            status,
                            MissingNode.getInstance(),
                            retry,
                            raw.bytes(),
                            raw.contentType(),
                            parseDate(raw.date()));
                }
                JsonNode body = raw.blank()
                        ? MissingNode.getInstance()
                        : request.leanMeta() ? Wire.parseLean(raw.bytes(), "meta") : Wire.parse(raw.body());
                Optional<ApiErrorException> hidden = ErrorDecoder.decodeSuccessBody(status, m, request.path(), body);
                trace(new ApiTrace.Call(
                        m, request.path(), status, ms, retry, hidden.isPresent() ? "http-error" : "ok"));
                if (hidden.isPresent()) throw hidden.get();
                return new ApiResponse(status, body, retry, null, null, parseDate(raw.date()));
            }
            if (status == 404 && request.method() == HttpMethod.DELETE && earlierAttemptAmbiguous) {
                // the earlier, unanswered DELETE did its work
                trace(new ApiTrace.Call(m, request.path(), status, ms, retry, "ok (already deleted)"));
                return new ApiResponse(204, MissingNode.getInstance(), retry);
            }
            Duration retryAfter = parseRetryAfter(raw.retryAfter());
            ApiErrorException error = ErrorDecoder.decode(status, m, request.path(), raw.body(), retryAfter);

            if (status == 401 && token != null && !refreshedAfter401) {
                Optional<String> fresh = tokenProvider.refreshAfterUnauthorized(token);
                if (fresh.isPresent() && !fresh.get().equals(token)) {
                    trace(new ApiTrace.Call(m, request.path(), status, ms, retry, "retrying with refreshed token"));
                    refreshedAfter401 = true;
                    continue;
                }
            }
            boolean retriable = status == 429 || (status >= 500 && request.idempotent());
            if (retriable && retry < retryPolicy.maxRetries()) {
                Duration wait = retryAfter != null ? retryAfter : retryPolicy.backoff(retry + 1, random);
                boolean tooLong = retryAfter != null && retryAfter.compareTo(retryPolicy.maxRetryAfter()) > 0;
                boolean pastDeadline = System.nanoTime() + wait.toNanos() >= deadline;
                if (!tooLong && !pastDeadline) {
                    trace(new ApiTrace.Call(m, request.path(), status, ms, retry, "retrying"));
                    earlierAttemptAmbiguous |= status >= 500;
                    retry++;
                    sleep(wait, deadline, request);
                    continue;
                }
            }
            trace(new ApiTrace.Call(m, request.path(), status, ms, retry, "http-error"));
            if (status >= 500 && !request.idempotent()) {
                throw new OutcomeUnknownException(
                        m,
                        request.path(),
                        request.identifyingFields(),
                        "got HTTP " + status + " (" + error.apiMessage() + ")",
                        error);
            }
            if (error instanceof RateLimitedException && retry > 0) {
                throw new RateLimitedException(status, m, request.path(), error.errors(), retryAfter);
            }
            throw error;
        }
    }

    private HttpUriRequestBase build(ApiRequest request, String token, long deadline) {
        URI uri = URI.create(baseUri + request.pathAndQuery());
        if (!Objects.equals(uri.getHost(), baseUri.getHost()) || uri.getPort() != baseUri.getPort()) {
            throw new IllegalArgumentException("request path escapes the API host: " + request.path());
        }
        HttpUriRequestBase r;
        switch (request.method()) {
            case GET:
                r = new HttpGet(uri);
                break;
            case POST:
                r = new HttpPost(uri);
                break;
            case PUT:
                r = new HttpPut(uri);
                break;
            case DELETE:
                r = new HttpDelete(uri);
                break;
            default:
                throw new AssertionError(request.method());
        }
        long remainingMs = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        r.setConfig(RequestConfig.custom()
                .setResponseTimeout(
                        Timeout.ofMilliseconds(Math.min(timeouts.response().toMillis(), remainingMs)))
                .setConnectionRequestTimeout(Timeout.of(timeouts.connect()))
                .setRedirectsEnabled(false)
                .build());
        r.setHeader(HttpHeaders.ACCEPT, "application/json");
        r.setHeader(HttpHeaders.USER_AGENT, userAgent);
        if (token != null) {
            r.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (request.file() != null) {
            FilePart f = request.file();
            HttpEntity entity = MultipartEntityBuilder.create()
                    .addBinaryBody(f.fieldName(), f.content(), ContentType.parse(f.mediaType()), f.filename())
                    .build();
            r.setEntity(entity);
        } else if (request.body() != null) {
            r.setEntity(new StringEntity(Wire.write(request.body()), ContentType.APPLICATION_JSON));
        }
        return r;
    }

    record RawResponse(int status, byte[] bytes, String contentType, String retryAfter, String date) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** {@code body().isBlank()} without decoding a long body. */
        boolean blank() {
            for (byte b : bytes) {
                if (b < 0) return body().isBlank();
                if (!Character.isWhitespace(b)) return false;
            }
            return true;
        }
    }

    private static RawResponse readResponse(ClassicHttpResponse response) throws IOException {
        Header ra = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
        Header ct = response.getFirstHeader(HttpHeaders.CONTENT_TYPE);
        Header date = response.getFirstHeader(HttpHeaders.DATE);
        HttpEntity entity = response.getEntity();
        byte[] bytes = new byte[0];
        if (entity != null) {
            try (InputStream in = entity.getContent()) {
                bytes = in.readNBytes(MAX_BODY_BYTES);
            }
        }
        return new RawResponse(
                response.getCode(),
                bytes,
                ct == null ? null : ct.getValue(),
                ra == null ? null : ra.getValue(),
                date == null ? null : date.getValue());
    }

    /**
     * A body that is a file rather than an answer: a media type that is neither JSON nor text (an
     * image, a PDF, {@code application/octet-stream}). It is handed back as bytes, not parsed.
     */
    static boolean isFile(String contentType) {
        if (contentType == null || contentType.isBlank()) return false;
        String t = contentType.toLowerCase(Locale.ROOT);
        return !t.contains("json") && !t.startsWith("text/");
    }

    /** A {@code Date} header (an HTTP-date, RFC 1123) as an instant; null when absent or unreadable. */
    static Instant parseDate(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT))
                    .toInstant();
        } catch (RuntimeException ignored) {
            return null;
        }
    }

    /** {@code Retry-After} as delta-seconds or HTTP-date; null when absent or unreadable. */
    static Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.trim();
        try {
            long s = Long.parseLong(v);
            return Duration.ofSeconds(Math.max(0, s));
        } catch (NumberFormatException ignored) {
            // not delta-seconds
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
            Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (RuntimeException ignored) {
            return null;
        }
    }

    /** True when the request certainly never reached the server. */
    static boolean notSent(IOException e) {
        return e instanceof ConnectException
                || e instanceof ConnectTimeoutException
                || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException
                || e instanceof org.apache.hc.client5.http.UnsupportedSchemeException
                || e.getClass().getSimpleName().equals("ConnectionRequestTimeoutException");
    }

    private static String describe(IOException e) {
        if (e instanceof UnknownHostException) return "unknown host; check your connection";
        if (e instanceof ConnectTimeoutException) return "connect timed out";
        if (e instanceof ConnectException) return "connection refused";
        if (e instanceof java.net.SocketTimeoutException) return "timed out waiting for the answer";
        if (e instanceof org.apache.hc.core5.http.NoHttpResponseException)
            return "the server closed the connection without answering";
        if (e instanceof java.net.SocketException) return "connection lost";
        return e.getClass().getSimpleName();
    }

    private void sleep(Duration d, long deadline, ApiRequest request) {
        try {
            retryPolicy.sleeper().sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetworkException(
                    request.method().name(), request.path(), "interrupted while waiting to retry", e);
        }
    }

    private void trace(ApiTrace.Call call) {
        if (LOG.isDebugEnabled()) LOG.debug("api {}", call.line());
        try {
            trace.onCall(call);
        } catch (RuntimeException e) {
            LOG.warn("API trace listener failed: {}", e.toString());
        }
    }

    private static long millisSince(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            LOG.debug("closing the HTTP client failed: {}", e.toString());
        }
    }

    @Override
    public String toString() {
        return "ApacheRequestExecutor[" + baseUri + (dryRun ? ", dry-run" : "") + "]";
    }

    /** Builder; {@code baseUrl} is required and checked against the host rule at {@link #build()}. */
    public static final class Builder {
        private String baseUrl = ApiEndpoints.DEFAULT_API_BASE.toString();
        private boolean allowLoopback;
        private TokenProvider tokenProvider = () -> {
            throw new dev.fbcli.freshbooks.LoginRequiredException("no FreshBooks credentials were configured");
        };
        private Timeouts timeouts = Timeouts.defaults();
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private String userAgent = defaultUserAgent();
        private boolean dryRun;
        private DryRunListener dryRunListener = DryRunListener.NONE;
        private ApiTrace trace = ApiTrace.NONE;
        private Long seed;
        private int pageReaders = DEFAULT_PAGE_READERS;

        private Builder() {}

        /**
         * How many pages of one list are requested at once (default {@value #DEFAULT_PAGE_READERS};
         * 1 reads them one after another). Each is one request with its own retries.
         */
        public Builder pageReaders(int n) {
            if (n < 1 || n > 8) throw new IllegalArgumentException("pageReaders must be within [1,8]");
            this.pageReaders = n;
            return this;
        }

        public Builder baseUrl(String url) {
            this.baseUrl = url;
            return this;
        }

        public Builder baseUrl(URI url) {
            this.baseUrl = url.toString();
            return this;
        }

        /** Allows a loopback base URL (the local sandbox). Off by default. */
        public Builder allowLoopback(boolean allow) {
            this.allowLoopback = allow;
            return this;
        }

        public Builder tokenProvider(TokenProvider p) {
            this.tokenProvider = Objects.requireNonNull(p);
            return this;
        }

        public Builder timeouts(Timeouts t) {
            this.timeouts = Objects.requireNonNull(t);
            return this;
        }

        public Builder retryPolicy(RetryPolicy p) {
            this.retryPolicy = Objects.requireNonNull(p);
            return this;
        }

        public Builder userAgent(String ua) {
            this.userAgent = Objects.requireNonNull(ua);
            return this;
        }

        public Builder dryRun(boolean on) {
            this.dryRun = on;
            return this;
        }

        public Builder dryRunListener(DryRunListener l) {
            this.dryRunListener = Objects.requireNonNull(l);
            return this;
        }

        public Builder trace(ApiTrace t) {
            this.trace = Objects.requireNonNull(t);
            return this;
        }

        /** Seed for the jitter (tests). */
        public Builder jitterSeed(long seed) {
            this.seed = seed;
            return this;
        }

        /** @throws dev.fbcli.freshbooks.ConfigurationException when the base URL breaks the host rule */
        public ApacheRequestExecutor build() {
            return new ApacheRequestExecutor(this);
        }
    }

    /** {@code fb/<version> (+https://github.com/fbcli/fb)}. */
    public static String defaultUserAgent() {
        return "fb/" + Version.VERSION + " (+https://github.com/fbcli/fb)";
    }
}
