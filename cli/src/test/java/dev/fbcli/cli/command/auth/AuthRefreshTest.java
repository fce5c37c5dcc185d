package dev.fbcli.cli.command.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.auth.Credentials;
import dev.fbcli.freshbooks.auth.TokenSet;
import dev.fbcli.sandbox.SandboxServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renewal of a stored login through the sandbox's token endpoint: before expiry, after a 401,
 * rotation, a spent refresh token refused; logins that cannot be renewed; FRESHBOOKS_TOKEN first.
 */
class AuthRefreshTest {
    static final String TOKEN_PATH = "POST /auth/oauth/token";

    @TempDir
    Path home;

    @TempDir
    Path data;

    AuthFixture fb;

    /** A JWT-shaped token (the sandbox accepts it as its fixed token) that says it expires in an hour. */
    final String jwt = jwt("{\"exp\":" + Instant.parse("2026-11-24T16:00:00Z").getEpochSecond()
            + ",\"scope\":\"user:profile:read user:clients:read\"}");

    @BeforeEach
    void start() throws Exception {
        fb = new AuthFixture(home, data, jwt);
    }

    @AfterEach
    void stop() {
        fb.close();
    }

    private TokenSet loggedIn() {
        AuthFixture.Result login = fb.oauthLogin(SandboxServer.DEMO_CLIENT_SECRET);
        assertThat(login.exitCode()).as(login.all()).isZero();
        return fb.stored().orElseThrow();
    }

    private static long count(String text, String what) {
        return text.lines().filter(l -> l.contains(what)).count();
    }

