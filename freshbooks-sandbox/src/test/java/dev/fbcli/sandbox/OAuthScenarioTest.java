package dev.fbcli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OAuth over HTTP: authorize, code exchange, refresh rotation and reuse, expiry, bad clients. */
class OAuthScenarioTest {

    static final String REDIRECT = URLEncoder.encode(SandboxServer.DEMO_REDIRECT_URI, StandardCharsets.UTF_8);
    static final String CLIENT =
            "client_id=" + SandboxServer.DEMO_CLIENT_ID + "&client_secret=" + SandboxServer.DEMO_CLIENT_SECRET;

    /** Runs the authorize step and returns the code from the redirect. */
    static String authorize(Sandbox sb, String scope) {
        String q = "/oauth/authorize?client_id=" + SandboxServer.DEMO_CLIENT_ID + "&response_type=code&redirect_uri="
                + REDIRECT + "&state=xyz"
                + (scope == null ? "" : "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8));
        Sandbox.Res res = sb.get(q, "Authorization", null);
        assertThat(res.status()).as(res.text()).isEqualTo(302);
        URI location = URI.create(res.header("Location"));
        assertThat(location.toString())
                .startsWith(SandboxServer.DEMO_REDIRECT_URI + "?code=")
                .endsWith("&state=xyz");
        Map<String, java.util.List<String>> query = Request.parseQuery(location.getRawQuery());
        return query.get("code").get(0);
    }

    static Sandbox.Res token(Sandbox sb, String form) {
        return sb.send(
                "POST",
                "/auth/oauth/token",
                form,
                "Content-Type",
                "application/x-www-form-urlencoded",
                "Authorization",
                null);
    }

    static String tokenFor(Sandbox sb, String scope) {
        String code = authorize(sb, scope);
        Sandbox.Res res =
                token(sb, "grant_type=authorization_code&" + CLIENT + "&code=" + code + "&redirect_uri=" + REDIRECT);
        assertThat(res.status()).as(res.text()).isEqualTo(200);
        return res.json().get("access_token").asText();
    }

    @Test
    void should_rotate_refresh_tokens_and_reject_reuse_when_refreshing(@TempDir Path dir) {
        try (Sandbox sb = Sandbox.start(dir)) {
            // given
            String code = authorize(sb, null);
            JsonNode first = token(
                            sb,
                            "grant_type=authorization_code&" + CLIENT + "&code=" + code + "&redirect_uri=" + REDIRECT)
                    .json();
            assertThat(first.get("expires_in").asLong()).isEqualTo(43200);
            assertThat(first.get("created_at").asLong()).isEqualTo(Sandbox.NOW.getEpochSecond());
            assertThat(first.get("token_type").asText()).isEqualTo("Bearer");
            String refresh1 = first.get("refresh_token").asText();

            // when: refresh with a JSON body (as the Node and Java SDKs send it)
            Sandbox.Res second = sb.send(
                    "POST",
                    "/auth/oauth/token",
                    Sandbox.JSON
                            .createObjectNode()
                            .put("grant_type", "refresh_token")
                            .put("client_id", SandboxServer.DEMO_CLIENT_ID)
                            .put("client_secret", SandboxServer.DEMO_CLIENT_SECRET)
                            .put("refresh_token", refresh1)
                            .put("redirect_uri", SandboxServer.DEMO_REDIRECT_URI),
                    "Authorization",
                    null);

            // then: a new pair, and the old refresh token is spent
            assertThat(second.status()).isEqualTo(200);
            String refresh2 = second.json().get("refresh_token").asText();
            assertThat(refresh2).isNotEqualTo(refresh1);
            Sandbox.Res reuse = token(
                    sb,
                    "grant_type=refresh_token&" + CLIENT + "&refresh_token=" + refresh1 + "&redirect_uri=" + REDIRECT);
            assertThat(reuse.status()).isEqualTo(400);
            assertThat(reuse.json().get("error").asText()).isEqualTo("invalid_grant");

            // the new access token works; the code cannot be used twice
            Sandbox user = new Sandbox(sb.server);
            user.token = second.json().get("access_token").asText();
            assertThat(user.get("/auth/api/v1/users/me")
                            .json()
                            .at("/response/identity_id")
                            .asLong())
                    .isEqualTo(5001);
            Sandbox.Res codeAgain = token(
                    sb, "grant_type=authorization_code&" + CLIENT + "&code=" + code + "&redirect_uri=" + REDIRECT);
            assertThat(codeAgain.json().get("error").asText()).isEqualTo("invalid_grant");

            // multipart bodies are accepted too (the docs' curl)
            String boundary = "xxBOUNDARYxx";
            String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"grant_type\"\r\n\r\n"
                    + "refresh_token\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"client_id\"\r\n\r\n"
                    + SandboxServer.DEMO_CLIENT_ID + "\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"client_secret\"\r\n\r\n"
                    + SandboxServer.DEMO_CLIENT_SECRET + "\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"refresh_token\"\r\n\r\n" + refresh2 + "\r\n--"
                    + boundary + "--\r\n";
            Sandbox.Res third = sb.send(
                    "POST",
                    "/auth/oauth/token",
                    multipart,
                    "Content-Type",
                    "multipart/form-data; boundary=" + boundary,
                    "Authorization",
                    null);
            assertThat(third.status()).as(third.text()).isEqualTo(200);
        }
    }

    @Test
    void should_expire_access_tokens_after_12_hours_when_the_clock_moves(@TempDir Path dir) throws Exception {
        AtomicReference<Instant> now = new AtomicReference<>(Sandbox.NOW);
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("UTC");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        try (Sandbox sb =
                new Sandbox(SandboxServer.builder().dataDir(dir).clock(clock).start())) {
            Sandbox user = new Sandbox(sb.server);
            user.token = tokenFor(sb, null);
            assertThat(user.get("/auth/api/v1/users/me").status()).isEqualTo(200);
            now.set(Sandbox.NOW.plus(Duration.ofHours(12)).minusSeconds(1));
            assertThat(user.get("/auth/api/v1/users/me").status()).isEqualTo(200);
            now.set(Sandbox.NOW.plus(Duration.ofHours(12)));
            Sandbox.Res expired = user.get("/auth/api/v1/users/me");
            assertThat(expired.status()).isEqualTo(401);
            assertThat(expired.json().get("error").asText()).isEqualTo("unauthenticated");
            // codes live 5 minutes
            String code = authorize(sb, null);
            now.set(now.get().plusSeconds(301));
            assertThat(token(
                                    sb,
                                    "grant_type=authorization_code&" + CLIENT + "&code=" + code + "&redirect_uri="
                                            + REDIRECT)
                            .json()
                            .get("error")
                            .asText())
                    .isEqualTo("invalid_grant");
        }
    }

    @Test
    void should_reject_unknown_clients_and_redirects(@TempDir Path dir) {
        try (Sandbox sb = Sandbox.start(dir)) {
            Sandbox.Res badSecret = token(
                    sb,
                    "grant_type=refresh_token&client_id=" + SandboxServer.DEMO_CLIENT_ID
                            + "&client_secret=nope&refresh_token=x");
            assertThat(badSecret.status()).isEqualTo(401);
            assertThat(badSecret.json().get("error").asText()).isEqualTo("invalid_client");
            Sandbox.Res badClient = sb.get(
                    "/oauth/authorize?client_id=other&response_type=code&redirect_uri=" + REDIRECT,
                    "Authorization",
                    null);
            assertThat(badClient.status()).isEqualTo(400);
            assertThat(badClient.json().get("error").asText()).isEqualTo("invalid_client");
            Sandbox.Res badRedirect = sb.get(
                    "/oauth/authorize?client_id=" + SandboxServer.DEMO_CLIENT_ID
                            + "&response_type=code&redirect_uri=https%3A%2F%2Fevil.example%2Fcb",
                    "Authorization",
                    null);
            assertThat(badRedirect.status()).isEqualTo(400);
            assertThat(badRedirect.json().get("error").asText()).isEqualTo("invalid_request");
            Sandbox.Res badGrant = token(sb, "grant_type=password&" + CLIENT);
            assertThat(badGrant.json().get("error").asText()).isEqualTo("unsupported_grant_type");
            Sandbox.Res badJson = sb.send("POST", "/auth/oauth/token", "{not json", "Authorization", null);
            assertThat(badJson.status()).isEqualTo(400);
            assertThat(badJson.json().get("error").asText()).isEqualTo("invalid_request");
        }
    }

    @Test
    void should_accept_the_fixed_token_and_revoke_tokens(@TempDir Path dir) throws Exception {
        try (Sandbox sb = new Sandbox(SandboxServer.builder()
                .dataDir(dir)
                .clock(Sandbox.clock())
                .accessToken("fixed-T")
                .start())) {
            Sandbox fixed = new Sandbox(sb.server);
            fixed.token = "fixed-T";
            assertThat(fixed.get("/auth/api/v1/users/me").status()).isEqualTo(200);
            String access = tokenFor(sb, null);
            Sandbox.Res revoke = sb.post(
                    "/auth/oauth/revoke",
                    Sandbox.JSON
                            .createObjectNode()
                            .put("client_id", SandboxServer.DEMO_CLIENT_ID)
                            .put("client_secret", SandboxServer.DEMO_CLIENT_SECRET)
                            .put("token", access));
            assertThat(revoke.status()).isEqualTo(200);
            Sandbox user = new Sandbox(sb.server);
            user.token = access;
            assertThat(user.get("/auth/api/v1/users/me").status()).isEqualTo(401);
        }
    }
}
