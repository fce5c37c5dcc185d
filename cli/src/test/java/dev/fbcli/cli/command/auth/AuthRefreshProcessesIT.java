package dev.fbcli.cli.command.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import dev.fbcli.cli.auth.Credentials;
import dev.fbcli.cli.auth.TokenSets;
import dev.fbcli.cli.auth.store.CredentialStore;
import dev.fbcli.cli.auth.store.CredentialStoreUnavailableException;
import dev.fbcli.cli.auth.store.FileCredentialStore;
import dev.fbcli.cli.auth.store.KeyringCredentialStore;
import dev.fbcli.cli.config.AppPaths;
import dev.fbcli.freshbooks.auth.TokenSet;
import dev.fbcli.sandbox.SandboxServer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several {@code fb} processes (separate JVMs running the packaged jar, one FB_HOME) find the
 * stored access token expired at the same moment: exactly one of them spends the refresh token,
 * the others wait on the refresh lock, read the store again and use the new token, and the new
 * refresh token still works afterwards. With the file store always; with the real Secret Service
 * when this session has one (as under {@code .ci/run}).
 */
class AuthRefreshProcessesIT {
    static final int PROCESSES = 4;
    static final String TOKEN_CALL = "POST /auth/oauth/token";

    @TempDir
    Path home;

    @TempDir
    Path work;

    @TempDir
    Path data;

    @Test
    void should_spend_the_refresh_token_once_when_processes_refresh_at_once_with_the_file_store() throws Exception {
        try (SandboxServer sandbox = SandboxServer.builder().dataDir(data).start()) {
            FbJar fb = jar(sandbox).env("FB_CREDENTIAL_STORE", "file");
            CredentialStore store =
                    new FileCredentialStore(home.resolve("config").resolve(FileCredentialStore.FILE_NAME));
            race(fb, store, Credentials.DEFAULT_PROFILE);
        }
    }

    @Test
    void should_spend_the_refresh_token_once_when_processes_refresh_at_once_with_the_keychain() throws Exception {
        AppPaths paths = AppPaths.resolve(Map.of("FB_HOME", home.toString()), "Linux", home.toString());
        KeyringCredentialStore keychain;
        try {
            keychain = KeyringCredentialStore.open(System.getenv(), paths);
        } catch (CredentialStoreUnavailableException e) {
            abort("no Secret Service to test against: " + e.getMessage()
                    + " (.ci/run starts one: dbus-run-session + gnome-keyring-daemon)");
            return;
        }
        String profile = "fb-it-" + UUID.randomUUID().toString().substring(0, 8);
        try (keychain;
                SandboxServer sandbox = SandboxServer.builder().dataDir(data).start()) {
            FbJar fb = jar(sandbox)
                    .env("FB_CREDENTIAL_STORE", "keychain")
                    .env("FB_PROFILE", profile)
                    .env("DBUS_SESSION_BUS_ADDRESS", System.getenv("DBUS_SESSION_BUS_ADDRESS"));
            race(fb, keychain, profile);
        } finally {
            try (KeyringCredentialStore k = KeyringCredentialStore.open(System.getenv(), paths)) {
                k.delete(Credentials.tokenKey(profile));
                k.delete(Credentials.appSecretKey(profile));
            }
        }
    }

    private FbJar jar(SandboxServer sandbox) {
        return new FbJar(home, work)
                .env("FRESHBOOKS_API_URL", sandbox.baseUri().toString())
                .env("FRESHBOOKS_AUTH_URL", sandbox.baseUri().toString());
    }

    private void race(FbJar fb, CredentialStore store, String profile) {
        // given: logged in through the OAuth flow, by the packaged fb
        FbJar.Proc login = fb.start("auth", "login", "--client-id", SandboxServer.DEMO_CLIENT_ID);
        login.writeLine(SandboxServer.DEMO_CLIENT_SECRET);
        login.writeLine(AuthFixture.approve(login.awaitErr(AuthFixture.AUTHORIZE_URL)));
        login.closeInput();
        FbJar.Result loggedIn = login.finish();
        assertThat(loggedIn.exitCode()).as(loggedIn.all()).isZero();
        TokenSet first =
                TokenSets.parse(store.get(Credentials.tokenKey(profile)).orElseThrow());
        assertThat(first.refreshToken()).isNotBlank();

        // and: the stored access token forced to look expired (FreshBooks still accepts it)
        expire(store, profile, first);

        // when: several processes need a token at once
        List<FbJar.Proc> running = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            running.add(fb.start("--debug", "client", "list"));
        }
        List<FbJar.Result> results = new ArrayList<>();
        running.forEach(p -> results.add(p.finish()));

        // then: every one worked, and only one spent the refresh token
        long refreshes = 0;
        for (FbJar.Result r : results) {
            assertThat(r.exitCode()).as(r.all()).isZero();
            assertThat(r.out()).contains("Acme Corp");
            assertThat(r.err()).doesNotContain("invalid_grant").doesNotContain(TOKEN_CALL + " 400");
            refreshes +=
                    r.err().lines().filter(l -> l.contains(TOKEN_CALL + " 200")).count();
        }
        assertThat(refreshes).as("refreshes across %d processes", PROCESSES).isEqualTo(1);
        TokenSet second =
                TokenSets.parse(store.get(Credentials.tokenKey(profile)).orElseThrow());
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(second.expiresAt()).isAfter(Instant.now().plusSeconds(11 * 3600));

        // and: the rotated refresh token was not burned: it renews once more
        expire(store, profile, second);
        FbJar.Result status = fb.run("--debug", "auth", "status");
        assertThat(status.exitCode()).as(status.all()).isZero();
        assertThat(status.err()).contains(TOKEN_CALL + " 200");
        TokenSet third =
                TokenSets.parse(store.get(Credentials.tokenKey(profile)).orElseThrow());
        assertThat(third.refreshToken()).isNotEqualTo(second.refreshToken());

        // and: a spent one is refused, with exit 4
        expire(store, profile, first);
        FbJar.Result spent = fb.run("client", "list");
        assertThat(spent.exitCode()).as(spent.all()).isEqualTo(4);
        assertThat(spent.err()).contains("run `fb auth login` again");
    }

    private static void expire(CredentialStore store, String profile, TokenSet t) {
        store.put(
                Credentials.tokenKey(profile),
                TokenSets.format(new TokenSet(
                        t.accessToken(), t.refreshToken(), Instant.now().minusSeconds(3600), t.scopes())));
    }
}
