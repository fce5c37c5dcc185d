package dev.fbcli.cli.repl;

import dev.fbcli.cli.Main;
import dev.fbcli.cli.ShellWords;
import java.util.List;
import picocli.CommandLine;

/**
 * How a line typed at the {@code fb>} prompt or written in a batch file becomes arguments: a line
 * that starts with a command (or an option) is split like a shell splits it and routed like
 * {@code fb}'s own arguments; any other line is a phrase, kept as typed, so "log 2h on O'Brien's
 * site" needs no quoting and {@code $500} stays {@code $500}. A leading {@code fb} is dropped.
 */
public final class Lines {
    private Lines() {}

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
        List<String> words = ShellWords.split(text);
        return Main.route(cl, words.toArray(String[]::new));
    }
}
