package dev.fbcli.nlp.llm;

import dev.fbcli.nlp.parse.AccountNames;
import dev.fbcli.nlp.parse.LlmIntentParser;
import dev.fbcli.nlp.parse.ParseContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** What the provider tests share: the day, the account's names, and a parser on a real client. */
final class LlmTestSupport {
    static final ParseContext CTX = new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("America/Toronto"));
    static final AccountNames NAMES = new AccountNames(
            List.of("Acme Corp", "Globex Inc", "Stark Industries"),
            List.of("Website Redesign", "Admin"),
            List.of("Design", "Consulting", "Development"),
            List.of("Travel", "Office Supplies", "Meals"));
    static final String KEY = "sk-test-0123456789abcdefsecret";

    private LlmTestSupport() {}

    /** The parser with the real LangChain4j client of {@code config}; notices and pauses recorded. */
    static LlmIntentParser parser(LlmConfig config, AccountNames names, List<String> notices, List<Long> pauses) {
        return new LlmIntentParser(
                LangChainFrameModel.create(config), config.output(), () -> names, notices::add, pauses::add);
    }
}
