package dev.fbcli.cli.command.payment;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.FlagValues;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.Money;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "record",
        description = "Record a payment (default: the whole balance; you confirm by typing the invoice number).",
        usageHelpAutoWidth = true,
        customSynopsis =
                "fb payment record {<invoice-number> | --client <name>} [--amount <amount>] [--method <method>] [--date <day>] [--credit]")
public final class PaymentRecordCommand extends Base {
    @Parameters(arity = "0..1", paramLabel = "<invoice-number>", description = "The invoice paid.")
    String invoice;

    @Option(
            names = {"-c", "--client"},
            paramLabel = "<name>",
            description = "Who paid (their unpaid invoice, or you choose).")
    String client;

    @Option(
            names = {"-a", "--amount"},
            paramLabel = "<amount>",
            converter = FlagValues.Amount.class,
            description = "How much (default: everything outstanding).")
    Money amount;

    @Option(
            names = {"-m", "--method"},
            paramLabel = "<method>",
            description = "Check, Cash, Bank Transfer, Credit Card, PayPal...")
    String method;

    @Option(
            names = "--date",
            paramLabel = "<day>",
            converter = FlagValues.Day.class,
            description = "When it was paid (default today).")
    LocalDate date;

    @Option(
            names = "--credit",
            description =
                    "Accept an amount above what the invoice owes: FreshBooks keeps the rest as the client's credit.")
    boolean credit;

    PaymentRecordCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Intent.RecordPayment p = build(() -> new Intent.RecordPayment(invoice, client, amount, date, method, credit));
        session().pipeline().run(p, false, () -> session().actions().recordPayment(p, credit));
        return 0;
    }
}
