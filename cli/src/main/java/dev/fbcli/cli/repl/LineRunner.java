package dev.fbcli.cli.repl;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.Main;
import dev.fbcli.cli.exec.Session;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs one line as {@code fb} would run the same words on a command line: a line that starts with
 * a command is split like a shell splits it and routed by {@link Main#route}; any other line is a
 * phrase, as typed (so "O'Brien" needs no quoting). Used by the REPL, and by the plan card's
 * "e(dit)" answer in every mode.
 */
public final class LineRunner implements Session.LineRunner {
    private final AppContext ctx;

    public LineRunner(AppContext ctx) {
        this.ctx = ctx;
    }

    /** Runs {@code line} on a fresh command tree (it may be running inside another command); returns the exit code. */
    @Override
    public int run(String line) {
        CommandLine cl = new Main(ctx).commandLine();
        return cl.execute(args(cl, line));
    }

    /**
     * The routed arguments of {@code line}: a phrase becomes {@code ask <line>}; a command line is
     * split into words (a leading {@code fb} is dropped) and routed like {@code fb}'s own arguments.
     */
    public static String[] args(CommandLine cl, String line) {
        String text = line.strip();
        if (text.equals("fb")) {
            return new String[0];
        }
        if (text.startsWith("fb ") || text.startsWith("fb\t")) {
            text = text.substring(3).strip();
        }
        String first = text.split("\\s+", 2)[0];
        boolean command = first.startsWith("-") || cl.getSubcommands().containsKey(first);
        if (!command) {
            return new String[] {"ask", text};
        }
        List<String> words;
        try {
            words = ShellWords.split(text);
        } catch (IllegalArgumentException e) {
            return new String[] {"ask", text}; // "invoice O'Brien $500": words, not a command line
        }
        return Main.route(cl, words.toArray(String[]::new));
    }
}
