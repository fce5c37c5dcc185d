package dev.fbcli.cli.command.payment;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.RangeOptions;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "list",
        description = "List payments received, with totals: a client's, an invoice's, a period's.",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb payment list --client Acme --from 'Jan 1'"})
public final class PaymentListCommand extends Base {
    @Option(
            names = {"-c", "--client"},
            paramLabel = "<name>",
            description = "Only this client's.")
    String client;

    @Option(names = "--invoice", paramLabel = "<number>", description = "Only the payments on this invoice.")
    String invoice;

    @Mixin
    RangeOptions range;

    PaymentListCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.ListPayments(client, invoice, range.range(this))));
    }
}
