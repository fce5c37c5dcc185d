package dev.fbcli.cli.command.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.auth.Credentials;
import dev.fbcli.cli.auth.OAuthRedirect;
import dev.fbcli.cli.auth.store.FileCredentialStore;
import dev.fbcli.freshbooks.auth.TokenSet;
import dev.fbcli.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code fb auth login} both ways, against the sandbox's token endpoint on 127.0.0.1. */
class AuthLoginTest {
    static final String TOKEN = "pasted-token-4f9a2c7e1b";

    @TempDir
    Path home;

    @TempDir
    Path data;

    AuthFixture fb;

    @BeforeEach
    void start() throws Exception {
        fb = new AuthFixture(home, data, TOKEN);
    }

    @AfterEach
    void stop() {
        fb.close();
    }

    @Test
    void should_store_a_pasted_token_and_use_it_when_it_comes_on_stdin() {
        // when
        AuthFixture.Result login = fb.feed(TOKEN + "\n", "auth", "login", "--with-token");

        // then
        assertThat(login.exitCode()).as(login.all()).isZero();
        assertThat(login.out())
                .contains("Logged in to FreshBooks as Riley Morgan <riley@northwind.example>")
                .contains("Northwind Studio (id 770001, owner)")
                .contains("credentials.json (mode 0600)")
                .contains("a pasted token is not renewed");
        assertThat(login.all()).doesNotContain(TOKEN);
        TokenSet stored = fb.stored().orElseThrow();
        assertThat(stored.accessToken()).isEqualTo(TOKEN);
        assertThat(stored.refreshToken()).isNull();
        assertThat(fb.config())
                .containsEntry("business_id", "770001")
                .containsEntry("business_account_id", "NWS77")
                .containsKey("business_uuid")
                .doesNotContainKey("oauth.client_id");

        // and: a command uses the stored login
        AuthFixture.Result list = fb.run("client", "list");
        assertThat(list.exitCode()).as(list.all()).isZero();
        assertThat(list.out()).contains("Acme Corp");
    }

    @Test
    void should_log_in_without_building_a_phrase_parser_when_the_settings_ask_for_an_llm() throws Exception {
        // given: an LLM parser chosen, with no provider configured (phrases would fail; login must not)
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/config.json"), "{\"parser\": \"llm\"}");

        // when
        AuthFixture.Result login = fb.feed(TOKEN + "\n", "auth", "login", "--with-token");

        // then
        assertThat(login.exitCode()).as(login.all()).isZero();
        assertThat(fb.config()).containsEntry("parser", "llm").containsEntry("business_id", "770001");
    }

    @Test
    void should_strip_blanks_and_a_bearer_prefix_from_the_pasted_token() {
        AuthFixture.Result login = fb.feed("  Bearer " + TOKEN + "  \n", "auth", "login", "--with-token");

        assertThat(login.exitCode()).as(login.all()).isZero();
        assertThat(fb.stored().orElseThrow().accessToken()).isEqualTo(TOKEN);
    }

    @Test
    void should_store_nothing_and_exit_4_when_freshbooks_refuses_the_pasted_token() {
        AuthFixture.Result login = fb.feed("not-the-right-token-123\n", "auth", "login", "--with-token");

        assertThat(login.exitCode()).isEqualTo(4);
        assertThat(login.err())
                .contains("FreshBooks did not accept this access token")
                .contains("nothing was stored");
        assertThat(login.all()).doesNotContain("not-the-right-token-123");
        assertThat(fb.stored()).isEmpty();
        assertThat(home.resolve("config/config.json")).doesNotExist();
    }

