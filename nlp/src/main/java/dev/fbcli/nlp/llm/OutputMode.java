package dev.fbcli.nlp.llm;

import java.util.Locale;

/** How the model is made to answer with a frame. */
public enum OutputMode {
    /** A JSON schema the provider enforces (OpenAI {@code response_format: json_schema}, Gemini {@code responseSchema}). */
    SCHEMA,
    /** One tool, {@code record_frame}, whose input is the frame, and the model must call it (Anthropic). */
    TOOL,
    /** No provider feature: the prompt carries the schema and asks for the JSON object alone (any chat server). */
    PROMPT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code schema}, {@code tool} or {@code prompt} (any case), or null. */
    public static OutputMode fromId(String s) {
        if (s == null) {
            return null;
        }
        for (OutputMode m : values()) {
            if (m.id().equals(s.strip().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        return null;
    }
}
