package dev.fbcli.cli.llm;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.session.Session;
import dev.fbcli.nlp.llm.LlmConfig;
import dev.fbcli.nlp.llm.LlmParsers;
import dev.fbcli.nlp.parse.AccountNames;
import dev.fbcli.nlp.parse.LlmIntentParser;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one place the CLI reaches into the LLM tier: a separate class, so that {@link Session} and
 * everything on the common path hold no reference that could load LangChain4j (verified with
 * {@code -verbose:class} in {@code LlmClassLoadingIT}).
 */
public final class LlmTier {
    private LlmTier() {}

    public static LlmIntentParser create(LlmConfig config, Supplier<AccountNames> names, Consumer<String> notices) {
        try {
            return LlmParsers.create(config, names, notices);
        } catch (IllegalArgumentException e) {
            throw new CliException.Usage(
                    "the LLM settings are not usable: " + e.getMessage(), "see " + LlmSettings.DOCS);
        }
    }
}
