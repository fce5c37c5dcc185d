package dev.fbcli.cli.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.cli.auth.store.CredentialStore;
import dev.fbcli.cli.auth.store.CredentialStoreException;
import dev.fbcli.cli.auth.store.InMemoryCredentialStore;
import dev.fbcli.cli.config.Config;
import dev.fbcli.freshbooks.ApiEndpoints;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.LoginRequiredException;
import dev.fbcli.freshbooks.auth.OAuthClient;
import dev.fbcli.freshbooks.auth.RefreshingTokenProvider;
import dev.fbcli.freshbooks.auth.TokenSet;
import dev.fbcli.freshbooks.http.ApacheRequestExecutor;
import dev.fbcli.freshbooks.model.BusinessContext;
import dev.fbcli.sandbox.SandboxServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {
    @TempDir
    Path dir;

    /** A store whose writes fail once armed, as a keychain that locks itself mid-run would. */
    static final class FailingWrites implements CredentialStore {
        final InMemoryCredentialStore inner = new InMemoryCredentialStore();
        volatile boolean failWrites;

        @Override
        public Optional<String> get(String key) {
            return inner.get(key);
        }

        @Override
        public void put(String key, String secret) {
            if (failWrites) {
                throw new CredentialStoreException("the keyring is locked", "unlock it", null);
            }
            inner.put(key, secret);
        }

        @Override
        public void delete(String key) {
            inner.delete(key);
        }

        @Override
        public String describe() {
            return "a test keychain";
        }

        @Override
        public String kind() {
            return KEYCHAIN;
        }
    }

    @Test
    void should_fail_without_using_the_new_token_when_the_renewed_login_cannot_be_stored() throws Exception {
        try (SandboxServer s = SandboxServer.builder().dataDir(dir).start();
                ApacheRequestExecutor http = ApacheRequestExecutor.builder()
                        .baseUrl(s.baseUri())
                        .allowLoopback(true)
                        .build()) {
            // given: a real login whose access token is past its expiry
            OAuthClient oauth = new OAuthClient(
                    http,
                    s.baseUri(),
                    true,
                    SandboxServer.DEMO_CLIENT_ID,
                    SandboxServer.DEMO_CLIENT_SECRET,
                    SandboxServer.DEMO_REDIRECT_URI,
                    Clock.systemUTC());
            TokenSet got = oauth.exchangeCode(code(oauth.authorizeUrl("st", List.of())));
            FailingWrites store = new FailingWrites();
            store.put(
                    "freshbooks/default",
                    TokenSets.format(new TokenSet(
                            got.accessToken(),
                            got.refreshToken(),
                            java.time.Instant.now().minusSeconds(60),
                            got.scopes())));
            store.failWrites = true;
            RefreshingTokenProvider refreshing = new RefreshingTokenProvider(
                    new StoredTokens(store, "freshbooks/default"), oauth, dir.resolve("refresh.lock"));
            List<String> calls = new CopyOnWriteArrayList<>();
            try (FreshBooksClient client = FreshBooksClient.builder()
                    .baseUrl(s.baseUri())
                    .allowLoopback(true)
                    .tokenProvider(TokenProviders.renewing(refreshing))
                    .trace(c -> calls.add(c.line()))
                    .build()) {

                // when / then
                assertThatThrownBy(() -> client.identity().me())
                        .isInstanceOf(CredentialStoreException.class)
                        .hasMessageContaining("FreshBooks renewed your login, but a test keychain could not keep it")
                        .satisfies(e -> assertThat(((CredentialStoreException) e).hint())
                                .contains("run `fb auth login` again"));
                assertThat(calls).isEmpty(); // not one API call: the new access token was never used
            }
            assertThat(TokenSets.parse(store.get("freshbooks/default").orElseThrow())
                            .accessToken())
                    .isEqualTo(got.accessToken());
        }
    }

    @Test
    void should_turn_invalid_grant_into_log_in_again() throws Exception {
        try (SandboxServer s = SandboxServer.builder().dataDir(dir).start();
                ApacheRequestExecutor http = ApacheRequestExecutor.builder()
                        .baseUrl(s.baseUri())
                        .allowLoopback(true)
                        .build()) {
            OAuthClient oauth = new OAuthClient(
                    http,
                    s.baseUri(),
                    true,
                    SandboxServer.DEMO_CLIENT_ID,
                    SandboxServer.DEMO_CLIENT_SECRET,
                    SandboxServer.DEMO_REDIRECT_URI,
                    Clock.systemUTC());
            TokenSet got = oauth.exchangeCode(code(oauth.authorizeUrl("st", List.of())));
            oauth.refresh(got.refreshToken()); // spends it
            InMemoryCredentialStore store = new InMemoryCredentialStore();
            store.put(
                    "freshbooks/default",
                    TokenSets.format(new TokenSet(
                            got.accessToken(),
                            got.refreshToken(),
                            java.time.Instant.now().minusSeconds(60),
                            got.scopes())));
            var provider = TokenProviders.renewing(new RefreshingTokenProvider(
                    new StoredTokens(store, "freshbooks/default"), oauth, dir.resolve("refresh.lock")));

            assertThatThrownBy(provider::accessToken)
                    .isInstanceOf(dev.fbcli.cli.CliException.AuthRequired.class)
                    .hasMessageContaining("FreshBooks refused to renew your login")
                    .hasCauseInstanceOf(LoginRequiredException.class)
                    .satisfies(e ->
                            assertThat(((dev.fbcli.cli.CliException) e).hint()).isEqualTo("run `fb auth login` again"));
        }
    }

    @Test
    void should_use_the_remembered_business_only_when_its_id_comes_from_the_file() {
        Map<String, String> file =
                Map.of("business_id", "770001", "business_account_id", "NWS77", "business_uuid", "u-1");

        assertThat(Credentials.rememberedBusiness(new Config(file, Map.of())))
                .contains(new BusinessContext(770001, "u-1", "NWS77", null, null));
        assertThat(Credentials.rememberedBusiness(new Config(file, Map.of("FB_BUSINESS_ID", "880002"))))
                .isEmpty();
        assertThat(Credentials.configuredBusinessId(new Config(file, Map.of("FB_BUSINESS_ID", "880002"))))
                .contains(880002L);
        assertThat(Credentials.rememberedBusiness(new Config(Map.of("business_id", "770001"), Map.of())))
                .isEmpty();
    }

    @Test
    void should_refuse_a_business_id_that_is_not_a_number() {
        assertThatThrownBy(() -> Credentials.configuredBusinessId(new Config(Map.of("business_id", "acme"), Map.of())))
                .isInstanceOf(dev.fbcli.cli.CliException.Usage.class)
                .hasMessageContaining("business_id in config.json is not a number");
    }

    @Test
    void should_authorize_on_a_loopback_api_host_unless_an_auth_url_is_set() {
        java.util.function.Function<Map<String, String>, URI> auth =
                env -> ApiClients.authBase(new dev.fbcli.cli.AppContext(
                        env,
                        java.io.InputStream.nullInputStream(),
                        new java.io.PrintWriter(java.io.Writer.nullWriter()),
                        new java.io.PrintWriter(java.io.Writer.nullWriter()),
                        false,
                        Clock.systemUTC()));

        assertThat(auth.apply(Map.of())).isEqualTo(URI.create("https://auth.freshbooks.com"));
        assertThat(auth.apply(Map.of("FRESHBOOKS_API_URL", "http://127.0.0.1:8787")))
                .isEqualTo(URI.create("http://127.0.0.1:8787"));
        assertThat(auth.apply(Map.of("FRESHBOOKS_API_URL", "https://api.freshbooks.com")))
                .isEqualTo(URI.create("https://auth.freshbooks.com"));
        assertThat(auth.apply(Map.of(
                        "FRESHBOOKS_API_URL", "http://127.0.0.1:8787", "FRESHBOOKS_AUTH_URL", "http://localhost:9000")))
                .isEqualTo(URI.create("http://localhost:9000"));
    }

    @Test
    void should_keep_the_key_names_of_docs_credentials_md() {
        assertThat(Credentials.tokenKey("default")).isEqualTo("freshbooks/default");
        assertThat(Credentials.appSecretKey("work")).isEqualTo("freshbooks-app/work");
        assertThat(ApiEndpoints.API_URL_ENV).isEqualTo("FRESHBOOKS_API_URL");
    }

    private static String code(URI authorize) throws Exception {
        HttpResponse<Void> r = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(HttpRequest.newBuilder(authorize).build(), HttpResponse.BodyHandlers.discarding());
        String location = r.headers().firstValue("location").orElseThrow();
        return location.replaceAll(".*[?&]code=([^&]+).*", "$1");
    }
}
