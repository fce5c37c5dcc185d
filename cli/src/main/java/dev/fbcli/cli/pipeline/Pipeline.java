package dev.fbcli.cli.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fbcli.cli.ApiErrors;
import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.once.Failures;
import dev.fbcli.cli.once.Writes;
import dev.fbcli.cli.prompt.Prompter;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.render.PlanCard;
import dev.fbcli.cli.render.Renderer;
import dev.fbcli.cli.session.Session;
import dev.fbcli.freshbooks.FreshBooksException;
import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.IntentType;
import dev.fbcli.nlp.parse.IntentMapper;
import dev.fbcli.nlp.parse.ParseContext;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Phrase → frame → intent → resolved plan → confirmation → action → result, the one path every
 * way of using {@code fb} goes through (one-shot phrases, structured commands, the REPL, batch
 * files). Reads run at once; writes are shown as a plan and confirmed.
 */
public final class Pipeline {
    /** Below this, the parser is not sure: a person is asked, a script is refused. */
    public static final double CONFIDENT = 0.8;
    /** How often a step is prepared when FreshBooks or the network fails for a moment. */
    static final int PREPARE_ATTEMPTS = 3;

    private static final ObjectMapper JSON = Json.MAPPER;

    private final Session session;
    private final AppContext ctx;
    private Capture capture;
    private Writes writes;

    public Pipeline(Session session) {
        this.session = session;
        this.ctx = session.context();
    }

    /** Parses and runs a phrase. */
    public Result phrase(String text) {
        Frame frame = parse(text);
        if (capture == null
                && !frame.isUnknown()
                && !(frame.confidence() < CONFIDENT && frame.missing().isEmpty())) {
            for (dev.fbcli.nlp.intent.Correction c : frame.corrections()) {
                ctx.err()
                        .println(c.describe()); // "read 'tomorow' as tomorrow" (an unsure reading shows it when asking)
            }
        }
        if (!frame.isUnknown() && !session.hasAccount()) {
            // days are the business' days: open the account, and read again if its zone differs
            java.time.ZoneId before = session.zone();
            session.account();
            if (!session.zone().equals(before)) {
                frame = parse(text);
            }
        }
        Intent intent = toIntent(frame);
        return run(intent, true);
    }

    public Frame parse(String text) {
        dev.fbcli.cli.action.Values.phrase(text); // a minus sign or "Feb 30" is refused, not dropped by a reader
        ParseContext pc = ParseContext.of(ctx.clock(), session.zone()).withNames(session.accountNames());
        return session.parser().parse(text, pc);
    }

    /** The intent of a frame, after asking for missing slots and checking an unsure reading. */
    public Intent toIntent(Frame frame) {
        if (frame.isUnknown()) {
            throw notUnderstood(frame.input(), frame.reason());
        }
        if (frame.confidence() < CONFIDENT && frame.missing().isEmpty()) {
            confirmReading(frame); // a frame with missing slots is clarified by asking for them instead
        }
        Intent intent = IntentMapper.toIntent(frame);
        if (intent instanceof Intent.Clarify c) {
            intent = IntentMapper.toIntent(new SlotPrompts(session, ctx).fill(c.frame()));
        }
        if (intent instanceof Intent.Unsupported u) {
            if (frame.type() != IntentType.UNKNOWN) {
                throw new CliException.Usage("cannot " + frame.type().summary() + ": " + u.reason());
            }
            throw notUnderstood(frame.input());
        }
        return intent;
    }

    private void confirmReading(Frame frame) {
        String reading = frame.describe().strip();
        if (!ctx.canPrompt()) {
            throw new CliException.NotUnderstood(
                    "not sure what you meant (confidence " + frame.confidence() + "); I read: "
                            + reading.lines().findFirst().orElse(""),
                    "rephrase it, or use the command form (`fb --help`); `fb parse '…'` shows how a phrase is read");
        }
        ctx.err().println("I read this as:");
        reading.lines().forEach(l -> ctx.err().println("  " + dev.fbcli.cli.render.Safe.text(l.strip())));
        if (session.prompter().confirm("Is that right?", false) != Prompter.Answer.YES) {
            throw new CliException.Cancelled("cancelled: nothing was changed; try saying it another way");
        }
    }

