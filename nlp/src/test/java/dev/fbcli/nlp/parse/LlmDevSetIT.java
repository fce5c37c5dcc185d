package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fbcli.nlp.llm.LlmConfig;
import dev.fbcli.nlp.llm.LlmParsers;
import dev.fbcli.nlp.llm.LlmProvider;
import dev.fbcli.nlp.llm.OutputMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Opt-in: runs ../shared/nlp/dev.jsonl (the copy in {@code src/test/resources/nlp/}) through the
 * LLM parser alone against a real provider, scores it like {@code PhraseSetsTest}, prints the frame
 * accuracy and writes it to {@code target/llm-dev-accuracy.md}.
 *
 * <p>Runs only with {@code FB_IT_LLM=1} and a provider: {@code FB_LLM_PROVIDER} (default openai),
 * {@code FB_LLM_MODEL}, {@code FB_LLM_BASE_URL}, {@code FB_LLM_OUTPUT}, {@code FB_LLM_TIMEOUT}
 * (seconds), and the provider's usual key variable (OPENAI_API_KEY, ANTHROPIC_API_KEY,
 * GEMINI_API_KEY or GOOGLE_API_KEY; none for ollama). Skipped otherwise, saying why. The account
 * names in the prompt are the demo account's.
 */
class LlmDevSetIT {
    static final AccountNames DEMO = new AccountNames(
            List.of(
                    "Acme Corp",
                    "Globex Inc",
                    "Initech",
                    "Umbrella Corp",
                    "Umbrella Health",
                    "Stark Industries",
                    "Wayne Enterprises",
                    "Tyrell Corporation"),
            List.of("Website Redesign", "Apollo", "Mobile App", "Data Migration", "Admin", "Security Review"),
            List.of(
                    "Design",
                    "Development",
                    "Consulting",
                    "Research",
                    "Meetings",
                    "QA Testing",
                    "Training",
                    "Support",
                    "Copywriting",
                    "Admin"),
            List.of(
                    "Advertising",
                    "Meals and Entertainment",
                    "Office Supplies",
                    "Software",
                    "Travel",
                    "Airfare",
                    "Hotel/Lodging",
                    "Equipment",
                    "Shipping"));

    @Test
    void should_report_the_frame_accuracy_of_the_llm_parser_on_the_dev_set() throws IOException {
        Map<String, String> env = System.getenv();
        assumeTrue(
                "1".equals(env.get("FB_IT_LLM")), "set FB_IT_LLM=1 (and a provider's key) to run against a real LLM");
        LlmProvider provider = LlmProvider.fromId(env.getOrDefault("FB_LLM_PROVIDER", "openai"));
        assumeTrue(provider != null, "FB_LLM_PROVIDER is not one of " + LlmProvider.names());
        String key = null;
        for (String v : provider.keyEnvVars()) {
            if (key == null && env.get(v) != null && !env.get(v).isBlank()) {
                key = env.get(v);
            }
        }
        String base = env.get("FB_LLM_BASE_URL");
        assumeTrue(
                key != null || provider.keyOptional(base),
                "no API key for " + provider.id() + ": set " + String.join(" or ", provider.keyEnvVars()));
        String timeout = env.get("FB_LLM_TIMEOUT");
        LlmConfig config = new LlmConfig(
                provider,
                env.get("FB_LLM_MODEL"),
                base,
                timeout == null ? Duration.ofSeconds(60) : Duration.ofSeconds(Long.parseLong(timeout)),
                OutputMode.fromId(env.get("FB_LLM_OUTPUT")),
                key);
        List<String> notices = new ArrayList<>();
        LlmIntentParser llm = LlmParsers.create(config, () -> DEMO, notices::add);

        // when
        Scorer.Result r = Scorer.run(llm, Scorer.load("/nlp/dev.jsonl"), LocalDate.parse("2026-11-24"));

        // then
        String report = "# LLM parser on dev.jsonl\n\n" + config + "\n\n" + r.summary() + "\n\nfailed calls: "
                + notices.size() + "\n\n"
                + r.failures().stream().map(Object::toString).collect(Collectors.joining("\n"))
                + "\n";
        Files.writeString(Path.of("target", "llm-dev-accuracy.md"), report);
        System.out.println(report);
        assertThat(notices).as("calls that failed").hasSizeLessThan(r.n() / 10 + 1);
        assertThat(r.accuracy()).as(r.summary()).isGreaterThanOrEqualTo(0.6);
    }
}
