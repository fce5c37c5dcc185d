package dev.fbcli.cli.batch;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.GlobalFlags;
import dev.fbcli.cli.Main;
import dev.fbcli.cli.command.FlagValues;
import dev.fbcli.cli.pipeline.Pipeline;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.repl.Lines;
import dev.fbcli.cli.session.Session;
import dev.fbcli.nlp.intent.Intent;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Turns one line of a batch file into what it would do, without doing it: the line runs through
 * the same routing and commands as on the command line, with the pipeline capturing the plan (or
 * the read's answer) instead of confirming and applying it. Nothing is written; reads are made.
 */
final class LineCheck {
    /** Commands that make no sense inside a batch file (they prompt, start shells, or manage fb itself). */
    private static final Set<String> NOT_IN_BATCH =
            Set.of("shell", "batch", "undo", "auth", "config", "sync", "sandbox", "parse", "completion", "help");

    private final AppContext ctx;
    private final Session session;
    private final CommandLine cl;
    private Exception error;

    LineCheck(AppContext ctx) {
        this.ctx = ctx;
        this.session = ctx.session();
        this.cl = new Main(ctx).commandLine();
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        cl.setOut(quiet);
        cl.setErr(quiet);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            error = ex;
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            error = ex;
            return 2;
        });
    }

    /** What a line would do: a plan, a read's answer, or the problem with it. */
    record Prepared(Intent intent, Plan plan, View view, CliException problem) {
        boolean ok() {
            return problem == null;
        }
    }

    /** Checks {@code text} (a line of the file, or a follow-up command); never writes. */
    Prepared prepare(String text) {
        String[] args;
        try {
            args = Lines.args(cl, text);
        } catch (RuntimeException e) {
            return problem(new CliException.Usage(e.getMessage()));
        }
        CliException refused = refuse(args);
        if (refused != null) {
            return problem(refused);
        }
        Capture c = new Capture();
        Pipeline pipeline = session.pipeline();
        error = null;
        pipeline.capture(c);
        int code;
        try {
            code = cl.execute(args);
        } finally {
            pipeline.capture(null);
        }
        if (error != null) {
            return problem(toCli(error));
        }
        if (c.plan != null) {
            return new Prepared(c.intent, c.plan, null, null);
        }
        if (c.view != null) {
            return new Prepared(c.intent, null, c.view, null);
        }
        return problem(new CliException.Usage(
                code == 0
                        ? "this line does nothing fb can run in a batch (it shows help?)"
                        : "this line failed (exit code " + code + ")"));
    }

    private static Prepared problem(CliException e) {
        return new Prepared(null, null, null, e);
    }

    /**
     * A line may not carry the batch's own options: every global option but {@code --yes} (each line
     * runs with yes anyway), and {@code --help}/{@code --version}; nor a command that makes no sense
     * in a batch.
     */
    private CliException refuse(String[] args) {
        GlobalFlags globals = GlobalFlags.of(cl.getCommandSpec());
        for (String w : args) {
            if (w.equals("ask")) {
                break; // the rest is a phrase
            }
            if (globals.isRootOption(w) && !isYes(w)) {
                String option = globals.name(w);
                return new CliException.Usage(
                        option + " cannot be given on a line",
                        "put it on the command line: fb batch " + option + " FILE");
            }
            if (NOT_IN_BATCH.contains(w) && cl.getSubcommands().containsKey(w)) {
                return new CliException.Usage(
                        "`fb " + w + "` cannot run inside a batch file",
                        "a line is a phrase or a command that logs, creates, sends, records or lists something");
            }
            if (!w.startsWith("-")) {
                break;
            }
        }
        return null;
    }

    private boolean isYes(String w) {
        OptionSpec yes = cl.getCommandSpec().findOption("--yes");
        return yes != null && java.util.Arrays.asList(yes.names()).contains(w);
    }

    static CliException toCli(Throwable e) {
        if (e instanceof CliException c) {
            return c;
        }
        if (e instanceof ParameterException p) {
            CliException refused = FlagValues.problem(p);
            if (refused != null) {
                return refused;
            }
            return new CliException.Usage(
                    p.getMessage(),
                    "see `" + p.getCommandLine().getCommandSpec().qualifiedName() + " --help`");
        }
        if (e instanceof dev.fbcli.freshbooks.FreshBooksException f) {
            return dev.fbcli.cli.ApiErrors.translate(f);
        }
        return new CliException.Failure("unexpected error: " + e, "this is a bug, please report it", e);
    }

    /** True for failures that may pass on their own: the network, 429, 5xx. */
    static boolean passing(CliException e) {
        if (e instanceof CliException.Network) {
            return true;
        }
        return e instanceof CliException.Api a && (a.status() == 429 || a.status() >= 500);
    }

    private static final class Capture implements Pipeline.Capture {
        Intent intent;
        Plan plan;
        View view;

        @Override
        public void intent(Intent i) {
            if (intent == null) {
                intent = i;
            }
        }

        @Override
        public void view(View v) {
            if (view == null && plan == null) {
                view = v;
            }
        }

        @Override
        public void plan(Plan p) {
            if (plan == null && view == null) {
                plan = p;
            }
        }
    }
}
