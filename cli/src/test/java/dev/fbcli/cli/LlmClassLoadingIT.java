package dev.fbcli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The common path stays lean: the packaged {@code fb.jar} is run with {@code -verbose:class}, and
 * no {@code dev.langchain4j} class (nor, for the sandbox, TLS) may be loaded by {@code fb parse} or a
 * sandbox phrase when no LLM provider is configured, nor by a phrase the rules read confidently when one is. A control run
 * with {@code --parser llm} shows the check would see them.
 */
class LlmClassLoadingIT {
    @TempDir
    Path home;

    record Run(int exit, String classes, String err) {
        boolean loadedLangChain4j() {
            return classes.contains(" dev.langchain4j.");
        }
    }

    Run fb(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        Path jar = Path.of("target", "fb.jar").toAbsolutePath();
        assertThat(jar).as("the packaged jar (failsafe runs after package)").exists();
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto",
                "-verbose:class",
                "-jar",
                jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("FB_") || k.endsWith("_API_KEY") || k.equals("FRESHBOOKS_TOKEN"));
        env.put("FB_HOME", home.toString());
        env.put("FB_CREDENTIAL_STORE", "file");
        env.put("NO_COLOR", "1");
        env.putAll(extraEnv);
        Path out = home.resolve("stdout.txt");
        Path err = home.resolve("stderr.txt");
        pb.redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Files.createFile(home.resolve("stdin-" + System.nanoTime()))
                        .toFile()));
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("fb did not finish");
        }
        return new Run(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void should_load_no_langchain4j_class_when_fb_parse_runs_without_a_provider() throws Exception {
        Run r = fb(Map.of(), "parse", "--json", "log 3 hours of design on Acme yesterday");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.classes()).contains("\"parser\":\"rules\"").contains("dev.fbcli.nlp.parse.RuleBasedIntentParser");
        assertThat(r.loadedLangChain4j()).isFalse();
    }

    @Test
    void should_load_no_langchain4j_class_when_sandbox_phrases_run_without_a_provider() throws Exception {
        Run read = fb(Map.of(), "--sandbox", "list all clients");
        Run unknown = fb(Map.of(), "--sandbox", "which of my bills are late");

        assertThat(read.exit()).as(read.err()).isZero();
        assertThat(read.classes()).contains("Acme Corp");
        assertThat(read.loadedLangChain4j()).isFalse();
        // nor TLS: the sandbox is plain HTTP on loopback, and the client sets TLS up on first use only
        assertThat(read.classes())
                .contains(" org.apache.hc.client5.http.impl.classic.")
                .doesNotContain(" sun.security.ssl.");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.loadedLangChain4j()).isFalse();
    }

    @Test
    void should_load_no_langchain4j_class_when_auto_has_a_provider_but_the_rules_are_confident() throws Exception {
        Map<String, String> openai = Map.of(
                "FB_LLM_PROVIDER",
                "openai",
                "FB_LLM_BASE_URL",
                "http://127.0.0.1:9/v1",
                "OPENAI_API_KEY",
                "sk-not-used");

        Run confident = fb(openai, "parse", "--json", "log 3 hours of design on Acme yesterday");
        Run control = fb(openai, "parse", "--json", "--parser", "llm", "which of my bills are late");

        assertThat(confident.exit()).isZero();
        assertThat(confident.loadedLangChain4j()).isFalse();
        // the control: the LLM tier was used (nothing listens on port 9) and the check sees it
        assertThat(control.loadedLangChain4j()).isTrue();
        assertThat(control.err()).contains("openai gpt-4.1-mini: cannot connect to the server");
        assertThat(control.classes()).contains("\"intent\":\"unknown\"").contains("\"parser\":\"llm\"");
    }
}
