package dev.fbcli.cli.command.invoice;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.InvoiceRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

    @Option(names = "--latest", description = "The client's latest invoice.")
    boolean latest;

    @Option(
            names = {"-c", "--client"},
            paramLabel = "<name>",
            description = "With --latest: whose.")
    String client;

    InvoiceViewCommand(AppContext ctx) {
        super(ctx);
    }

    static InvoiceRef ref(String number, boolean latest, String client) {
        if (number != null && !latest) {
            return InvoiceRef.number(number);
        }
        if (latest && client != null && number == null) {
            return InvoiceRef.latestOf(client);
        }
        throw new CliException.Usage("give an invoice number, or --latest --client <name>");
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.ShowInvoice(ref(number, latest, client))));
    }
}
