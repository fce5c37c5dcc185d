package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code --parser auto}: the rules parser first; the LLM tier only when the rules frame is
 * {@code unknown} or less sure than {@link #THRESHOLD}. The frame says which parser produced it.
 *
 * <ul>
 *   <li>The LLM's frame wins when it names an intent.
 *   <li>When the LLM answers {@code unknown} but the rules had an unsure reading, the rules' reading
 *       stays (the CLI then asks "is that right?").
 *   <li>When the LLM tier cannot be made (no API key) or fails (time-out, 429, a bad answer twice),
 *       {@code notices} hears why and the rules frame stays.
 * </ul>
 *
 * The LLM parser is made on first need ({@code llm} is only called then), so phrases the rules
 * read confidently never touch it.
 */
public final class AutoIntentParser implements IntentParser {
    /** Below this, a rules frame is handed to the LLM. */
    public static final double THRESHOLD = 0.8;

    private final IntentParser rules;
    private final Supplier<LlmIntentParser> llm;
    private final Consumer<String> notices;
    private LlmIntentParser made;
    private String cannotMake;

    public AutoIntentParser(IntentParser rules, Supplier<LlmIntentParser> llm, Consumer<String> notices) {
        this.rules = Objects.requireNonNull(rules);
        this.llm = Objects.requireNonNull(llm);
        this.notices = notices == null ? s -> {} : notices;
    }

    @Override
    public Frame parse(String input, ParseContext ctx) {
        Frame r = rules.parse(input, ctx);
        if (!r.isUnknown() && r.confidence() >= THRESHOLD) {
            return r;
        }
        if (input == null || input.isBlank()) {
            return r;
        }
        LlmIntentParser p = llm();
        if (p == null) {
            return r;
        }
        LlmIntentParser.Outcome o = p.attempt(input, ctx);
        if (!o.ok()) {
            notices.accept(o.failure() + "; using the offline reading");
            return r;
        }
        Frame l = o.frame();
        if (l.isUnknown() && !r.isUnknown()) {
            return r;
        }
        return l;
    }

    private synchronized LlmIntentParser llm() {
        if (made != null) {
            return made;
        }
        if (cannotMake != null) {
            return null; // said once already
        }
        try {
            made = llm.get();
            return made;
        } catch (RuntimeException e) {
            cannotMake = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            notices.accept(cannotMake + "; using the offline reading");
            return null;
        }
    }
}
