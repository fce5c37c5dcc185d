package dev.fbcli.nlp.llm;

/**
 * The port between the LLM parser and a model: the prompt in, the model's frame JSON out (as
 * text, exactly as the model wrote it; the parser reads and checks it). {@link LangChainFrameModel}
 * is the real one; implementations never retry on their own, the parser decides.
 */
public interface FrameModel {
    /**
     * Asks the model once.
     *
     * @throws LlmException for every failure (time limit, 429, 5xx, authentication, no answer),
     *     never with a secret or a prompt in its message
     */
    String propose(LlmPrompt prompt);

    /** For messages: "openai gpt-4.1-mini". */
    String describe();
}