    @Test
    void should_refuse_a_token_or_secret_on_the_command_line_without_repeating_it() {
        for (String[] args : new String[][] {
            {"auth", "login", "--with-token", TOKEN},
            {"auth", "login", TOKEN},
            {"auth", "login", "--token", TOKEN},
            {"auth", "login", "--token=" + TOKEN},
            {"auth", "login", "--client-id", "x", "--client-secret=" + TOKEN},
        }) {
            AuthFixture.Result r = fb.run(args);

            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).contains("takes no token or secret on the command line");
            assertThat(r.all()).doesNotContain(TOKEN);
        }
        assertThat(fb.stored()).isEmpty();
    }

    @Test
    void should_ask_for_a_way_to_log_in_when_not_at_a_terminal() {
        AuthFixture.Result r = fb.run("auth", "login");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--with-token").contains("--client-id");
    }

    @Test
    void should_exchange_the_code_and_store_tokens_secret_and_app_when_the_redirect_address_is_pasted() {
        // when
        AuthFixture.Result login = fb.oauthLogin(SandboxServer.DEMO_CLIENT_SECRET);

        // then
        assertThat(login.exitCode()).as(login.all()).isZero();
        assertThat(login.err())
                .contains("Open this address in a browser")
                .contains("client_id=" + SandboxServer.DEMO_CLIENT_ID)
                .contains("state=")
                .contains("https://localhost/callback?code=...");
        assertThat(login.out())
                .contains("Logged in to FreshBooks as Riley Morgan")
                .contains("renewal:   automatic");
        TokenSet t = fb.stored().orElseThrow();
        assertThat(t.refreshToken()).isNotBlank();
        assertThat(t.expiresAt()).isEqualTo(fb.sandboxClock.instant().plusSeconds(43_200));
        assertThat(t.scopes()).contains("user:profile:read", "user:clients:write");
        assertThat(fb.storedSecret(Credentials.appSecretKey("default"))).contains(SandboxServer.DEMO_CLIENT_SECRET);
        assertThat(fb.config())
                .containsEntry("oauth.client_id", SandboxServer.DEMO_CLIENT_ID)
                .containsEntry("oauth.redirect_uri", "https://localhost/callback")
                .containsEntry("business_id", "770001");
        assertThat(login.all())
                .doesNotContain(t.accessToken())
                .doesNotContain(t.refreshToken())
                .doesNotContain(SandboxServer.DEMO_CLIENT_SECRET);
    }

    @Test
    void should_ask_for_the_scopes_given_and_accept_a_bare_code() {
        // given
        AuthFixture.Running r = fb.start(
                false,
                "auth",
                "login",
                "--client-id",
                SandboxServer.DEMO_CLIENT_ID,
                "--scope",
                "user:profile:read,user:clients:read");
        r.writeLine(SandboxServer.DEMO_CLIENT_SECRET);
        String url = r.awaitErr(AuthFixture.AUTHORIZE_URL);
        String code = OAuthRedirect.query(AuthFixture.approve(url)).get("code");

        // when
        r.writeLine(code);
        r.closeInput();
        AuthFixture.Result login = r.finish();

        // then
        assertThat(url).contains("scope=user%3Aprofile%3Aread+user%3Aclients%3Aread");
        assertThat(login.exitCode()).as(login.all()).isZero();
        assertThat(fb.stored().orElseThrow().scopes())
                .containsExactlyInAnyOrder("user:profile:read", "user:clients:read");
    }

    @Test
    void should_refuse_an_address_whose_state_is_not_this_logins_and_store_nothing() {
        // given: the address of another login attempt
        AuthFixture.Running r = fb.start(false, "auth", "login", "--client-id", SandboxServer.DEMO_CLIENT_ID);
        r.writeLine(SandboxServer.DEMO_CLIENT_SECRET);
        String url = r.awaitErr(AuthFixture.AUTHORIZE_URL);
        String forged = AuthFixture.approve(url.replaceAll("state=[^&]+", "state=someone-elses-state"));

        // when
        r.writeLine(forged);
        r.closeInput();
        AuthFixture.Result login = r.finish();

        // then
        assertThat(login.exitCode()).isEqualTo(4);
        assertThat(login.err()).contains("its state does not match").contains("nothing was stored");
        assertThat(fb.stored()).isEmpty();
        assertThat(fb.storedSecret(Credentials.appSecretKey("default"))).isEmpty();
    }

    @Test
    void should_exit_4_and_store_nothing_when_the_client_secret_is_wrong() {
        AuthFixture.Result login = fb.oauthLogin("not-the-secret");

        assertThat(login.exitCode()).isEqualTo(4);
        assertThat(login.err()).contains("refused the app's client id or secret");
        assertThat(login.all()).doesNotContain("not-the-secret");
        assertThat(fb.stored()).isEmpty();
    }

    @Test
    void should_exit_4_when_the_code_was_already_used() {
        // given
        AuthFixture.Running first = fb.start(false, "auth", "login", "--client-id", SandboxServer.DEMO_CLIENT_ID);
        first.writeLine(SandboxServer.DEMO_CLIENT_SECRET);
        String redirect = AuthFixture.approve(first.awaitErr(AuthFixture.AUTHORIZE_URL));
        first.writeLine(redirect);
        assertThat(first.finish().exitCode()).isZero();
        TokenSet before = fb.stored().orElseThrow();

        // when: the same code again, with the same state (a replay)
        AuthFixture.Running again = fb.start(false, "auth", "login", "--client-id", SandboxServer.DEMO_CLIENT_ID);
        again.writeLine(SandboxServer.DEMO_CLIENT_SECRET);
        String url = again.awaitErr(AuthFixture.AUTHORIZE_URL);
        String state = OAuthRedirect.query(url).get("state");
        again.writeLine(redirect.replaceAll("state=[^&]+", "state=" + state));
        again.closeInput();
        AuthFixture.Result r = again.finish();

        // then
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("refused the authorization code");
        assertThat(fb.stored()).contains(before);
    }

    @Test
    void should_refuse_a_redirect_uri_that_is_not_https() {
        AuthFixture.Result r =
                fb.run("auth", "login", "--client-id", "abc", "--redirect-uri", "http://localhost/callback");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("https://");
    }

    @Test
    void should_cancel_with_exit_3_when_the_user_denies_access() {
        AuthFixture.Running r = fb.start(false, "auth", "login", "--client-id", SandboxServer.DEMO_CLIENT_ID);
        r.writeLine(SandboxServer.DEMO_CLIENT_SECRET);
        String state =
                OAuthRedirect.query(r.awaitErr(AuthFixture.AUTHORIZE_URL)).get("state");
        r.writeLine("https://localhost/callback?error=access_denied&state=" + state);
        r.closeInput();

        AuthFixture.Result res = r.finish();

        assertThat(res.exitCode()).isEqualTo(3);
        assertThat(res.err()).contains("access_denied");
        assertThat(fb.stored()).isEmpty();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void should_ask_which_way_and_open_the_browser_with_only_the_address_when_at_a_terminal(@TempDir Path bin)
            throws Exception {
        // given: a stand-in for xdg-open that records its arguments and environment
        Path record = bin.resolve("xdg-open.args");
        Path xdg = bin.resolve("xdg-open");
        Files.writeString(
                xdg,
                "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + record + ".tmp'\n" + "env >> '"
                        + record + ".tmp'\nmv '" + record + ".tmp' '" + record + "'\n");
        Files.setPosixFilePermissions(xdg, PosixFilePermissions.fromString("rwx------"));
        fb.env("DISPLAY", ":99").env("PATH", bin + ":/usr/bin:/bin").env("OTHER_API_KEY", "do-not-pass-me");
        AuthFixture.Running r = fb.start(true, "auth", "login");

        // when: 2) OAuth app, the client id, the secret at the (here not hidden) prompt, then the address
        r.writeLine("2");
        r.writeLine(SandboxServer.DEMO_CLIENT_ID);
        r.writeLine(SandboxServer.DEMO_CLIENT_SECRET);
        r.awaitErr(Pattern.compile("(opened in your browser)"));
        String url = waitFor(record).lines().findFirst().orElseThrow();
        r.writeLine(AuthFixture.approve(url));
        r.closeInput();
        AuthFixture.Result login = r.finish();

        // then
        assertThat(login.exitCode()).as(login.all()).isZero();
        String recorded = Files.readString(record);
        assertThat(recorded.lines().findFirst()).contains(url);
        assertThat(url)
                .startsWith(fb.sandbox.baseUri() + "/oauth/authorize?")
                .doesNotContain(SandboxServer.DEMO_CLIENT_SECRET);
        assertThat(recorded)
                .doesNotContain("do-not-pass-me")
                .doesNotContain(SandboxServer.DEMO_CLIENT_SECRET)
                .contains("DISPLAY=:99");
        assertThat(fb.stored().orElseThrow().refreshToken()).isNotBlank();
    }

    @Test
    void should_not_start_a_browser_without_a_terminal(@TempDir Path bin) throws Exception {
        Path xdg = bin.resolve("xdg-open");
        Files.writeString(xdg, "#!/bin/sh\ntouch '" + bin.resolve("ran") + "'\n");
        Files.setPosixFilePermissions(xdg, PosixFilePermissions.fromString("rwx------"));
        fb.env("DISPLAY", ":99").env("PATH", bin + ":/usr/bin:/bin");

        AuthFixture.Result login = fb.oauthLogin(SandboxServer.DEMO_CLIENT_SECRET);

        assertThat(login.exitCode()).as(login.all()).isZero();
        assertThat(bin.resolve("ran")).doesNotExist();
    }

    @Test
    void should_say_no_keychain_answered_before_asking_anything_and_store_nothing() {
        // given: the keychain is the choice, and there is no D-Bus session
        fb.env("FB_CREDENTIAL_STORE", null).env("DBUS_SESSION_BUS_ADDRESS", null);

        // when
        AuthFixture.Result r = fb.feed(TOKEN + "\n", "auth", "login", "--with-token");

        // then
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no keychain answered").contains("--store file");
        assertThat(r.all()).doesNotContain(TOKEN);
        assertThat(home.resolve("config").resolve(FileCredentialStore.FILE_NAME))
                .doesNotExist();
    }

    @Test
    void should_remember_the_file_store_when_store_file_is_passed() {
        // given: nothing in the environment chooses a store
        fb.env("FB_CREDENTIAL_STORE", null).env("DBUS_SESSION_BUS_ADDRESS", null);

        // when
        AuthFixture.Result login = fb.feed(TOKEN + "\n", "auth", "login", "--with-token", "--store", "file");
        AuthFixture.Result list = fb.run("client", "list");

        // then
        assertThat(login.exitCode()).as(login.all()).isZero();
        assertThat(fb.config()).containsEntry("credentials.store", "file");
        assertThat(list.exitCode()).as(list.all()).isZero();
    }

    @Test
    void should_refuse_dry_run_and_sandbox() {
        assertThat(fb.feed(TOKEN + "\n", "auth", "login", "--with-token", "--dry-run")
                        .exitCode())
                .isEqualTo(2);
        assertThat(fb.feed(TOKEN + "\n", "--sandbox", "auth", "login", "--with-token")
                        .exitCode())
                .isEqualTo(2);
        assertThat(fb.stored()).isEmpty();
    }

    private static String waitFor(Path file) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                return Files.readString(file);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the browser stand-in was not started");
    }
}
