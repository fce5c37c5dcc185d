package dev.fbcli.cli.repl;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.prompt.Prompter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/**
 * The REPL's {@link Prompter}: questions are read through the shell's own line reader, without
 * history or completion. Ctrl-C at a question cancels the plan it belongs to (nothing is written);
 * Ctrl-D too.
 */
final class JLinePrompter implements Prompter {
    private static final Character HIDDEN = 0;

    private final LineReader reader;
    private final PrintWriter err;

    JLinePrompter(LineReader reader, PrintWriter err) {
        this.reader = reader;
        this.err = err;
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
    public Answer confirm(String question, boolean allowEdit) {
        String choices = allowEdit ? "[Y/n/e]" : "[Y/n]";
        while (true) {
            String a = read(question + " " + choices + " ", null).strip().toLowerCase(Locale.ROOT);
            if (a.isEmpty() || a.equals("y") || a.equals("yes")) {
                return Answer.YES;
            }
            if (a.equals("n") || a.equals("no")) {
                return Answer.NO;
            }
            if (allowEdit && (a.equals("e") || a.equals("edit"))) {
                return Answer.EDIT;
            }
            err.println("  please answer y (yes), n (no)" + (allowEdit ? " or e (edit)" : "") + "; Ctrl-C cancels");
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
    public int choose(String question, List<String> options) {
        err.println(question);
        for (int i = 0; i < options.size(); i++) {
            err.printf("  %d) %s%n", i + 1, options.get(i));
        }
        while (true) {
            String a = read("Choose 1-" + options.size() + ": ", null).strip();
            try {
                int n = Integer.parseInt(a);
                if (n >= 1 && n <= options.size()) {
                    return n - 1;
                }
            } catch (NumberFormatException ignored) {
                // the hint below
            }
            err.println("  type a number between 1 and " + options.size() + " (Ctrl-C cancels)");
        }
    }

    @Override
    public String askSecret(String question) {
        return read(question + ": ", HIDDEN).strip();
    }

    @Override
    public boolean typeToConfirm(String question, String expected) {
        String a = read(question + " ", null).strip();
        return a.equals(expected) || a.replaceFirst("^#", "").equals(expected);
    }
}
