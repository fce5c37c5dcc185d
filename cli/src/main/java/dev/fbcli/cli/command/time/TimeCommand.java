package dev.fbcli.cli.command.time;

import picocli.CommandLine.Command;

@Command(
        name = "time",
        description = "Log time and report on it.",
        usageHelpAutoWidth = true,
        subcommands = {TimeLogCommand.class, TimeListCommand.class, TimeReportCommand.class})
public final class TimeCommand {}
