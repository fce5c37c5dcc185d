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

/**
 * A {@link Prompter} over plain lines: stdin for answers, stderr for questions. Used by one-shot
 * commands on a terminal (the REPL has its own, over JLine) and, with scripted input, by tests.
 */
public final class LinePrompter extends LineQuestions {
    private final BufferedReader in;
    private final Console console;

    /** {@code console} may be null: secrets are then read as plain lines (for example from a pipe). */
    public LinePrompter(InputStream in, PrintWriter err, Console console) {
        super(err);
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.console = console;
    }

    @Override
    public String askSecret(String question) {
        if (console != null) {
            err.print(dev.fbcli.cli.render.Safe.text(question) + ": ");
            err.flush();
            char[] chars = CtrlCAtPrompt.during(err, console::readPassword);
            if (chars == null) {
                throw new CliException.Cancelled("cancelled: no input");
            }
            return new String(chars).strip();
        }
        return readLine(question + ": ").strip();
    }

    @Override
    protected String readLine(String prompt) {
        // at a terminal, Ctrl-C cancels with exit 3 and says so (a pipe or a test has no Ctrl-C)
        return console == null ? read(prompt) : CtrlCAtPrompt.during(err, () -> read(prompt));
    }

    private String read(String prompt) {
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
