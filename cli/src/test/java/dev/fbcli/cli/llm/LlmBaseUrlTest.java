package dev.fbcli.cli.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 3: a remote LLM is reached over https only, or the key and the account's names travel in clear. */
class LlmBaseUrlTest {
    @TempDir
    Path home;

    @Test
    void should_refuse_plain_http_to_another_machine_before_anything_is_sent() {
        CliRunner.Result r = new CliRunner(home)
                .env("FB_LLM_PROVIDER", "openai")
                .env("FB_LLM_BASE_URL", "http://llm.example.com/v1")
                .env("OPENAI_API_KEY", "sk-test")
                .run("--parser", "llm", "parse", "log 3 hours on Acme");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains("FB_LLM_BASE_URL is plain http:// to another machine")
                .contains("use https://, or http:// only to this machine");
    }
}
