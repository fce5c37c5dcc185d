package dev.fbcli.cli.command.time;

import picocli.CommandLine.Command;

@Command(
        name = "time",
        description = "Log time, report on it, and change or delete entries.",
        usageHelpAutoWidth = true,
        subcommands = {
            TimeLogCommand.class,
            TimeListCommand.class,
            TimeReportCommand.class,
            TimeShowCommand.class,
            TimeEditCommand.class,
            TimeDeleteCommand.class
        })
public final class TimeCommand {}
