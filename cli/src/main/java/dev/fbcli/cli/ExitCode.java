package dev.fbcli.cli;

/**
 * The process exit codes of {@code fb}. They are public interface: adding a code is fine,
 * renumbering one is not.
 */
public enum ExitCode {
    OK(0, "success, including \"no results\""),
    FAILURE(1, "runtime failure: FreshBooks API error, network error, or a bug"),
    USAGE(2, "usage error, or the phrase could not be understood"),
    CANCELLED(3, "cancelled: a confirmation was declined or Ctrl-C was pressed at a prompt"),
    AUTH(4, "authentication needed: run `fb auth login`");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
