package dev.fbcli.cli.command.invoice;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import picocli.CommandLine.Command;

@Command(
        name = "aging",
        description = "What each client owes, by age (0-30, 31-60, 61-90, 91+ days).",
        usageHelpAutoWidth = true)
public final class InvoiceAgingCommand extends Base {
    InvoiceAgingCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        session().pipeline().view(session().actions().invoiceAging(), false);
        return 0;
    }
}
