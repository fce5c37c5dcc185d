package dev.fbcli.cli.command.estimate;

import picocli.CommandLine.Command;

@Command(
        name = "estimate",
        description = "Create, send and list estimates (quotes); mark them accepted and turn them into invoices.",
        usageHelpAutoWidth = true,
        subcommands = {
            EstimateCreateCommand.class,
            EstimateListCommand.class,
            EstimateShowCommand.class,
            EstimateSendCommand.class,
            EstimateAcceptCommand.class,
            EstimateConvertCommand.class
        })
public final class EstimateCommand {}
