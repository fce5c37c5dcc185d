package dev.fbcli.freshbooks.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.freshbooks.LoginRequiredException;
import dev.fbcli.freshbooks.http.ApacheRequestExecutor;
import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.http.RetryPolicy;
import dev.fbcli.freshbooks.testing.FakeTokenEndpoint;
import dev.fbcli.freshbooks.testing.LoopbackServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefreshingTokenProviderTest {
    @TempDir
    Path dir;

    LoopbackServer server;
    final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : toClose) c.close();
        if (server != null) server.close();
    }

    private FakeTokenEndpoint serve(String liveRefresh, String liveAccess, long delayMs) throws Exception {
        server = new LoopbackServer();
        FakeTokenEndpoint endpoint = new FakeTokenEndpoint(liveRefresh, liveAccess, delayMs);
        server.then(endpoint);
        return endpoint;
    }

    private OAuthClient oauth() {
        var ex = ApacheRequestExecutor.builder()
                .baseUrl(server.baseUrl())
                .allowLoopback(true)
                .retryPolicy(RetryPolicy.none())
                .build();
        toClose.add(ex);
        return new OAuthClient(
                ex, URI.create(server.baseUrl()), true, "cid", "csecret", "https://localhost/cb", Clock.systemUTC());
    }

    private static TokenSet expired(String access, String refresh) {
        return new TokenSet(access, refresh, Instant.now().minusSeconds(5), Set.of("user:profile:read"));
    }

    @Test
    void should_build_the_authorize_url() {
        // given
        server = null;
        var ex = ApacheRequestExecutor.builder().build();
        toClose.add(ex);
        var oauth = new OAuthClient(
                ex,
                URI.create("https://auth.freshbooks.com"),
                false,
                "my id",
                "s",
                "https://localhost/cb",
                Clock.systemUTC());
        // when
        URI url = oauth.authorizeUrl("st4te", List.of("user:profile:read", "user:clients:read"));
        // then
        assertThat(url.toString())
                .isEqualTo(
                        "https://auth.freshbooks.com/oauth/authorize?client_id=my+id&response_type=code"
                                + "&redirect_uri=https%3A%2F%2Flocalhost%2Fcb&state=st4te&scope=user%3Aprofile%3Aread+user%3Aclients%3Aread");
        assertThat(oauth.authorizeUrl(null, List.of()).toString())
                .doesNotContain("state")
                .doesNotContain("scope");
        assertThat(oauth.toString()).doesNotContain("\"s\"").contains("<redacted>");
    }

    @Test
    void should_exchange_a_code_and_send_secret_and_redirect_uri_on_refresh_too() throws Exception {
        FakeTokenEndpoint ep = serve("r0", null, 0);
        OAuthClient oauth = oauth();
        TokenSet t = oauth.exchangeCode("good-code");
        assertThat(t.accessToken()).isEqualTo("access-1");
        assertThat(t.expiresAt()).isAfter(Instant.now().plus(Duration.ofHours(11)));
        oauth.refresh(t.refreshToken());
        assertThat(ep.tokenBodies.get(0).path("grant_type").asText()).isEqualTo("authorization_code");
        assertThat(ep.tokenBodies.get(0).path("redirect_uri").asText()).isEqualTo("https://localhost/cb");
        var refresh = ep.tokenBodies.get(1);
        assertThat(refresh.path("grant_type").asText()).isEqualTo("refresh_token");
        assertThat(refresh.path("client_secret").asText()).isEqualTo("csecret");
        assertThat(refresh.path("redirect_uri").asText()).isEqualTo("https://localhost/cb");
        assertThat(refresh.path("client_id").asText()).isEqualTo("cid");
        assertThat(server.received().get(0).header("Content-Type")).startsWith("application/json");
        assertThat(server.received().get(0).header("Authorization")).isNull();
    }

    @Test
    void should_ask_to_log_in_again_when_invalid_grant() throws Exception {
        serve("live", null, 0);
        assertThatThrownBy(() -> oauth().refresh("used-already"))
                .isInstanceOf(LoginRequiredException.class)
                .hasMessageContaining("log in again")
                .hasMessageNotContaining("used-already");
        assertThatThrownBy(() -> oauth().exchangeCode("bad")).isInstanceOf(LoginRequiredException.class);
    }

    @Test
    void should_refresh_before_expiry_and_save_the_rotated_token_before_using_it() throws Exception {
        // given a stored token that expires in 30 s (within the minute of slack)
        FakeTokenEndpoint ep = serve("r0", "a0", 0);
        List<String> events = ep.events;
        TokenStore file = new JsonFileTokenStore(dir.resolve("tokens.json"));
        file.save(new TokenSet("a0", "r0", Instant.now().plusSeconds(30), Set.of()));
        TokenStore recording = new TokenStore() {
            public Optional<TokenSet> load() {
                return file.load();
            }

            public void save(TokenSet t) {
                events.add("saved " + t.accessToken());
                file.save(t);
            }
        };
        var provider = new RefreshingTokenProvider(recording, oauth(), dir.resolve("tokens.lock"));
        var api = ApacheRequestExecutor.builder()
                .baseUrl(server.baseUrl())
                .allowLoopback(true)
                .tokenProvider(provider)
                .build();
        toClose.add(api);
        // when
        api.execute(ApiRequest.get("/api/thing"));
        // then
        assertThat(events).containsExactly("issued access-1", "saved access-1", "api call with access-1");
        assertThat(file.load()).get().satisfies(t -> assertThat(t.refreshToken())
                .isEqualTo("refresh-1"));
        assertThat(ep.refreshCalls).hasValue(1);
    }

    @Test
    void should_refresh_once_on_401_and_retry() throws Exception {
        FakeTokenEndpoint ep = serve("r0", "a0", 0);
        TokenStore store = new JsonFileTokenStore(dir.resolve("tokens.json"));
        store.save(new TokenSet("a0", "r0", Instant.now().plus(Duration.ofHours(5)), Set.of()));
        ep.revokeAccess("a0"); // valid by its expiry, but FreshBooks says 401
        var provider = new RefreshingTokenProvider(store, oauth(), dir.resolve("tokens.lock"));
        var api = ApacheRequestExecutor.builder()
                .baseUrl(server.baseUrl())
                .allowLoopback(true)
                .tokenProvider(provider)
                .build();
        toClose.add(api);
        api.execute(ApiRequest.get("/api/thing"));
        assertThat(ep.events).containsExactly("api call with a0", "issued access-1", "api call with access-1");
    }

    @Test
    void should_say_log_in_when_nothing_is_stored_or_the_refresh_token_is_gone() throws Exception {
        serve("r0", null, 0);
        var empty = new RefreshingTokenProvider(
                new JsonFileTokenStore(dir.resolve("none.json")), oauth(), dir.resolve("l"));
        assertThatThrownBy(empty::accessToken)
                .isInstanceOf(LoginRequiredException.class)
                .hasMessageContaining("log in");
        TokenStore store = new JsonFileTokenStore(dir.resolve("t.json"));
        store.save(expired("a0", "stale"));
        var p = new RefreshingTokenProvider(store, oauth(), dir.resolve("l"));
        assertThatThrownBy(p::accessToken)
                .isInstanceOf(LoginRequiredException.class)
                .hasMessageContaining("log in again");
    }

    @Test
    void should_refresh_once_when_two_threads_with_separate_providers_share_a_store() throws Exception {
        // given: one expired token set in one file, two providers (as two commands would have)
        FakeTokenEndpoint ep = serve("r0", null, 200);
        Path storeFile = dir.resolve("tokens.json");
        new JsonFileTokenStore(storeFile).save(expired("a0", "r0"));
        var p1 = new RefreshingTokenProvider(new JsonFileTokenStore(storeFile), oauth(), dir.resolve("tokens.lock"));
        var p2 = new RefreshingTokenProvider(new JsonFileTokenStore(storeFile), oauth(), dir.resolve("tokens.lock"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            // when
            Future<String> f1 = pool.submit(() -> {
                go.await();
                return p1.accessToken();
            });
            Future<String> f2 = pool.submit(() -> {
                go.await();
                return p2.accessToken();
            });
            go.countDown();
            // then: one refresh; both use its token; the reused refresh token was never sent
            assertThat(f1.get(30, TimeUnit.SECONDS)).isEqualTo("access-1");
            assertThat(f2.get(30, TimeUnit.SECONDS)).isEqualTo("access-1");
        } finally {
            pool.shutdownNow();
        }
        assertThat(ep.refreshCalls).hasValue(1);
    }

    @Test
    void should_refresh_once_when_two_processes_share_a_store() throws Exception {
        // given
        FakeTokenEndpoint ep = serve("r0", null, 300);
        Path storeFile = dir.resolve("tokens.json");
        new JsonFileTokenStore(storeFile).save(expired("a0", "r0"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<Process> procs = new CopyOnWriteArrayList<>();
        // when: two JVMs start at once
        for (int i = 0; i < 2; i++) {
            procs.add(new ProcessBuilder(
                            java,
                            "-cp",
                            cp,
                            RefreshWorker.class.getName(),
                            server.baseUrl(),
                            storeFile.toString(),
                            dir.resolve("tokens.lock").toString())
                    .redirectErrorStream(true)
                    .start());
        }
        List<String> outputs = new ArrayList<>();
        for (Process p : procs) {
            try (var r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                outputs.add(r.lines()
                        .filter(l -> l.startsWith("TOKEN") || l.startsWith("ERROR"))
                        .findFirst()
                        .orElse("none"));
            }
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        // then
        assertThat(outputs).containsExactly("TOKEN access-1", "TOKEN access-1");
        assertThat(ep.refreshCalls).hasValue(1);
        assertThat(new JsonFileTokenStore(storeFile).load()).get().satisfies(t -> assertThat(t.refreshToken())
                .isEqualTo("refresh-1"));
    }

    @Test
    void should_write_the_token_file_owner_only() throws Exception {
        Path f = dir.resolve("sub/tokens.json");
        new JsonFileTokenStore(f).save(expired("a", "r"));
        if (Files.getFileStore(f).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                    .isEqualTo("rw-------");
        }
        assertThat(new JsonFileTokenStore(f).load()).get().satisfies(t -> {
            assertThat(t.accessToken()).isEqualTo("a");
            assertThat(t.toString()).doesNotContain("\"a\"").contains("<redacted>");
        });
    }
}
