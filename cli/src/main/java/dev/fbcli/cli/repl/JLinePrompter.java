package dev.fbcli.cli.repl;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.prompt.LineQuestions;
import java.io.PrintWriter;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/**
 * The REPL's {@link dev.fbcli.cli.prompt.Prompter}: questions are read through the shell's own line reader, without
 * history or completion. Ctrl-C at a question cancels the plan it belongs to (nothing is written);
 * Ctrl-D too.
 */
final class JLinePrompter extends LineQuestions {
    private static final Character HIDDEN = 0;

    private final LineReader reader;

    JLinePrompter(LineReader reader, PrintWriter err) {
        super(err);
        this.reader = reader;
    }

    private String read(String prompt, Character mask) {
        err.flush();
        Object history = reader.getVariable(LineReader.DISABLE_HISTORY);
        reader.setVariable(LineReader.DISABLE_COMPLETION, true);
        try {
            return reader.readLine(prompt, mask);
        } catch (UserInterruptException e) {
            throw new CliException.Cancelled("cancelled: nothing was changed");
        } catch (EndOfFileException e) {
            throw new CliException.Cancelled("cancelled: the input ended before an answer");
        } finally {
            reader.setVariable(LineReader.DISABLE_COMPLETION, false);
            reader.setVariable(LineReader.DISABLE_HISTORY, history);
        }
    }

    @Override
    public String ask(String question, String defaultValue) {
        while (true) {
            String a;
            if (defaultValue != null) {
                // the default is there to edit, as typed
                err.flush();
                try {
                    reader.setVariable(LineReader.DISABLE_COMPLETION, true);
                    a = reader.readLine(question + ": ", null, (Character) null, defaultValue)
                            .strip();
                } catch (UserInterruptException e) {
                    throw new CliException.Cancelled("cancelled: nothing was changed");
                } catch (EndOfFileException e) {
                    throw new CliException.Cancelled("cancelled: the input ended before an answer");
                } finally {
                    reader.setVariable(LineReader.DISABLE_COMPLETION, false);
                }
            } else {
                a = read(question + ": ", null).strip();
            }
            if (!a.isEmpty()) {
                return a;
            }
            if (defaultValue != null) {
                return defaultValue;
            }
        }
    }

    @Override
    public String askSecret(String question) {
        return read(question + ": ", HIDDEN).strip();
    }

    @Override
    protected String readLine(String prompt) {
        return read(prompt, null);
    }
}
