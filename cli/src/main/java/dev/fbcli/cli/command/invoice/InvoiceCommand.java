package dev.fbcli.cli.command.invoice;

import picocli.CommandLine.Command;

@Command(
        name = "invoice",
        description = "Create, send, list and manage invoices.",
        usageHelpAutoWidth = true,
        subcommands = {
            InvoiceCreateCommand.class,
            InvoiceListCommand.class,
            InvoiceViewCommand.class,
            InvoiceSendCommand.class,
            InvoiceEditCommand.class,
            InvoiceMarkSentCommand.class,
            InvoiceDeleteCommand.class,
            InvoiceArchiveCommand.class,
            InvoiceAgingCommand.class
        })
public final class InvoiceCommand {}
