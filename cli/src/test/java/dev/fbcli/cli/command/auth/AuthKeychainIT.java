package dev.fbcli.cli.command.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fbcli.cli.auth.Credentials;
import dev.fbcli.cli.auth.TokenSets;
import dev.fbcli.cli.auth.store.CredentialStoreUnavailableException;
import dev.fbcli.cli.auth.store.KeyringCredentialStore;
import dev.fbcli.cli.config.AppPaths;
import dev.fbcli.freshbooks.auth.TokenSet;
import dev.fbcli.sandbox.SandboxServer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fb auth login/status/logout} and a renewal against the real Secret Service of this session
 * ({@code .ci/run} starts one), checked from outside with {@code secret-tool}. The profile is unique
 * to the run ({@code fb-it-<random>}), so a developer's own login is never touched; its entries are
 * removed afterwards. Where no keychain answers, the test reports itself skipped with the reason.
 */
@EnabledOnOs(OS.LINUX)
class AuthKeychainIT {
    @TempDir
    Path home;

    @TempDir
    Path data;

    private final String profile = "fb-it-" + UUID.randomUUID().toString().substring(0, 8);
    private AuthFixture fb;

    @BeforeEach
    void start() throws Exception {
        AppPaths paths = AppPaths.resolve(Map.of("FB_HOME", home.toString()), "Linux", home.toString());
        try (KeyringCredentialStore probe = KeyringCredentialStore.open(System.getenv(), paths)) {
            assumeTrue(probe.describe() != null);
        } catch (CredentialStoreUnavailableException e) {
            abort("no Secret Service to test against: " + e.getMessage()
                    + " (.ci/run starts one: dbus-run-session + gnome-keyring-daemon)");
        }
        assumeTrue(
                onPath("secret-tool"),
                "secret-tool is not installed (apt-get install libsecret-tools): nothing to check with");
        fb = new AuthFixture(home, data, null)
                .env("FB_CREDENTIAL_STORE", "keychain")
                .env("FB_PROFILE", profile)
                .env("DBUS_SESSION_BUS_ADDRESS", System.getenv("DBUS_SESSION_BUS_ADDRESS"));
    }

    @AfterEach
    void stop() throws Exception {
        if (fb != null) {
            fb.close();
            secretTool(null, "clear", "service", "fb", "account", Credentials.tokenKey(profile));
            secretTool(null, "clear", "service", "fb", "account", Credentials.appSecretKey(profile));
        }
    }

    @Test
    void should_store_read_rotate_and_delete_the_tokens_in_the_keychain_through_fb() throws Exception {
        // when: login (the OAuth flow)
        AuthFixture.Result login = fb.oauthLogin(SandboxServer.DEMO_CLIENT_SECRET);

        // then: one entry per key, seen by another program
        assertThat(login.exitCode()).as(login.all()).isZero();
        assertThat(login.out()).contains("stored in: the ").doesNotContain("credentials.json");
        TokenSet first = TokenSets.parse(lookup(Credentials.tokenKey(profile)));
        assertThat(first.refreshToken()).isNotBlank();
        assertThat(lookup(Credentials.appSecretKey(profile))).isEqualTo(SandboxServer.DEMO_CLIENT_SECRET);
        assertThat(entries(Credentials.tokenKey(profile))).isEqualTo(1);
        assertThat(home.resolve("config/credentials.json")).doesNotExist();
        assertThat(fb.allFiles())
                .doesNotContain(first.accessToken())
                .doesNotContain(first.refreshToken())
                .doesNotContain(SandboxServer.DEMO_CLIENT_SECRET);

        // when: status reads it
        AuthFixture.Result status = fb.run("auth", "status");

        // then
        assertThat(status.exitCode()).as(status.all()).isZero();
        assertThat(status.out())
                .contains("Logged in to FreshBooks as Riley Morgan")
                .contains("profile:    " + profile)
                .contains("token from: the credential store: the ")
                .contains("renewed automatically");

        // when: twelve hours later a command renews the token
        fb.fbClock.advance(Duration.ofHours(12));
        fb.sandboxClock.advance(Duration.ofHours(12));
        AuthFixture.Result list = fb.run("--debug", "client", "list");

        // then: rotated in place, still one entry
        assertThat(list.exitCode()).as(list.all()).isZero();
        assertThat(list.err()).contains("POST /auth/oauth/token 200");
        TokenSet second = TokenSets.parse(lookup(Credentials.tokenKey(profile)));
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(entries(Credentials.tokenKey(profile))).isEqualTo(1);

        // when: logout
        AuthFixture.Result logout = fb.run("auth", "logout");

        // then: both entries are gone
        assertThat(logout.exitCode()).as(logout.all()).isZero();
        assertThat(lookup(Credentials.tokenKey(profile))).isEmpty();
        assertThat(lookup(Credentials.appSecretKey(profile))).isEmpty();
        assertThat(entries(Credentials.tokenKey(profile))).isZero();
        assertThat(fb.run("auth", "status").exitCode()).isEqualTo(4);
        for (String secret :
                List.of(first.accessToken(), first.refreshToken(), second.accessToken(), second.refreshToken())) {
            assertThat(login.all() + status.all() + list.all() + logout.all() + fb.allFiles())
                    .doesNotContain(secret);
        }
    }

    @Test
    void should_log_in_with_a_pasted_token_into_the_keychain() throws Exception {
        try (SandboxServer other = SandboxServer.builder()
                .dataDir(data.resolve("other"))
                .accessToken("kc-pasted-token-1")
                .start()) {
            fb.env("FRESHBOOKS_API_URL", other.baseUri().toString());

            AuthFixture.Result login = fb.feed("kc-pasted-token-1\n", "auth", "login", "--with-token");

            assertThat(login.exitCode()).as(login.all()).isZero();
            assertThat(TokenSets.parse(lookup(Credentials.tokenKey(profile))).accessToken())
                    .isEqualTo("kc-pasted-token-1");
            assertThat(lookup(Credentials.appSecretKey(profile))).isEmpty();
            assertThat(fb.run("client", "list").out()).contains("Acme Corp");
        }
    }

    private static String lookup(String key) throws Exception {
        return secretTool(null, "lookup", "service", "fb", "account", key);
    }

    private static int entries(String key) throws Exception {
        String out = secretTool(null, "search", "--all", "service", "fb", "account", key);
        return (int) out.lines().filter(l -> l.startsWith("[/")).count();
    }

    private static String secretTool(String stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add("secret-tool");
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (var in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream o = p.getInputStream()) {
            o.transferTo(out);
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("secret-tool " + String.join(" ", args) + " did not finish");
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
