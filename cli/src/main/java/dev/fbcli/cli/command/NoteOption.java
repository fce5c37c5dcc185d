package dev.fbcli.cli.command;

import picocli.CommandLine.Option;

/** {@code -n}/{@code --note}: a note on the record made (a time entry, a timer, an expense). */
public final class NoteOption {
    @Option(
            names = {"-n", "--note"},
            paramLabel = "<text>",
            description = "A note.")
    public String note;
}
