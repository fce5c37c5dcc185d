package dev.fbcli.cli.command.timer;

import picocli.CommandLine.Command;

@Command(
        name = "timer",
        description = "Start and stop a running timer.",
        usageHelpAutoWidth = true,
        subcommands = {TimerStartCommand.class, TimerStopCommand.class})
public final class TimerCommand {}
