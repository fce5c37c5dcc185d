package dev.fbcli.cli.command.timer;

import picocli.CommandLine.Command;

@Command(
        name = "timer",
        description = "Start, stop, check or discard a running timer.",
        usageHelpAutoWidth = true,
        subcommands = {
            TimerStartCommand.class,
            TimerStopCommand.class,
            TimerStatusCommand.class,
            TimerDiscardCommand.class
        })
public final class TimerCommand {}
