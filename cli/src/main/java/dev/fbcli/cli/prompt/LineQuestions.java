package dev.fbcli.cli.prompt;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The questions of a {@link Prompter} over one primitive, "show a prompt and read a line": how a
 * yes/no/edit, a numbered choice or a typed confirmation is read is the same for plain stdin and for
 * the shell's line reader, which only differ in how they read a line (and a secret).
 */
public abstract class LineQuestions implements Prompter {
    protected final PrintWriter err;

    protected LineQuestions(PrintWriter err) {
        this.err = err;
    }

    /**
     * Shows {@code prompt} and reads one line; throws {@link dev.fbcli.cli.CliException.Cancelled}
     * when the input ends or the user presses Ctrl-C.
     */
    protected abstract String readLine(String prompt);

    @Override
    public Answer confirm(String question, boolean allowEdit) {
        String choices = allowEdit ? "[Y/n/e]" : "[Y/n]";
        while (true) {
            String a = readLine(dev.fbcli.cli.render.Safe.text(question) + " " + choices + " ")
                    .strip()
                    .toLowerCase(Locale.ROOT);
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
        err.println(dev.fbcli.cli.render.Safe.text(question));
        for (int i = 0; i < options.size(); i++) {
            err.printf("  %d) %s%n", i + 1, dev.fbcli.cli.render.Safe.text(options.get(i)));
        }
        while (true) {
            String a = readLine("Choose 1-" + options.size() + ": ").strip();
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
    public boolean typeToConfirm(String question, String expected) {
        String a = readLine(question + " ").strip();
        return a.equals(expected) || a.replaceFirst("^#", "").equals(expected);
    }
}
