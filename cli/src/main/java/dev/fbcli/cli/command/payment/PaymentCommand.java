package dev.fbcli.cli.command.payment;

import picocli.CommandLine.Command;

@Command(
        name = "payment",
        description = "Record, list and delete payments on invoices.",
        usageHelpAutoWidth = true,
        subcommands = {PaymentRecordCommand.class, PaymentListCommand.class, PaymentDeleteCommand.class})
public final class PaymentCommand {}
