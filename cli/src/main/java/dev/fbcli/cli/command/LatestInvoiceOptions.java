package dev.fbcli.cli.command;

import dev.fbcli.cli.CliException;
import dev.fbcli.nlp.intent.InvoiceRef;
import picocli.CommandLine.Option;

/** {@code --latest --client <name>}: a client's latest invoice, instead of its number (invoice view and send). */
public final class LatestInvoiceOptions {
    @Option(names = "--latest", description = "The client's latest invoice.")
    boolean latest;

    @Option(
            names = {"-c", "--client"},
            paramLabel = "<name>",
            description = "With --latest: whose.")
    String client;

    /** The invoice meant: {@code number}, or with {@code --latest} the client's latest; anything else is a usage error. */
    public InvoiceRef ref(String number) {
        if (number != null && !latest) {
            return InvoiceRef.number(number);
        }
        if (latest && client != null && number == null) {
            return InvoiceRef.latestOf(client);
        }
        throw new CliException.Usage("give an invoice number, or --latest --client <name>");
    }
}
