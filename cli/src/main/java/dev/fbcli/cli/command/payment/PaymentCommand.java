package dev.fbcli.cli.command.payment;

import picocli.CommandLine.Command;

@Command(
        name = "payment",
        description = "Record payments against invoices.",
        usageHelpAutoWidth = true,
        subcommands = {PaymentRecordCommand.class})
public final class PaymentCommand {}
