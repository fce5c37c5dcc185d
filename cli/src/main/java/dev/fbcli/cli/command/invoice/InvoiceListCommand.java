package dev.fbcli.cli.command.invoice;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.FlagValues;
import dev.fbcli.cli.command.RangeOptions;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.InvoiceStatus;
import dev.fbcli.nlp.intent.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "list",
        description = "List invoices, with days outstanding and overdue.",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb invoice list --status unpaid --older-than 30"})
public final class InvoiceListCommand extends Base {
    /** The statuses a list can ask for. */
    public enum Status {
        unpaid,
        overdue,
        paid,
        draft,
        sent,
        partial
    }

    @Option(names = "--status", paramLabel = "<status>", description = "One of: ${COMPLETION-CANDIDATES}.")
    Status status;

    @Option(
            names = {"-c", "--client"},
            paramLabel = "<name>",
            description = "Only this client's.")
    String client;

    @Option(names = "--older-than", paramLabel = "<days>", description = "Issued at least this many days ago.")
    Integer olderThan;

    @Option(
            names = "--min-amount",
            paramLabel = "<amount>",
            converter = FlagValues.Amount.class,
            description = "Only invoices of at least this amount.")
    Money minAmount;

    @Mixin
    RangeOptions range;

    InvoiceListCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        InvoiceStatus s = status == null ? null : InvoiceStatus.fromWire(status.name());
        return run(build(() -> new Intent.ListInvoices(s, client, olderThan, range.range(this), minAmount)));
    }
}
