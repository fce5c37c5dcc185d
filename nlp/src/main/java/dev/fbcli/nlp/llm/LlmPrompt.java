package dev.fbcli.nlp.llm;

/**
 * What is sent to the model for one phrase: the instructions (system message), the phrase (user
 * message), and on a second try a short note on what was wrong with the first answer (sent as a
 * second user message after the model's first answer). Exactly this text is what leaves the
 * machine; docs/llm.md shows an example.
 */
public record LlmPrompt(String system, String user, String previousAnswer, String correction) {
    public LlmPrompt {
        if (system == null || user == null) {
            throw new IllegalArgumentException("a prompt has a system and a user message");
        }
    }

    public static LlmPrompt of(String system, String user) {
        return new LlmPrompt(system, user, null, null);
    }

    /** The same prompt, with the model's previous answer and what was wrong with it. */
    public LlmPrompt retry(String previous, String whatWasWrong) {
        return new LlmPrompt(system, user, previous, whatWasWrong);
    }

    public boolean isRetry() {
        return correction != null;
    }
}
