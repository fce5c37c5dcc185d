package dev.fbcli.cli.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner;
import dev.fbcli.cli.config.AppPaths;
import dev.fbcli.completions.NameCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --parser rules|llm|auto}, FB_PARSER and the LLM settings, through the real command line. */
class LlmParserOptionTest {
    static final String KEY = "sk-test-cli-0123456789secret";

    @TempDir
    Path home;

    FakeOpenAiServer llm;

    @BeforeEach
    void start() throws Exception {
        llm = new FakeOpenAiServer();
    }

    @AfterEach
    void stop() {
        llm.close();
    }

    /** A command line with the file credential store (no keychain in tests) and no LLM configured. */
    CliRunner fb() {
        return new CliRunner(home).env("FB_CREDENTIAL_STORE", "file");
    }

    /** The same, with OpenAI configured against the local server. */
    CliRunner fbWithLlm() {
        return fb().env("FB_LLM_PROVIDER", "openai")
                .env("FB_LLM_BASE_URL", llm.baseUrl())
                .env("OPENAI_API_KEY", KEY);
    }

    @Test
    void should_fail_clearly_with_exit_2_when_llm_is_asked_for_and_no_provider_is_configured() {
        // when
        CliRunner.Result r = fb().run("parse", "--parser", "llm", "log 3 hours on Acme");

        // then
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .startsWith("fb: no LLM provider is configured; see docs/llm.md\n")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void should_fail_the_same_way_when_fb_parser_says_llm_or_a_phrase_comes_after_the_option() {
        CliRunner.Result env = fb().env("FB_PARSER", "llm").run("parse", "log 3 hours on Acme");
        CliRunner.Result phrase = fb().run("--parser", "llm", "log 3 hours on Acme");
        CliRunner.Result equals = fb().run("--parser=llm", "log", "3", "hours", "on", "Acme");

        assertThat(env.exitCode()).isEqualTo(2);
        assertThat(env.err()).startsWith("fb: no LLM provider is configured; see docs/llm.md");
        assertThat(phrase.exitCode()).isEqualTo(2);
        assertThat(phrase.err()).startsWith("fb: no LLM provider is configured; see docs/llm.md");
        assertThat(equals.err()).startsWith("fb: no LLM provider is configured; see docs/llm.md");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "log 3 hours of design on Acme yesterday",
                "who still hasn't paid me",
                "which of my bills are late",
                "what's the weather in Paris",
                "invoice Acme $500 for the logo",
                ""
            })
    void should_behave_exactly_like_rules_when_auto_has_no_provider(String phrase) {
        CliRunner.Result rules = fb().run("parse", "--json", "--parser", "rules", "--today", "2026-11-24", phrase);
        CliRunner.Result auto = fb().run("parse", "--json", "--parser", "auto", "--today", "2026-11-24", phrase);
        CliRunner.Result none = fb().run("parse", "--json", "--today", "2026-11-24", phrase);

        assertThat(auto).isEqualTo(rules);
        assertThat(none).isEqualTo(rules);
        assertThat(rules.out()).contains("\"parser\":\"rules\"");
    }

    @Test
    void should_reject_an_unknown_parser_name_as_a_usage_error() {
        CliRunner.Result flag = fb().run("parse", "--parser", "gpt", "x");
        CliRunner.Result env = fb().env("FB_PARSER", "gpt").run("parse", "x");
        CliRunner.Result provider = fb().env("FB_LLM_PROVIDER", "skynet").run("parse", "x");

        assertThat(flag.exitCode()).isEqualTo(2);
        assertThat(flag.err()).contains("--parser").contains("rules, llm, auto");
        assertThat(env.exitCode()).isEqualTo(2);
        assertThat(env.err()).startsWith("fb: FB_PARSER is \"gpt\"");
        assertThat(provider.exitCode()).isEqualTo(2);
        assertThat(provider.err()).startsWith("fb: FB_LLM_PROVIDER is \"skynet\", which is not a provider");
    }

    @Test
    void should_read_the_phrase_with_the_llm_and_send_the_cached_names_when_llm_is_chosen() throws Exception {
        // given: the name cache of the default profile, as `fb sync` leaves it
        AppPaths paths = AppPaths.resolve(Map.of("FB_HOME", home.toString()), "Linux", "/nonexistent");
        new NameCache(
                        NameCache.VERSION,
                        770001L,
                        "acc",
                        "Demo",
                        "2026-11-24T00:00:00Z",
                        List.of(NameCache.Entry.of("1", "Acme Corp")),
                        List.of(NameCache.Entry.of("2", "Website Redesign")),
                        List.of(NameCache.Entry.of("3", "Design")),
                        List.of(NameCache.Entry.of("4", "Travel")),
                        List.of())
                .write(paths.cache().resolve("default"));
        llm.answer("{\"intent\":\"invoice.list\",\"status\":\"overdue\",\"confidence\":0.9}");

        // when
        CliRunner.Result r = fbWithLlm()
                .run("parse", "--json", "--parser", "llm", "--today", "2026-11-24", "which of my bills are late");

        // then
        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .isEqualTo("{\"input\":\"which of my bills are late\",\"intent\":\"invoice.list\","
                        + "\"slots\":{\"status\":\"overdue\"},\"missing\":[],\"confidence\":0.9,\"parser\":\"llm\"}\n");
        FakeOpenAiServer.Seen seen = llm.seen().get(0);
        assertThat(seen.authorization()).isEqualTo("Bearer " + KEY);
        assertThat(seen.body().path("messages").get(0).path("content").asText())
                .contains("Today is Tuesday 2026-11-24")
                .contains("{\"clients\":[\"Acme Corp\"],\"projects\":[\"Website Redesign\"],\"services\":[\"Design\"],"
                        + "\"categories\":[\"Travel\"]}");
    }

