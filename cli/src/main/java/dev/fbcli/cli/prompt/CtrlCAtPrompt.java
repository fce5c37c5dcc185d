package dev.fbcli.cli.prompt;

import dev.fbcli.cli.ExitCode;
import java.io.PrintWriter;
import java.util.function.Supplier;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C while a one-shot command waits for an answer on a terminal: the read of standard input
 * cannot be woken, so instead of the JVM's silent exit 130 fb says it was cancelled and exits with
 * 3, the code README gives for "cancelled" (nothing is written before the answer). The shell has
 * its own line reader and never gets here; outside a question Ctrl-C keeps its usual meaning.
 */
final class CtrlCAtPrompt {
    static final String MESSAGE = "fb: cancelled (Ctrl-C): nothing was changed";

    private CtrlCAtPrompt() {}

    /** {@code read} with Ctrl-C meaning "cancel"; the previous handling is back once it returns. */
    static <T> T during(PrintWriter err, Supplier<T> read) {
        Signal sigint = new Signal("INT");
        SignalHandler previous;
        try {
            previous = Signal.handle(sigint, s -> {
                err.println();
                err.println(MESSAGE);
                err.flush();
                System.exit(ExitCode.CANCELLED.code());
            });
        } catch (IllegalArgumentException unavailable) {
            return read.get(); // the JVM keeps SIGINT to itself (-Xrs): its own handling stays
        }
        try {
            return read.get();
        } finally {
            Signal.handle(sigint, previous);
        }
    }
}
