package dev.fbcli.cli.command;

import picocli.CommandLine.Option;

/** {@code --team}: everyone's time entries, not only the user's (time list and report). */
public final class TeamOption {
    @Option(names = "--team", description = "Everyone's entries, not only yours.")
    public boolean team;
}
