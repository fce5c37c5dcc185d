package dev.fbcli.cli.repl;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.ErrorHandler;
import dev.fbcli.cli.GlobalOptions;
import dev.fbcli.cli.Main;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.session.Session;
import dev.fbcli.completions.CandidateSource;
import dev.fbcli.completions.jline.FbCompleter;
import dev.fbcli.completions.jline.FbLineParser;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import picocli.CommandLine;

/**
 * The interactive shell ({@code fb} alone on a terminal, or {@code fb shell}): one session (one
 * account, one in-process sandbox) for every line; a line is a command (without {@code fb}) or a
 * phrase, with the same plan cards and questions as one-shot mode, asked through this shell's line
 * reader. Ctrl-C clears the line (or cancels the plan being asked about), Ctrl-D leaves with 0, an
 * error prints the same one line as the CLI and the shell goes on.
 */
public final class Repl {
    static final List<String> OWN_WORDS = List.of("help", "exit", "quit");

    private final AppContext ctx;
    private final Terminal terminal;
    private final PrintWriter err;

    public Repl(AppContext ctx, Terminal terminal) {
        this.ctx = ctx;
        this.terminal = terminal;
        this.err = ctx.err();
    }

    /** Runs until Ctrl-D or {@code exit}; returns the exit code (0). */
    public int run() {
        Session session = ctx.session();
        GlobalOptions base = ctx.options().copy();
        CommandLine cl = new Main(ctx).commandLine();
        Path historyFile = ctx.paths().state().resolve("history");
        java.util.Optional<String> historyProblem = HistoryFile.prepare(historyFile);
        historyProblem.ifPresent(problem -> {
            err.println(problem);
            err.flush();
        });
        if (!ctx.options().debug) {
            // JLine reports a failed save with a stack trace; the problem was said once above
            java.util.logging.Logger.getLogger("org.jline").setLevel(java.util.logging.Level.OFF);
        }
        Account account = open(session);
        CandidateSource names =
                account == null ? (kind, prefix) -> List.of() : CandidateSource.fromCache(account.cacheDir());
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("fb")
                .parser(new FbLineParser(w -> cl.getSubcommands().containsKey(w) || w.startsWith("-")))
                .completer(new FbCompleter(cl.getCommandSpec(), names, OWN_WORDS))
                .history(new DefaultHistory())
                .variable(LineReader.HISTORY_FILE, historyProblem.isEmpty() ? historyFile : null)
                .variable(LineReader.DISABLE_HISTORY, true) // lines are added by hand: never a secret, never an answer
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // "!" is text, not history
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .build();
        session.usePrompter(new JLinePrompter(reader, err));
        session.useLineRunner(line -> runNested(line, base));
        String prompt = prompt(account);
        err.println("fb shell"
                + (account == null
                        ? ""
                        : " on "
                                + dev.fbcli.cli.render.Safe.text(
                                        account.business().name()) + (account.isSandbox() ? " (the demo sandbox)" : ""))
                + ": say what you want or type a command; `help` shows examples, Ctrl-D leaves.");
        err.flush();
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt);
            } catch (UserInterruptException e) {
                continue; // Ctrl-C: the line is cleared
            } catch (EndOfFileException e) {
                err.println();
                err.flush();
                return 0;
            }
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (HistoryFilter.keep(text)) {
                reader.setVariable(LineReader.DISABLE_HISTORY, false);
                try {
                    reader.getHistory().add(text);
                } catch (RuntimeException e) {
                    // a history that cannot be written only costs convenience
                } finally {
                    reader.setVariable(LineReader.DISABLE_HISTORY, true);
                }
            }
            String word = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            if (word.equals("exit") || word.equals("quit")) {
                return 0;
            }
            if (text.equalsIgnoreCase("help") || text.equals("?")) {
                help();
                continue;
            }
            if (word.equals("shell")) {
                err.println("fb: you are in the shell already");
                continue;
            }
            lineOptions(base);
            try {
                cl.execute(Lines.args(cl, text));
            } catch (RuntimeException e) {
                new ErrorHandler(ctx).report(e);
            }
            ctx.out().flush();
            err.flush();
        }
    }

    /** An edited plan ("e" at Go ahead?) runs on a fresh command tree: the shell's is busy. */
    private int runNested(String line, GlobalOptions base) {
        CommandLine cl = new Main(ctx).commandLine();
        return cl.execute(Lines.args(cl, line));
    }

    private Account open(Session session) {
        try {
            Account a = session.account();
            a.business();
            session.names().cache(); // names for TAB, fetched now rather than on a TAB press
            return a;
        } catch (CliException e) {
            new ErrorHandler(ctx).report(e);
            return null;
        }
    }

    static String prompt(Account account) {
        if (account == null) {
            return "fb> ";
        }
        String name = account.business().name();
        return (name == null || name.isBlank() ? "fb" : name) + (account.isSandbox() ? " [sandbox]" : "") + "> ";
    }

    /** The shell's help examples: a line as typed at the prompt, and what it shows. */
    private static final List<String[]> EXAMPLES = List.of(
            new String[] {"log 3 hours of design on Acme", "a phrase: shown as a plan, then confirmed"},
            new String[] {"show unpaid invoices over 30 days old", "reads run at once"},
            new String[] {"invoice Globex $1,200 for the audit, net 30", "no quotes needed here, $ is just $"},
            new String[] {"what does Umbrella owe me", "a name that fits several: you pick by number"},
            new String[] {"time report --month --by client", "a command, as on the command line"},
            new String[] {"undo", "reverse the last change (undo --list shows them)"},
            new String[] {"help invoice", "the options of a command"});

    /** The lines of the shell's help examples, as typed (a test runs each one against the sandbox). */
    public static List<String> helpExamples() {
        return EXAMPLES.stream().map(e -> e[0]).toList();
    }

    private void help() {
        PrintWriter out = ctx.out();
        out.println("Say what you want in plain words, or type a command without `fb`. For example:");
        for (String[] e : EXAMPLES) {
            out.println(String.format(Locale.ROOT, "  %-43s %s", e[0], e[1]));
        }
        out.println("TAB completes commands, options and the names of clients, projects, services and categories");
        out.println("(from the local cache; `sync` refreshes it). Up and down walk the history. At a question,");
        out.println("Ctrl-C cancels the plan and nothing is changed; at the prompt it clears the line.");
        out.println("Ctrl-D or `exit` leaves.");
        out.flush();
    }

    /** Options given when the shell started hold for every line; a line's own options only for that line. */
    private void lineOptions(GlobalOptions base) {
        ctx.useOptions(base.copy());
    }
}
