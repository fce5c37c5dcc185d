package dev.fbcli.cli.command.payment;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "delete",
        description =
                "Delete a mistaken payment: the invoice is owed again (you confirm by typing the invoice number).",
        usageHelpAutoWidth = true,
        customSynopsis = "fb payment delete {<payment-id> | --invoice <number>}",
        footer = {"%nExamples:%n  fb payment delete 8003%n  fb payment delete --invoice 0007"})
public final class PaymentDeleteCommand extends Base {
    @Parameters(arity = "0..1", paramLabel = "<payment-id>", description = "The payment's id (see `fb payment list`).")
    String payment;

    @Option(names = "--invoice", paramLabel = "<number>", description = "The invoice the payment is on.")
    String invoice;

    PaymentDeleteCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.DeletePayment(payment, invoice)));
    }
}
