package dev.fbcli.cli.command.invoice;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.LatestInvoiceOptions;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "send",
        description = "Email an invoice (you confirm by typing its number, or pass --yes).",
        usageHelpAutoWidth = true,
        customSynopsis = "fb invoice send {<number> | --latest --client <name>} [--to <email>]")
public final class InvoiceSendCommand extends Base {
    @Parameters(arity = "0..1", paramLabel = "<number>", description = "The invoice number.")
    String number;

    @Mixin
    LatestInvoiceOptions latest;

    @Option(names = "--to", paramLabel = "<email>", description = "Send to this address (default: the client's email).")
    String to;

    InvoiceSendCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.SendInvoice(latest.ref(number), to)));
    }
}
