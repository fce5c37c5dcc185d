package dev.fbcli.cli.batch;

/** What {@code fb batch --dry-run} says a line would do: {@code status} in its JSON. */
enum LinePreview {
    /** Done in an earlier run: it will be skipped. */
    SKIP("skip"),
    /** Sent in an interrupted run: FreshBooks is looked at first. */
    CHECK("check"),
    /** It names something an earlier line creates: it is checked when it runs. */
    LATER("later"),
    /** A read. */
    READ("read"),
    /** A write, with its plan. */
    WRITE("write");

    private final String json;

    LinePreview(String json) {
        this.json = json;
    }

    String json() {
        return json;
    }
}
