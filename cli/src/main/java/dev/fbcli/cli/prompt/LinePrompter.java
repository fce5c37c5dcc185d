package dev.fbcli.cli.prompt;

import dev.fbcli.cli.CliException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Prompter} over plain lines: stdin for answers, stderr for questions. Used by one-shot
 * commands on a terminal (the REPL has its own, over JLine) and, with scripted input, by tests.
 */
public final class LinePrompter implements Prompter {
    private final BufferedReader in;
    private final PrintWriter err;
    private final Console console;

    /** {@code console} may be null: secrets are then read as plain lines (for example from a pipe). */
    public LinePrompter(InputStream in, PrintWriter err, Console console) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.err = err;
        this.console = console;
    }

    @Override
    public Answer confirm(String question, boolean allowEdit) {
        String choices = allowEdit ? "[Y/n/e]" : "[Y/n]";
        while (true) {
            String a = readLine(question + " " + choices + " ").strip().toLowerCase(Locale.ROOT);
            if (a.isEmpty() || a.equals("y") || a.equals("yes")) {
                return Answer.YES;
            }
            if (a.equals("n") || a.equals("no")) {
                return Answer.NO;
            }
            if (allowEdit && (a.equals("e") || a.equals("edit"))) {
                return Answer.EDIT;
            }
            err.println("  please answer y (yes), n (no)" + (allowEdit ? " or e (edit)" : ""));
        }
    }

    @Override
    public String ask(String question, String defaultValue) {
        while (true) {
            String shown = defaultValue == null ? question + ": " : question + " [" + defaultValue + "]: ";
            String a = readLine(shown).strip();
            if (!a.isEmpty()) {
                return a;
            }
            if (defaultValue != null) {
                return defaultValue;
            }
        }
    }

    @Override
    public int choose(String question, List<String> options) {
        err.println(question);
        for (int i = 0; i < options.size(); i++) {
            err.printf("  %d) %s%n", i + 1, options.get(i));
        }
        while (true) {
            String a = readLine("Choose 1-" + options.size() + ": ").strip();
            try {
                int n = Integer.parseInt(a);
                if (n >= 1 && n <= options.size()) {
                    return n - 1;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the hint
            }
            err.println("  type a number between 1 and " + options.size() + " (Ctrl-C cancels)");
        }
    }

    @Override
    public String askSecret(String question) {
        if (console != null) {
            err.print(question + ": ");
            err.flush();
            char[] chars = console.readPassword();
            if (chars == null) {
                throw new CliException.Cancelled("cancelled: no input");
            }
            return new String(chars).strip();
        }
        return readLine(question + ": ").strip();
    }

    @Override
    public boolean typeToConfirm(String question, String expected) {
        String a = readLine(question + " ").strip();
        return a.equals(expected) || a.replaceFirst("^#", "").equals(expected);
    }

    private String readLine(String prompt) {
        err.print(prompt);
        err.flush();
        try {
            String line = in.readLine();
            if (line == null) {
                err.println();
                throw new CliException.Cancelled("cancelled: the input ended before an answer");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
