package dev.fbcli.cli.command.report;

import picocli.CommandLine.Command;

@Command(
        name = "report",
        description = "How the business is doing: profit and loss, payments, revenue, tax, aging (per currency).",
        usageHelpAutoWidth = true,
        subcommands = {
            ReportProfitLossCommand.class,
            ReportPaymentsCommand.class,
            ReportRevenueCommand.class,
            ReportTaxCommand.class,
            ReportAgingCommand.class
        })
public final class ReportCommand {}
