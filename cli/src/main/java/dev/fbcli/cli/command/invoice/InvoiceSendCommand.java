package dev.fbcli.cli.command.invoice;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
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

    @Option(names = "--latest", description = "The client's latest invoice.")
    boolean latest;

    @Option(
            names = {"-c", "--client"},
            paramLabel = "<name>",
            description = "With --latest: whose.")
    String client;

    @Option(names = "--to", paramLabel = "<email>", description = "Send to this address (default: the client's email).")
    String to;

    InvoiceSendCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.SendInvoice(InvoiceViewCommand.ref(number, latest, client), to)));
    }
}
