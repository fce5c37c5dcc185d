package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.llm.FrameModel;
import dev.fbcli.nlp.llm.LlmException;
import dev.fbcli.nlp.llm.LlmPrompt;
import dev.fbcli.nlp.llm.OffSchemaException;
import dev.fbcli.nlp.llm.OutputMode;
import dev.fbcli.nlp.llm.Prompts;
import dev.fbcli.nlp.llm.ProposalReader;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The LLM tier: asks a model ({@link FrameModel}) for the frame of a phrase, then reads and checks
 * its answer exactly like the rules parser's output ({@link ProposalReader}: extractors, grounding
 * in the phrase, {@link Frame} validation, {@link IntentMapper}). The frame's parser is {@code llm}.
 * The model only proposes: the CLI shows the same plan and asks the same confirmation.
 *
 * <p>Failures: a 429, a 5xx, an empty answer or an answer that is not a valid frame get one more
 * try (after a pause for 429/5xx; with a note saying what was wrong for a bad answer). A time-out
 * is not tried again: the user has already waited the whole time limit. Authentication, 404,
 * other 4xx and connection failures are not tried again either. After that the phrase is not
 * understood ({@link #parse} gives {@code unknown}, {@link #attempt} says why); nothing is thrown.
 *
 * <p>The empty phrase and phrases over {@link RuleBasedIntentParser#MAX_INPUT} characters are
 * {@code unknown} without calling the model. The last successful answer is remembered, so the
 * CLI's second reading of the same phrase on the same day (after the account's time zone is known)
 * costs no second call.
 */
public final class LlmIntentParser implements IntentParser {
    /** How the parser pauses before its second try; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /** The real pause. */
    public static final Sleeper SLEEP = Thread::sleep;

    /** A frame, or why there is none (one sentence, no secret). */
    public record Outcome(Frame frame, String failure) {
        public boolean ok() {
            return frame != null;
        }
    }

    private final FrameModel model;
    private final OutputMode mode;
    private final Supplier<AccountNames> names;
    private final Consumer<String> notices;
    private final Sleeper sleeper;
    private String lastKey;
    private Frame lastFrame;

    /**
     * @param model the model to ask
     * @param mode how the prompt asks for the answer's form (must match the model's)
     * @param names the account's names for the prompt, read at each parse (never throws: a failure
     *     means no names)
     * @param notices where {@link #parse} says why it has no frame (stderr in the CLI)
     * @param sleeper the pause before a second try
     */
    public LlmIntentParser(
            FrameModel model,
            OutputMode mode,
            Supplier<AccountNames> names,
            Consumer<String> notices,
            Sleeper sleeper) {
        this.model = Objects.requireNonNull(model);
        this.mode = Objects.requireNonNull(mode);
        this.names = names == null ? AccountNames::none : names;
        this.notices = notices == null ? s -> {} : notices;
        this.sleeper = sleeper == null ? SLEEP : sleeper;
    }

    /** "openai gpt-4.1-mini". */
    public String describe() {
        return model.describe();
    }

    @Override
    public Frame parse(String input, ParseContext ctx) {
        Outcome o = attempt(input, ctx);
        if (o.ok()) {
            return o.frame();
        }
        notices.accept(o.failure());
        return Frame.unknown(input == null ? "" : input, 0.0, "llm");
    }

    /** The model's frame for {@code input}, or why there is none. Never throws. */
    public Outcome attempt(String input, ParseContext ctx) {
        if (ctx == null) {
            throw new IllegalArgumentException("a parse context is required");
        }
        String in = input == null ? "" : input;
        String text = in.strip();
        if (text.isEmpty()) {
            return new Outcome(Frame.unknown(in, 1.0, "llm"), null);
        }
        if (text.length() > RuleBasedIntentParser.MAX_INPUT) {
            return new Outcome(Frame.unknown(in, 0.9, "llm"), null);
        }
        AccountNames account = names();
        String key = in + '\u0000' + ctx.today() + '\u0000' + account;
        synchronized (this) {
            if (key.equals(lastKey)) {
                return new Outcome(lastFrame, null);
            }
        }
        LlmPrompt first = Prompts.of(text, ctx, account, mode);
        LlmPrompt prompt = first;
        String failure = null;
        for (int attempt = 1; attempt <= 2; attempt++) {
            boolean last = attempt == 2;
            String answer;
            try {
                answer = model.propose(prompt);
            } catch (LlmException e) {
                failure = e.getMessage();
                if (last || !e.kind().retriable()) {
                    break;
                }
                pause(e.kind());
                continue;
            } catch (OffSchemaException e) {
                failure = model.describe() + "'s answer was not a valid frame: " + e.getMessage();
                if (last) {
                    break;
                }
                prompt = first.retry(null, Prompts.correction(e.getMessage()));
                continue;
            } catch (RuntimeException e) {
                failure = model.describe() + " failed (" + e.getClass().getSimpleName() + ")";
                break;
            }
            try {
                Frame f = ProposalReader.read(answer, in, ctx, account);
                synchronized (this) {
                    lastKey = key;
                    lastFrame = f;
                }
                return new Outcome(f, null);
            } catch (OffSchemaException e) {
                failure = model.describe() + "'s answer was not a valid frame: " + e.getMessage();
                if (last) {
                    break;
                }
                prompt = first.retry(answer, Prompts.correction(e.getMessage()));
            } catch (RuntimeException bug) {
                failure = "the answer of " + model.describe() + " could not be read ("
                        + bug.getClass().getSimpleName() + ")";
                break;
            }
        }
        return new Outcome(null, failure);
    }

    private AccountNames names() {
        try {
            AccountNames n = names.get();
            return n == null ? AccountNames.none() : n;
        } catch (RuntimeException e) {
            return AccountNames.none();
        }
    }

    private void pause(LlmException.Kind kind) {
        try {
            sleeper.sleep(kind == LlmException.Kind.RATE_LIMITED ? 2000 : kind == LlmException.Kind.SERVER ? 1000 : 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
