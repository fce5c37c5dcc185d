package dev.fbcli.cli.command.client;

import picocli.CommandLine.Command;

@Command(
        name = "client",
        description = "Add, update, show, list and archive clients, and what they owe.",
        usageHelpAutoWidth = true,
        subcommands = {
            ClientCreateCommand.class,
            ClientUpdateCommand.class,
            ClientShowCommand.class,
            ClientListCommand.class,
            ClientArchiveCommand.class,
            ClientUnarchiveCommand.class
        })
public final class ClientCommand {}
