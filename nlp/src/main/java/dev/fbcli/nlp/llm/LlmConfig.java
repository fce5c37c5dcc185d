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
        if (baseUrl.startsWith("http://") && !loopback(baseUrl)) {
            // the API key and the account's names would travel in clear
            throw new IllegalArgumentException("the LLM base URL must be https:// (plain http:// only to this"
                    + " machine: localhost, 127.0.0.1, [::1]): " + baseUrl);
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

    /** Whether an http:// URL goes to this machine only (localhost, 127.0.0.0/8, [::1]). */
    public static boolean loopback(String url) {
        String rest = url.substring(url.indexOf("://") + 3);
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int at = rest.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String authority = rest.substring(0, end);
        if (authority.contains("@")) {
            authority = authority.substring(authority.lastIndexOf('@') + 1);
        }
        String host;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            host = close < 0 ? authority : authority.substring(1, close);
        } else {
            int colon = authority.indexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
        }
        host = host.toLowerCase(java.util.Locale.ROOT);
        return host.equals("localhost") || host.equals("::1") || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
