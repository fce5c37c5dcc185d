package dev.fbcli.cli.prompt;

import java.util.List;

/**
 * Questions to the person at the terminal. Prompts go to stderr, so stdout stays data. Every
 * method throws {@link dev.fbcli.cli.CliException.Cancelled} when the input ends (Ctrl-D) or the
 * user presses Ctrl-C, so callers never see a half answer.
 */
public interface Prompter {

    /** The answers to a plan card's {@code [Y/n/e]}. */
    enum Answer {
        YES,
        NO,
        EDIT
    }

    /** Asks {@code question [Y/n]} (or {@code [Y/n/e]} when edit is allowed); Enter means yes. */
    Answer confirm(String question, boolean allowEdit);

    /** Asks for a line of text; Enter gives {@code defaultValue} (which may be null: then Enter asks again). */
    String ask(String question, String defaultValue);

    /** Shows numbered options and returns the 0-based index chosen. */
    int choose(String question, List<String> options);

    /** Asks for text without echoing it (tokens, secrets). */
    String askSecret(String question);

    /** Asks the user to type {@code expected} (an invoice number) to go ahead; true when they did. */
    boolean typeToConfirm(String question, String expected);
}
