package dev.fbcli.cli.command.invoice;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "delete",
        description = "Delete a draft invoice (you confirm by typing its number).",
        usageHelpAutoWidth = true)
public final class InvoiceDeleteCommand extends Base {
    @Parameters(index = "0", paramLabel = "<number>", description = "The invoice number.")
    String number;

    InvoiceDeleteCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        session().pipeline().plan(session().actions().invoiceDelete(number));
        return 0;
    }
}