    @Test
    void should_ask_the_llm_only_when_the_rules_do_not_understand_when_auto_has_a_provider() {
        // given
        llm.answer("{\"intent\":\"invoice.list\",\"status\":\"overdue\"}");

        // when
        CliRunner.Result confident = fbWithLlm().run("parse", "--json", "log 3 hours of design on Acme");
        CliRunner.Result unsure = fbWithLlm().run("parse", "--json", "which of my bills are late");

        // then
        assertThat(confident.out()).contains("\"parser\":\"rules\"");
        assertThat(unsure.out()).contains("\"intent\":\"invoice.list\"").contains("\"parser\":\"llm\"");
        assertThat(llm.seen()).hasSize(1);
    }

    @Test
    void should_say_why_and_keep_the_rules_reading_when_the_llm_fails_in_auto() {
        // given
        llm.tooManyRequests().tooManyRequests();

        // when
        CliRunner.Result r = fbWithLlm().run("parse", "--json", "which of my bills are late");

        // then
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"intent\":\"unknown\"").contains("\"parser\":\"rules\"");
        assertThat(r.err())
                .isEqualTo("fb: openai gpt-4.1-mini refused: too many requests (429); using the offline reading\n");
        assertThat(llm.seen()).hasSize(2);
    }

    @Test
    void should_say_i_did_not_understand_with_exit_2_when_the_llm_fails_in_llm_mode() {
        llm.tooManyRequests().tooManyRequests();

        CliRunner.Result r = fbWithLlm().run("--parser", "llm", "which of my bills are late");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("fb: openai gpt-4.1-mini refused: too many requests (429)\n"
                        + "fb: I did not understand 'which of my bills are late'");
    }

    @Test
    void should_fail_clearly_when_the_provider_needs_a_key_and_none_is_found() {
        CliRunner.Result r = fb().env("FB_LLM_PROVIDER", "anthropic").run("parse", "--parser", "llm", "x");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("fb: no API key for anthropic\n")
                .contains("fb config llm-key anthropic")
                .contains("ANTHROPIC_API_KEY");
    }

    @Test
    void should_store_the_key_from_stdin_and_use_it_without_ever_printing_it() throws Exception {
        // given
        CliRunner.Result stored = fb().stdin(KEY + "\n").run("config", "llm-key", "openai");
        llm.answer("{\"intent\":\"timer.stop\"}");

        // when: no OPENAI_API_KEY in the environment
        CliRunner.Result r = fb().env("FB_LLM_PROVIDER", "openai")
                .env("FB_LLM_BASE_URL", llm.baseUrl())
                .run("parse", "--json", "--parser", "llm", "ok I'm done for now");

        // then
        assertThat(stored.exitCode()).isZero();
        assertThat(stored.out() + stored.err()).doesNotContain(KEY).contains("Stored the openai API key in");
        assertThat(r.out()).contains("\"intent\":\"timer.stop\"");
        assertThat(llm.seen().get(0).authorization()).isEqualTo("Bearer " + KEY);
        assertThat(Files.readString(AppPaths.resolve(Map.of("FB_HOME", home.toString()), "Linux", "/x")
                        .configFile()
                        .resolveSibling("credentials.json")))
                .contains("llm/openai");
    }

    @Test
    void should_run_an_llm_frame_through_the_same_plan_and_dry_run_when_a_sandbox_phrase_is_written() {
        // given
        llm.answer(
                "{\"intent\":\"time.log\",\"duration\":\"a couple of hours\",\"target\":\"Acme\",\"service\":\"design\","
                        + "\"confidence\":0.9}");

        // when
        CliRunner.Result r = fbWithLlm()
                .run("--sandbox", "--dry-run", "--parser", "llm", "put a couple of hours on Acme for design");

        // then: the plan card, the equivalent command, and nothing sent to FreshBooks
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("Log 2h 00m of Design")
                .contains("→ fb time log --duration 2h")
                .contains("dry run: nothing was sent");
        assertThat(r.out()).contains("POST").contains("time_entries");
    }
}
