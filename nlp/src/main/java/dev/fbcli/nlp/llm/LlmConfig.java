package dev.fbcli.nlp.llm;

import java.time.Duration;

/**
 * Everything needed to reach one model: the provider, the model name, the base URL, the request
 * time limit, how structured output is asked for, and the API key (null for a local server that
 * needs none). {@link #toString()} never shows the key.
 */
public record LlmConfig(
        LlmProvider provider, String model, String baseUrl, Duration timeout, OutputMode output, String apiKey) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public LlmConfig {
        if (provider == null) {
            throw new IllegalArgumentException("an LLM provider is required");
        }
        model = model == null || model.isBlank() ? provider.defaultModel() : model.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? provider.defaultBaseUrl() : baseUrl.strip();
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("the LLM base URL must start with http:// or https://: " + baseUrl);
        }
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the LLM timeout must be positive");
        }
        output = output == null ? provider.defaultOutput() : output;
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    /** A config for {@code provider} with its defaults and {@code apiKey}. */
    public static LlmConfig of(LlmProvider provider, String apiKey) {
        return new LlmConfig(provider, null, null, null, null, apiKey);
    }

    public LlmConfig withApiKey(String key) {
        return new LlmConfig(provider, model, baseUrl, timeout, output, key);
    }

    @Override
    public String toString() {
        return "LlmConfig[provider=" + provider.id() + ", model=" + model + ", baseUrl=" + baseUrl + ", timeout="
                + timeout + ", output=" + output.id() + ", apiKey=" + (apiKey == null ? "none" : "(set)") + "]";
    }
}