    /**
     * As {@link #notUnderstood(String)}, but a refusal the parser explained ("fb cannot void an
     * invoice (it can archive or delete one)", "the field 'hours' is negative") says why.
     */
    static CliException notUnderstood(String input, String reason) {
        String text = input == null ? "" : input.strip();
        if (reason == null || reason.isBlank() || reason.startsWith("fb could not read") || text.isEmpty()) {
            return notUnderstood(input);
        }
        return new CliException.NotUnderstood(
                "cannot do '" + abbreviate(text) + "': " + reason,
                "nothing was changed; `fb --help` shows what fb can do");
    }

    static CliException notUnderstood(String input) {
        String text = input == null ? "" : input.strip();
        return new CliException.NotUnderstood(
                text.isEmpty() ? "say what you want to do" : "I did not understand '" + abbreviate(text) + "'",
                "I can log time, run timers, create, send and list invoices, record payments and expenses, and manage"
                        + " clients and projects: try `fb log 2h on Acme` or see `fb --help`");
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /**
     * Hands intents, views and plans to {@code c} instead of printing, confirming and applying them
     * (batch files check every line first, then apply the plans themselves); null turns it off.
     */
    public void capture(Capture c) {
        this.capture = c;
    }

    /** Where {@link #capture} sends what a command line would have shown or done. */
    public interface Capture {
        void intent(Intent intent);

        void view(View view);

        void plan(Plan plan);
    }

    /** Runs an intent: a read at once, a write after its plan is confirmed. */
    public Result run(Intent intent, boolean fromPhrase) {
        return run(intent, fromPhrase, () -> session.actions().prepare(intent));
    }

    /**
     * Runs an intent whose step {@code prepare} makes (a structured command with an option the
     * intent does not carry, such as {@code payment record --credit}).
     */
    public Result run(Intent intent, boolean fromPhrase, Supplier<Step> prepare) {
        if (capture != null) {
            capture.intent(intent);
            Step step = prepare.get();
            if (step instanceof View v) {
                capture.view(v);
            } else if (step instanceof Plan plan) {
                capture.plan(plan);
            }
            return Result.OK;
        }
        boolean dryRun = ctx.options().dryRun;
        String fingerprint = dryRun ? null : writes().fingerprint(intent);
        Step step;
        try {
            step = prepared(prepare);
        } catch (CliException.Usage refused) {
            // "nothing outstanding", "a timer is already running": perhaps because an earlier run's
            // write was done although its answer was lost
            if (fingerprint != null && adoptedEarlier(fingerprint, null) == Result.OK) {
                return Result.OK;
            }
            throw refused;
        }
        if (step instanceof View v) {
            return view(v, fromPhrase);
        } else if (step instanceof Plan plan) {
            return confirmAndApply(plan, fromPhrase, fingerprint);
        }
        throw new AssertionError(step);
    }

    /** The exactly-once write path (docs/undo.md); MCP and batch use the same one. */
    public Writes writes() {
        if (writes == null) {
            writes = new Writes(session);
        }
        return writes;
    }

    /** Prepares a step, again when FreshBooks or the network fails for a moment (preparing only reads). */
    private Step prepared(Supplier<Step> prepare) {
        for (int attempt = 1; ; attempt++) {
            CliException failure;
            try {
                return prepare.get();
            } catch (FreshBooksException e) {
                failure = ApiErrors.translate(e);
            } catch (CliException e) {
                failure = e;
            }
            if (attempt >= PREPARE_ATTEMPTS || !Failures.passing(failure)) {
                throw failure;
            }
            Writes.Pauser.BACKOFF.pause(attempt);
        }
    }

    /**
     * Looks for what an earlier run of the write {@code fingerprint} left open: {@code OK} when its
     * record was found and adopted (and printed), null when the write is to go ahead, with the
     * warning to show on the card (if any) added to {@code warnings}.
     */
    private Result adoptedEarlier(String fingerprint, List<String> warnings) {
        Writes.Earlier earlier = writes().resume(fingerprint);
        if (earlier.adopted() != null) {
            Renderer.applied(ctx, earlier.adopted());
            return Result.OK;
        }
        if (earlier.warning() != null && warnings != null) {
            warnings.add(earlier.warning());
        }
        return null;
    }

    /** Shows a read's answer. */
    public Result view(View v, boolean fromPhrase) {
        if (capture != null) {
            capture.view(v);
            return Result.OK;
        }
        if (fromPhrase && v.command() != null) {
            PlanCard.hint(ctx, v.command());
        }
        Renderer.view(ctx, v);
        return Result.OK;
    }

    /** Shows, confirms and applies a write that a structured command planned. */
    public Result plan(Plan plan) {
        if (capture != null) {
            capture.plan(plan);
            return Result.OK;
        }
        return confirmAndApply(plan, false, null);
    }

    /**
     * Shows, confirms and applies {@code plan}, the write {@code fingerprint} (null: the plan's own);
     * an earlier run of it that lost its answer is looked for first.
     */
    Result confirmAndApply(Plan plan, boolean fromPhrase, String fingerprint) {
        if (ctx.options().csv) {
            throw dev.fbcli.cli.render.Csv.onWrite(plan.command());
        }
        PrintWriter err = ctx.err();
        String fp = fingerprint;
        if (!ctx.options().dryRun) {
            if (fp == null) {
                fp = writes().fingerprint(plan);
            }
            if (fingerprint != null || plan.findable() != null) {
                List<String> warnings = new ArrayList<>(plan.warnings());
                if (adoptedEarlier(fp, warnings) == Result.OK) {
                    return Result.OK;
                }
                plan = plan.withWarnings(warnings);
            }
        }
        PlanCard.print(ctx, plan);
        if (fromPhrase && plan.command() != null) {
            PlanCard.hint(ctx, plan.command());
        }
        if (ctx.options().dryRun) {
            DryRun.show(ctx, plan);
            return Result.OK;
        }
        if (!ctx.options().yes) {
            Result edited = new Confirmation(session).ask(plan);
            if (edited != null) {
                return edited;
            }
        }
        Applied done = writes().apply(plan, fp);
        Renderer.applied(ctx, done);
        if (done.next() != null) {
            try {
                return confirmAndApply(done.next(), false, null);
            } catch (CliException.Cancelled c) {
                err.println(c.getMessage().replace("nothing was changed", "the first step stays done"));
                return Result.OK;
            }
        }
        return Result.OK;
    }

    /**
     * Applies a plan that has been confirmed by an MCP client's second call (or any caller that
     * confirmed it itself), exactly once: an earlier run of the same write that lost its answer is
     * looked for first, and a lost answer now is looked for before anything is sent again
     * ({@link Writes}). Prints nothing and does not go on to {@link Applied#next()}, which is a plan
     * of its own to confirm.
     */
    public Recorded applyConfirmed(Plan plan) {
        String fp = writes().fingerprint(plan);
        if (plan.findable() != null) {
            Writes.Earlier earlier = writes().resume(fp);
            if (earlier.adopted() != null) {
                return new Recorded(earlier.adopted(), earlier.change());
            }
        }
        Writes.Done done = writes().applyRecorded(plan, fp);
        return new Recorded(done.applied(), done.change());
    }

    /** What a confirmed plan did, and its number in the write journal (what {@code fb undo <n>} takes). */
    public record Recorded(Applied applied, long change) {}

    /** How a run ended, when it did not throw. */
    public enum Result {
        OK,
        FAILED
    }
}