    @Test
    void should_renew_before_expiry_and_store_the_rotated_tokens_when_the_access_token_expires() {
        // given: twelve hours later, on both clocks
        TokenSet first = loggedIn();
        fb.fbClock.advance(Duration.ofHours(12));
        fb.sandboxClock.advance(Duration.ofHours(12));

        // when
        AuthFixture.Result r = fb.run("--debug", "client", "list");

        // then: one refresh, before any API call, and the new tokens are stored
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("Acme Corp");
        assertThat(count(r.err(), TOKEN_PATH + " 200")).isEqualTo(1);
        assertThat(r.err()).doesNotContain(" 401 ");
        assertThat(r.err().indexOf(TOKEN_PATH)).isLessThan(r.err().indexOf("GET /"));
        TokenSet second = fb.stored().orElseThrow();
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(second.refreshToken()).isNotBlank().isNotEqualTo(first.refreshToken());
        assertThat(second.expiresAt()).isEqualTo(fb.sandboxClock.instant().plusSeconds(43_200));
        assertThat(r.all())
                .doesNotContain(second.accessToken())
                .doesNotContain(second.refreshToken())
                .doesNotContain(first.refreshToken());

        // and: the next run uses them without renewing again
        AuthFixture.Result again = fb.run("--debug", "client", "list");
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).doesNotContain(TOKEN_PATH);
        assertThat(fb.stored()).contains(second);
    }

    @Test
    void should_renew_once_and_retry_when_freshbooks_answers_401() {
        // given: FreshBooks' clock says the token expired; fb's does not know yet
        TokenSet first = loggedIn();
        fb.sandboxClock.advance(Duration.ofHours(13));

        // when
        AuthFixture.Result r = fb.run("--debug", "client", "list");

        // then
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.err()).contains(" 401 ").contains("retrying with refreshed token");
        assertThat(count(r.err(), TOKEN_PATH + " 200")).isEqualTo(1);
        TokenSet second = fb.stored().orElseThrow();
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
    }

    @Test
    void should_exit_4_saying_to_log_in_again_when_the_refresh_token_was_already_used() {
        // given: a renewal happened, then the old token set comes back (a restored backup)
        TokenSet first = loggedIn();
        fb.fbClock.advance(Duration.ofHours(12));
        fb.sandboxClock.advance(Duration.ofHours(12));
        assertThat(fb.run("client", "list").exitCode()).isZero();
        fb.store(first);

        // when
        AuthFixture.Result r = fb.run("client", "list");

        // then: FreshBooks refuses the spent refresh token (invalid_grant)
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("FreshBooks refused to renew your login").contains("run `fb auth login` again");
        assertThat(r.all()).doesNotContain(first.refreshToken());
        assertThat(fb.stored()).contains(first); // nothing better to store
    }

    @Test
    void should_exit_4_without_calling_freshbooks_when_a_pasted_token_has_expired() {
        // given
        AuthFixture.Result login = fb.feed(jwt + "\n", "auth", "login", "--with-token");
        assertThat(login.exitCode()).as(login.all()).isZero();
        assertThat(login.out()).contains("expires:   2026-11-24 11:00 EST");
        assertThat(fb.stored().orElseThrow().scopes())
                .containsExactlyInAnyOrder("user:profile:read", "user:clients:read");

        // when: two hours later
        fb.fbClock.advance(Duration.ofHours(2));
        AuthFixture.Result r = fb.run("--debug", "client", "list");

        // then
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err())
                .contains("your FreshBooks login expired at 2026-11-24 11:00 EST")
                .contains("it was pasted")
                .contains("run `fb auth login` again")
                .doesNotContain("api: ");
        assertThat(r.all()).doesNotContain(jwt);
    }

    @Test
    void should_exit_4_when_the_apps_secret_is_missing_and_the_token_expired() {
        // given
        loggedIn();
        new dev.fbcli.cli.auth.store.FileCredentialStore(home.resolve("config/credentials.json"))
                .delete(Credentials.appSecretKey("default"));
        fb.fbClock.advance(Duration.ofHours(12));

        // when
        AuthFixture.Result r = fb.run("client", "list");

        // then
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("client secret is missing").contains("run `fb auth login` again");
    }

    @Test
    void should_use_freshbooks_token_ahead_of_the_stored_login_and_never_renew_it() {
        // given: a stored login whose token has expired, and a token in the environment
        TokenSet stored = loggedIn();
        fb.fbClock.advance(Duration.ofHours(12));
        fb.env(Credentials.TOKEN_ENV, jwt);
        fb.fbClock.advance(Duration.ofHours(-12)); // the JWT's own expiry is irrelevant: it is not checked locally

        // when
        AuthFixture.Result status = fb.run("--debug", "auth", "status");
        AuthFixture.Result list = fb.run("--debug", "client", "list");

        // then
        assertThat(status.exitCode()).as(status.all()).isZero();
        assertThat(status.out()).contains("token from: FRESHBOOKS_TOKEN").contains("a login is also stored in");
        assertThat(list.exitCode()).isZero();
        assertThat(status.err() + list.err()).doesNotContain(TOKEN_PATH);
        assertThat(fb.stored()).contains(stored);
        assertThat(status.all() + list.all()).doesNotContain(jwt);
    }

    @Test
    void should_exit_4_and_say_to_set_a_new_one_when_freshbooks_refuses_freshbooks_token() {
        fb.env(Credentials.TOKEN_ENV, "an-expired-ci-token");

        AuthFixture.Result r = fb.run("client", "list");

        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err())
                .contains("FreshBooks did not accept the credentials in FRESHBOOKS_TOKEN")
                .contains("set a new FRESHBOOKS_TOKEN");
        assertThat(r.all()).doesNotContain("an-expired-ci-token");
    }

    @Test
    void should_renew_even_under_dry_run_and_send_nothing_else() {
        // given
        TokenSet first = loggedIn();
        fb.fbClock.advance(Duration.ofHours(12));
        fb.sandboxClock.advance(Duration.ofHours(12));

        // when
        AuthFixture.Result r = fb.run("--debug", "--dry-run", "client", "create", "Dry Co");

        // then
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("dry run: would send POST");
        assertThat(count(r.err(), TOKEN_PATH + " 200")).isEqualTo(1);
        assertThat(fb.stored().orElseThrow().refreshToken()).isNotEqualTo(first.refreshToken());
    }

    static String jwt(String claims) {
        Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
        return b.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
