package dev.fbcli.freshbooks.http;

import static dev.fbcli.freshbooks.testing.LoopbackServer.html;
import static dev.fbcli.freshbooks.testing.LoopbackServer.json;
import static dev.fbcli.freshbooks.testing.LoopbackServer.noContent;
import static dev.fbcli.freshbooks.testing.LoopbackServer.reset;
import static dev.fbcli.freshbooks.testing.LoopbackServer.slow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.freshbooks.AuthenticationException;
import dev.fbcli.freshbooks.DryRunException;
import dev.fbcli.freshbooks.NetworkException;
import dev.fbcli.freshbooks.NotFoundException;
import dev.fbcli.freshbooks.OutcomeUnknownException;
import dev.fbcli.freshbooks.PermissionException;
import dev.fbcli.freshbooks.RateLimitedException;
import dev.fbcli.freshbooks.ServerErrorException;
import dev.fbcli.freshbooks.auth.TokenProvider;
import dev.fbcli.freshbooks.testing.Fixtures;
import dev.fbcli.freshbooks.testing.LoopbackServer;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApacheRequestExecutorTest {
    private static final String TOKEN = "secret-access-token-123";
    private LoopbackServer server;
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    private final List<ApiTrace.Call> trace = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ApacheRequestExecutor.Builder builder() {
        return ApacheRequestExecutor.builder()
                .baseUrl(server.baseUrl())
                .allowLoopback(true)
                .tokenProvider(() -> TOKEN)
                .retryPolicy(RetryPolicy.defaults().withSleeper(sleeps::add))
                .trace(trace::add)
                .jitterSeed(1);
    }

    private ApacheRequestExecutor executor() {
        return builder().build();
    }

    @Test
    void should_send_bearer_accept_and_user_agent_and_no_content_type_when_get() {
        // given
        server.then(json(200, "{\"ok\":true}"));
        // when
        try (var ex =
                builder().userAgent("fb/9.9 (+https://example.invalid/fb)").build()) {
            ApiResponse res =
                    ex.execute(ApiRequest.get("/projects/business/1/projects").withQuery("active", true));
            // then
            assertThat(res.body().get("ok").asBoolean()).isTrue();
        }
        var r = server.received().get(0);
        assertThat(r.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(r.header("Accept")).isEqualTo("application/json");
        assertThat(r.header("User-Agent")).isEqualTo("fb/9.9 (+https://example.invalid/fb)");
        assertThat(r.header("Content-Type")).isNull();
        assertThat(r.query()).isEqualTo("active=true");
    }

    @Test
    void should_send_json_content_type_and_encoded_brackets_when_post_with_query() {
        // given
        server.then(json(200, "{}"));
        // when
        try (var ex = executor()) {
            ex.execute(
                    ApiRequest.post("/accounting/account/A1/users/clients", Map.of("client", Map.of("email", "a@b.c")))
                            .withQuery("include[]", "lines"));
        }
        // then
        var r = server.received().get(0);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.body()).isEqualTo("{\"client\":{\"email\":\"a@b.c\"}}");
        assertThat(r.query()).isEqualTo("include%5B%5D=lines");
    }

    @Test
    void should_default_user_agent_to_fb_version() {
        server.then(json(200, "{}"));
        try (var ex = executor()) {
            ex.execute(ApiRequest.get("/x"));
        }
        assertThat(server.received().get(0).header("User-Agent"))
                .startsWith("fb/")
                .contains("(+https://github.com/");
    }

    @Test
    void should_retry_get_after_5xx_and_honour_retry_after_when_429() {
        // given
        server.then(html(503), json(429, "{}", Map.of("Retry-After", "7")), json(200, "{\"n\":1}"));
        // when
        ApiResponse res;
        try (var ex = executor()) {
            res = ex.execute(ApiRequest.get("/x"));
        }
        // then
        assertThat(res.retries()).isEqualTo(2);
        assertThat(server.received()).hasSize(3);
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(0)).isLessThanOrEqualTo(Duration.ofMillis(250)); // backoff with jitter
        assertThat(sleeps.get(1)).isEqualTo(Duration.ofSeconds(7)); // Retry-After honoured
        assertThat(trace).extracting(ApiTrace.Call::status).containsExactly(503, 429, 200);
        assertThat(trace).extracting(ApiTrace.Call::retry).containsExactly(0, 1, 2);
    }

    @Test
    void should_cap_exponential_backoff_when_many_retries() {
        RetryPolicy p = new RetryPolicy(
                10,
                Duration.ofMillis(100),
                Duration.ofSeconds(1),
                0.0,
                Duration.ofSeconds(60),
                RetryPolicy.Sleeper.NONE);
        var rnd = new java.util.Random(1);
        assertThat(p.backoff(1, rnd)).isEqualTo(Duration.ofMillis(100));
        assertThat(p.backoff(2, rnd)).isEqualTo(Duration.ofMillis(200));
        assertThat(p.backoff(4, rnd)).isEqualTo(Duration.ofMillis(800));
        assertThat(p.backoff(5, rnd)).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.backoff(40, rnd)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void should_throw_rate_limited_when_429_persists() {
        server.then(json(429, "{\"message\":\"slow down\"}"));
        try (var ex = executor()) {
            assertThatThrownBy(() -> ex.execute(ApiRequest.get("/x")))
                    .isInstanceOf(RateLimitedException.class)
                    .hasMessageContaining("slow down");
        }
        assertThat(server.received()).hasSize(4); // 1 + 3 retries
    }

    @Test
    void should_not_wait_when_retry_after_exceeds_the_cap() {
        server.then(json(429, "{}", Map.of("Retry-After", "3600")));
        try (var ex = executor()) {
            assertThatThrownBy(() -> ex.execute(ApiRequest.get("/x")))
                    .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter())
                            .contains(Duration.ofHours(1)));
        }
        assertThat(server.received()).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void should_retry_post_when_429_because_it_was_refused_not_applied() {
        server.then(json(429, "{}", Map.of("Retry-After", "0")), json(200, "{\"id\":1}"));
        try (var ex = executor()) {
            assertThat(ex.execute(ApiRequest.post("/things", Map.of("a", 1)))
                            .body()
                            .get("id")
                            .asInt())
                    .isEqualTo(1);
        }
        assertThat(server.received()).hasSize(2);
    }

    @Test
    void should_report_outcome_unknown_and_never_resend_when_post_gets_5xx() {
        server.then(html(502), json(200, "{}"));
        try (var ex = executor()) {
            assertThatThrownBy(() -> ex.execute(ApiRequest.post("/timetracking/business/1/time_entries", Map.of("x", 1))
                            .withIdentifyingField("started_at", "2024-01-01T10:00:00Z")))
                    .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
                        assertThat(e.method()).isEqualTo("POST");
                        assertThat(e.path()).isEqualTo("/timetracking/business/1/time_entries");
                        assertThat(e.identifyingFields()).containsEntry("started_at", "2024-01-01T10:00:00Z");
                        assertThat(e.getMessage()).contains("502").contains("started_at");
                    });
        }
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void should_report_outcome_unknown_when_post_connection_is_reset() {
        server.then(reset(), json(200, "{}"));
        try (var ex = executor()) {
            assertThatThrownBy(() -> ex.execute(ApiRequest.post("/things", Map.of("x", 1))))
                    .isInstanceOf(OutcomeUnknownException.class);
        }
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void should_report_outcome_unknown_when_post_times_out() {
        server.then(slow(1500, json(200, "{}")));
        try (var ex = builder()
                .timeouts(new Timeouts(Duration.ofSeconds(2), Duration.ofMillis(200), Duration.ofSeconds(30)))
                .build()) {
            assertThatThrownBy(() -> ex.execute(ApiRequest.post("/things", Map.of("x", 1))))
                    .isInstanceOf(OutcomeUnknownException.class)
                    .hasMessageContaining("no answer");
        }
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void should_never_resend_a_put_marked_non_idempotent() {
        server.then(reset(), json(200, "{}"));
        try (var ex = executor()) {
            assertThatThrownBy(
                            () -> ex.execute(ApiRequest.put("/inv/1", Map.of("invoice", Map.of("action_email", true)))
                                    .withIdempotent(false)))
                    .isInstanceOf(OutcomeUnknownException.class);
        }
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void should_retry_get_and_put_when_connection_is_reset() {
        server.then(reset(), json(200, "{\"ok\":1}"));
        try (var ex = executor()) {
            assertThat(ex.execute(ApiRequest.put("/x/1", Map.of("a", 1))).retries())
                    .isEqualTo(1);
        }
        assertThat(server.received()).hasSize(2);
    }

    @Test
    void should_treat_delete_as_done_when_retry_after_ambiguous_failure_gets_404() {
        server.then(reset(), json(404, "{\"error\":\"Requested resource could not be found.\"}"));
        try (var ex = executor()) {
            assertThat(ex.execute(ApiRequest.delete("/projects/business/1/project/5"))
                            .status())
                    .isEqualTo(204);
        }
    }

    @Test
    void should_throw_not_found_when_delete_gets_404_first_time() {
        server.then(json(404, "{\"error\":\"Requested resource could not be found.\"}"));
        try (var ex = executor()) {
            assertThatThrownBy(() -> ex.execute(ApiRequest.delete("/projects/business/1/project/5")))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void should_throw_server_error_after_retries_when_get_keeps_failing() {
        server.then(html(500));
        try (var ex = executor()) {
            assertThatThrownBy(() -> ex.execute(ApiRequest.get("/x")))
                    .isInstanceOf(ServerErrorException.class)
                    .hasMessageContaining("HTML error page");
        }
        assertThat(server.received()).hasSize(4);
    }

    @Test
    void should_decode_200_with_errors_as_typed_exception() {
        server.then(json(
                200,
                "{\"response\":{\"errors\":[{\"errno\":12001,\"message\":\"You do not have access to items.\"}]}}"));
        try (var ex = executor()) {
            assertThatThrownBy(() -> ex.execute(ApiRequest.get("/accounting/account/A/items/items")))
                    .isInstanceOfSatisfying(PermissionException.class, e -> {
                        assertThat(e.status()).isEqualTo(200);
                        assertThat(e.errno()).isEqualTo(12001);
                    });
        }
    }

    @Test
    void should_refresh_once_and_retry_when_401() {
        // given a provider whose token is rejected once
        AtomicInteger refreshes = new AtomicInteger();
        TokenProvider p = new TokenProvider() {
            volatile String current = "old-token";

            @Override
            public String accessToken() {
                return current;
            }

            @Override
            public Optional<String> refreshAfterUnauthorized(String rejected) {
                refreshes.incrementAndGet();
                current = "new-token";
                return Optional.of(current);
            }
        };
        server.then(json(401, Fixtures.read("error_auth_unauthenticated.json")), json(200, "{}"));
        // when
        try (var ex = builder().tokenProvider(p).build()) {
            ex.execute(ApiRequest.post("/x", Map.of()));
        }
        // then
        assertThat(refreshes).hasValue(1);
        assertThat(server.received())
                .extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer old-token", "Bearer new-token");
    }

    @Test
    void should_report_401_when_refresh_does_not_help() {
        server.then(json(401, Fixtures.read("error_auth_unauthenticated.json")));
        TokenProvider p = new TokenProvider() {
            @Override
            public String accessToken() {
                return "t";
            }

            @Override
            public Optional<String> refreshAfterUnauthorized(String rejected) {
                return Optional.of("t2");
            }
        };
        try (var ex = builder().tokenProvider(p).build()) {
            assertThatThrownBy(() -> ex.execute(ApiRequest.get("/x")))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("requires authentication");
        }
        assertThat(server.received()).hasSize(2); // once with t, once with t2, no loop
    }

    @Test
    void should_refuse_writes_and_send_gets_when_dry_run() {
        // given
        List<ApiRequest> seen = new ArrayList<>();
        server.then(json(200, "{\"ok\":true}"));
        try (var ex = builder().dryRun(true).dryRunListener(seen::add).build()) {
            // when
            ApiRequest put = ApiRequest.put(
                    "/accounting/account/A/invoices/invoices/1", Map.of("invoice", Map.of("notes", "hi")));
            assertThatThrownBy(() -> ex.execute(put))
                    .isInstanceOfSatisfying(
                            DryRunException.class, e -> assertThat(e.request()).isEqualTo(put));
            assertThatThrownBy(() -> ex.execute(ApiRequest.post("/p", Map.of())))
                    .isInstanceOf(DryRunException.class);
            assertThatThrownBy(() -> ex.execute(ApiRequest.delete("/p/1"))).isInstanceOf(DryRunException.class);
            ex.execute(ApiRequest.get("/accounting/account/A/invoices/invoices"));
            // then
            assertThat(seen).hasSize(3);
            assertThat(seen.get(0).bodyJson()).isEqualTo("{\"invoice\":{\"notes\":\"hi\"}}");
        }
        assertThat(server.received())
                .extracting(LoopbackServer.Received::method)
                .containsExactly("GET");
    }

    @Test
    void should_trace_path_without_query_and_never_the_token() {
        server.then(json(200, "{}"));
        try (var ex = executor()) {
            ex.execute(ApiRequest.get("/projects/business/1/projects").withQuery("client_id", 99));
        }
        assertThat(trace).hasSize(1);
        ApiTrace.Call c = trace.get(0);
        assertThat(c.method()).isEqualTo("GET");
        assertThat(c.path()).isEqualTo("/projects/business/1/projects");
        assertThat(c.status()).isEqualTo(200);
        assertThat(c.retry()).isZero();
        assertThat(c.line()).doesNotContain(TOKEN).doesNotContain("client_id");
    }

    @Test
    void should_keep_secrets_out_of_messages_and_tostring() {
        server.then(json(403, Fixtures.read("error_insufficient_scope.json")));
        try (var ex = executor()) {
            assertThatThrownBy(() -> ex.execute(ApiRequest.get("/x")))
                    .isInstanceOfSatisfying(PermissionException.class, e -> {
                        assertThat(e.insufficientScope()).isTrue();
                        assertThat(e.getMessage()).doesNotContain(TOKEN);
                    });
            assertThat(ex.toString()).doesNotContain(TOKEN);
        }
        ApiRequest sensitive = ApiRequest.post("/auth/oauth/token", Map.of("client_secret", "s3cr3t"))
                .withSensitive(true);
        assertThat(sensitive.toString()).doesNotContain("s3cr3t");
        assertThat(sensitive.bodyJson()).doesNotContain("s3cr3t");
    }

    @Test
    void should_report_network_error_without_resending_post_when_connection_refused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        try (var ex = builder().baseUrl("http://127.0.0.1:" + port).build()) {
            assertThatThrownBy(() -> ex.execute(ApiRequest.post("/x", Map.of())))
                    .isInstanceOf(NetworkException.class)
                    .hasMessageContaining("nothing was sent");
            assertThatThrownBy(() -> ex.execute(ApiRequest.get("/x")))
                    .isInstanceOf(NetworkException.class)
                    .hasMessageContaining("4 attempts");
        }
    }

    @Test
    void should_stop_at_the_total_time_limit() {
        server.then(slow(3000, json(200, "{}")));
        try (var ex = builder()
                .timeouts(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ofMillis(300)))
                .build()) {
            assertThatThrownBy(() -> ex.execute(ApiRequest.get("/x")))
                    .isInstanceOf(NetworkException.class)
                    .hasMessageContaining("no answer within");
        }
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void should_accept_204_with_empty_body() {
        server.then(noContent());
        try (var ex = executor()) {
            assertThat(ex.execute(ApiRequest.delete("/x/1")).body().isMissingNode())
                    .isTrue();
        }
    }

    @Test
    void should_read_meta_lean_only_when_the_request_asks() {
        // given: a time-entry page as FreshBooks answers it, breakdowns in meta
        String page = Fixtures.read("time_entries_list.json");
        server.then(json(200, page));
        server.then(json(200, page));
        try (var ex = executor()) {
            // when
            ApiResponse lean = ex.execute(
                    ApiRequest.get("/timetracking/business/1/time_entries").withLeanMeta(true));
            ApiResponse full = ex.execute(ApiRequest.get("/timetracking/business/1/time_entries"));
            // then: the lean answer has meta's plain values and every entry, no breakdowns
            assertThat(lean.at("/meta/total_logged").asLong()).isEqualTo(17040);
            assertThat(lean.at("/meta/total").asLong()).isEqualTo(2);
            assertThat(lean.at("/meta").has("total_logged_per_team_member")).isFalse();
            assertThat(lean.at("/time_entries")).isEqualTo(full.at("/time_entries"));
            assertThat(full.at("/meta/total_logged_per_team_member").size()).isEqualTo(1);
        }
    }

    @Test
    void should_parse_retry_after_as_seconds_or_http_date() {
        assertThat(ApacheRequestExecutor.parseRetryAfter("12")).isEqualTo(Duration.ofSeconds(12));
        assertThat(ApacheRequestExecutor.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"))
                .isEqualTo(Duration.ZERO);
        assertThat(ApacheRequestExecutor.parseRetryAfter("soon")).isNull();
        assertThat(ApacheRequestExecutor.parseRetryAfter(null)).isNull();
    }

    @Test
    void should_hand_back_the_servers_date_header() {
        // given: the JDK server stamps each answer with a Date header
        server.then(json(200, "{\"ok\":true}"));
        try (var ex = executor()) {
            // when
            ApiResponse r = ex.execute(ApiRequest.get("/auth/api/v1/users/me"));
            // then: whole seconds, around now
            assertThat(r.serverDate()).isNotNull();
            assertThat(r.serverDate().getNano()).isZero();
            assertThat(Duration.between(r.serverDate(), java.time.Instant.now()).abs())
                    .isLessThan(Duration.ofHours(1));
        }
        assertThat(ApacheRequestExecutor.parseDate("Tue, 24 Nov 2026 15:00:00 GMT"))
                .isEqualTo(java.time.Instant.parse("2026-11-24T15:00:00Z"));
        assertThat(ApacheRequestExecutor.parseDate("yesterday")).isNull();
        assertThat(ApacheRequestExecutor.parseDate(null)).isNull();
    }
}
