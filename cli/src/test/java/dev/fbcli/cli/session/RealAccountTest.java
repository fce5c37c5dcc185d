package dev.fbcli.cli.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner;
import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.sandbox.SandboxServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without --sandbox: no login, a token in the environment, and the host rule for the API URL. */
class RealAccountTest {
    @TempDir
    Path home;

    @Test
    void should_exit_4_and_say_how_to_log_in_when_there_is_no_login() {
        Result r = new CliRunner(home).env("FB_CREDENTIAL_STORE", "file").run("what does Acme owe me");

        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err())
                .contains("you are not logged in to FreshBooks")
                .contains("fb auth login")
                .contains("--sandbox");
    }

    @Test
    void should_use_freshbooks_token_against_an_explicit_loopback_api_url(@TempDir Path data) throws Exception {
        try (SandboxServer s =
                SandboxServer.builder().dataDir(data).accessToken("ci-token").start()) {
            Result r = new CliRunner(home)
                    .env("FRESHBOOKS_API_URL", s.baseUri().toString())
                    .env("FRESHBOOKS_TOKEN", "ci-token")
                    .run("what does Acme owe me");

            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("Acme Corp (client 101)");
        }
    }

    @Test
    void should_refuse_to_send_the_token_to_another_host() {
        Result r = new CliRunner(home)
                .env("FRESHBOOKS_API_URL", "https://api.freshbooks.com.evil.test")
                .env("FRESHBOOKS_TOKEN", "secret-token")
                .run("what does Acme owe me");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("secret-token").contains("api.freshbooks.com.evil.test");
    }

    @Test
    void should_say_the_token_was_refused_with_exit_4(@TempDir Path data) throws Exception {
        try (SandboxServer s = SandboxServer.builder().dataDir(data).start()) {
            Result r = new CliRunner(home)
                    .env("FRESHBOOKS_API_URL", s.baseUri().toString())
                    .env("FRESHBOOKS_TOKEN", "wrong-token")
                    .run("client", "list");

            assertThat(r.exitCode()).isEqualTo(4);
            assertThat(r.err())
                    .contains("FreshBooks did not accept the credentials")
                    .doesNotContain("wrong-token");
        }
    }
}
