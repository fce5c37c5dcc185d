package dev.fbcli.cli.command.invoice;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.InvoiceRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "delete",
        description = "Delete an invoice, draft or sent (you confirm by typing its number; `fb undo` brings it back).",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb invoice delete 0008"})
public final class InvoiceDeleteCommand extends Base {
    @Parameters(index = "0", paramLabel = "<number>", description = "The invoice number.")
    String number;

    InvoiceDeleteCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.DeleteInvoice(InvoiceRef.number(number))));
    }
}
