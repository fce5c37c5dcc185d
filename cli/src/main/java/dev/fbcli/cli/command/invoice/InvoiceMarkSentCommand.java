package dev.fbcli.cli.command.invoice;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "mark-sent",
        description = "Mark a draft invoice as sent without emailing it.",
        usageHelpAutoWidth = true)
public final class InvoiceMarkSentCommand extends Base {
    @Parameters(index = "0", paramLabel = "<number>", description = "The invoice number.")
    String number;

    InvoiceMarkSentCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        session().pipeline().plan(session().actions().invoiceMarkSent(number));
        return 0;
    }
}
