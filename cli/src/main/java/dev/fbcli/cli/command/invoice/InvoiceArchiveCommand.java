package dev.fbcli.cli.command.invoice;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.InvoiceRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "archive",
        description = "Archive an invoice: kept as it is, filed away (you confirm by typing its number).",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb invoice archive 0001"})
public final class InvoiceArchiveCommand extends Base {
    @Parameters(index = "0", paramLabel = "<number>", description = "The invoice number.")
    String number;

    InvoiceArchiveCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.ArchiveInvoice(InvoiceRef.number(number))));
    }
}
