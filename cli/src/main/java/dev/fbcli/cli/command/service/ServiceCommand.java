package dev.fbcli.cli.command.service;

import picocli.CommandLine.Command;

@Command(
        name = "service",
        description = "List services (the kinds of work), add one, set a rate.",
        usageHelpAutoWidth = true,
        subcommands = {ServiceListCommand.class, ServiceCreateCommand.class, ServiceRateCommand.class})
public final class ServiceCommand {}
