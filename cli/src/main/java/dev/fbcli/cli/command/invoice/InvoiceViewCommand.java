package dev.fbcli.cli.command.invoice;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.LatestInvoiceOptions;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "view",
        aliases = "show",
        description = "Show an invoice with its lines and balance.",
        usageHelpAutoWidth = true,
        customSynopsis = "fb invoice view {<number> | --latest --client <name>}")
public final class InvoiceViewCommand extends Base {
    @Parameters(arity = "0..1", paramLabel = "<number>", description = "The invoice number (0042, 42 or #42).")
    String number;

    @Mixin
    LatestInvoiceOptions latest;

    InvoiceViewCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.ShowInvoice(latest.ref(number))));
    }
}
