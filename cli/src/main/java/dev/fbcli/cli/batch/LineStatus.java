package dev.fbcli.cli.batch;

/** How a line of a batch ended: the STATUS column of the summary table, and {@code status} in its JSON. */
public enum LineStatus {
    /** Applied (or read) in this run, or found in FreshBooks after an interrupted one. */
    DONE("done"),
    /** Done in an earlier run of the same file: nothing was sent again. */
    SKIPPED("skipped"),
    /** It failed: its error says why. */
    FAILED("failed"),
    /** A line before it failed (without {@code --keep-going}). */
    NOT_RUN("not run");

    private final String word;

    LineStatus(String word) {
        this.word = word;
    }

    /** As the summary table writes it. */
    public String word() {
        return word;
    }

    /** As the JSON summary writes it ({@code not_run}). */
    public String json() {
        return word.replace(' ', '_');
    }
}
