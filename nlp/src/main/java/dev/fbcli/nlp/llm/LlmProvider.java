package dev.fbcli.nlp.llm;

import java.util.List;
import java.util.Locale;

/**
 * The LLM providers {@code fb} can ask. {@link #OPENAI} also covers every server that speaks the
 * OpenAI chat-completions protocol (Ollama's {@code /v1}, LM Studio, vLLM, llama.cpp's server):
 * give its base URL. {@link #OLLAMA} is the same protocol with Ollama's local address as the
 * default base URL and no key needed.
 */
public enum LlmProvider {
    OPENAI("openai", "gpt-4.1-mini", "https://api.openai.com/v1", List.of("OPENAI_API_KEY"), OutputMode.SCHEMA),
    OLLAMA("ollama", "llama3.2", "http://localhost:11434/v1", List.of(), OutputMode.SCHEMA),
    ANTHROPIC(
            "anthropic",
            "claude-haiku-4-5",
            "https://api.anthropic.com/v1",
            List.of("ANTHROPIC_API_KEY"),
            OutputMode.TOOL),
    GEMINI(
            "gemini",
            "gemini-2.5-flash",
            "https://generativelanguage.googleapis.com/v1beta",
            List.of("GEMINI_API_KEY", "GOOGLE_API_KEY"),
            OutputMode.SCHEMA);

    private final String id;
    private final String defaultModel;
    private final String defaultBaseUrl;
    private final List<String> keyEnvVars;
    private final OutputMode defaultOutput;

    LlmProvider(
            String id, String defaultModel, String defaultBaseUrl, List<String> keyEnvVars, OutputMode defaultOutput) {
        this.id = id;
        this.defaultModel = defaultModel;
        this.defaultBaseUrl = defaultBaseUrl;
        this.keyEnvVars = keyEnvVars;
        this.defaultOutput = defaultOutput;
    }

    /** The name in config and the credential key {@code llm/<id>}: {@code openai}. */
    public String id() {
        return id;
    }

    public String defaultModel() {
        return defaultModel;
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    /** The environment variables that usually hold this provider's API key, first wins. */
    public List<String> keyEnvVars() {
        return keyEnvVars;
    }

    /** How structured output is asked for by default: a JSON schema, or a tool the model must call. */
    public OutputMode defaultOutput() {
        return defaultOutput;
    }

    /** Whether a request without an API key makes sense (a local server). */
    public boolean keyOptional(String baseUrl) {
        if (this == OLLAMA) {
            return true;
        }
        return this == OPENAI
                && baseUrl != null
                && !baseUrl.isBlank()
                && !baseUrl.strip().startsWith(defaultBaseUrl);
    }

    /** The provider named {@code name} (any case; {@code google} is Gemini), or null. */
    public static LlmProvider fromId(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("google") || n.equals("google-ai-gemini")) {
            return GEMINI;
        }
        if (n.equals("openai-compatible")) {
            return OPENAI;
        }
        for (LlmProvider p : values()) {
            if (p.id.equals(n)) {
                return p;
            }
        }
        return null;
    }

    /** The names {@link #fromId} accepts, for messages. */
    public static String names() {
        return "openai, ollama, anthropic, gemini";
    }
}
