package dev.fbcli.cli.command.team;

import picocli.CommandLine.Command;

@Command(
        name = "team",
        description = "List the business' team members.",
        usageHelpAutoWidth = true,
        subcommands = {TeamListCommand.class})
public final class TeamCommand {}
