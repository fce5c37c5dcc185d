package dev.fbcli.cli.batch;

import dev.fbcli.cli.AppContext;
import java.io.PrintWriter;

/** A one-line progress bar on stderr, only when a person is watching a terminal. */
final class Progress {
    private static final int WIDTH = 24;
    private static final long EVERY_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean on;
    private final String label;
    private final int total;
    private long last;
    private boolean shown;

    Progress(AppContext ctx, String label, int total) {
        this.err = ctx.err();
        this.on = ctx.interactive() && total > 1;
        this.label = label;
        this.total = total;
    }

    /** {@code index} lines of {@code total} are behind; the next is file line {@code lineNumber}. */
    void update(int index, int lineNumber) {
        if (!on) {
            return;
        }
        long now = System.nanoTime();
        if (shown && now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        int filled = (int) ((long) WIDTH * index / total);
        err.print("\r" + dev.fbcli.cli.render.Safe.text(label) + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled)
                + "] " + index + "/" + total + "  line " + lineNumber + "   ");
        err.flush();
        shown = true;
    }

    /** Removes the bar (before other output, and at the end). */
    void clear() {
        if (shown) {
            err.print("\r" + " ".repeat(WIDTH + label.length() + 40) + "\r");
            err.flush();
            shown = false;
        }
    }

    void done() {
        clear();
    }
}
