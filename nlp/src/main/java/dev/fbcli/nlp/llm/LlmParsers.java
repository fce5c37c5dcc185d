package dev.fbcli.nlp.llm;

import dev.fbcli.nlp.parse.AccountNames;
import dev.fbcli.nlp.parse.LlmIntentParser;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Makes the LLM parser from a config. The one entry point the CLI calls, and only when a provider
 * is configured: nothing of LangChain4j is loaded before (the classes that use it are reached only
 * through here).
 */
public final class LlmParsers {
    private LlmParsers() {}

    /**
     * @param config provider, model, base URL, time limit, output mode and key
     * @param names the account's names for each prompt
     * @param notices where failures are told
     * @throws IllegalArgumentException when the provider's client refuses the config (for example a
     *     provider that needs a key and has none)
     */
    public static LlmIntentParser create(LlmConfig config, Supplier<AccountNames> names, Consumer<String> notices) {
        if (config.apiKey() == null && !config.provider().keyOptional(config.baseUrl())) {
            throw new IllegalArgumentException(
                    "no API key for " + config.provider().id());
        }
        return new LlmIntentParser(
                LangChainFrameModel.create(config), config.output(), names, notices, LlmIntentParser.SLEEP);
    }
}
