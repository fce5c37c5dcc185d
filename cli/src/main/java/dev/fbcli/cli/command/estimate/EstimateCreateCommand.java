package dev.fbcli.cli.command.estimate;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.FlagValues;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.InvoiceLine;
import dev.fbcli.nlp.intent.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "create",
        description = "Create a draft estimate (and email it with --send).",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb estimate create --client Initech --line 'Mobile app:1:4000' --send"})
public final class EstimateCreateCommand extends Base {
    @Option(
            names = {"-c", "--client"},
            required = true,
            paramLabel = "<name>",
            description = "The client.")
    String client;

    @Option(
            names = {"-l", "--line"},
            paramLabel = "<desc:qty:cost>",
            converter = FlagValues.Line.class,
            description = "A line: 'Description:quantity:unit cost' (repeatable). Quantity defaults to 1; "
                    + "without a cost, the service of that name's rate.")
    List<InvoiceLine> lines = new ArrayList<>();

    @Option(
            names = "--total",
            paramLabel = "<amount>",
            converter = FlagValues.Amount.class,
            description = "The total (one 'Services' line when no --line is given).")
    Money total;

    @Option(
            names = "--currency",
            paramLabel = "<code>",
            converter = FlagValues.CurrencyCode.class,
            description = "ISO currency (default: the client's).")
    String currency;

    @Option(
            names = "--date",
            paramLabel = "<day>",
            converter = FlagValues.Day.class,
            description = "The estimate date (default today).")
    LocalDate date;

    @Option(names = "--notes", paramLabel = "<text>", description = "Notes printed on the estimate.")
    String notes;

    @Option(
            names = "--send",
            description = "Email it to the client after creating it (you confirm by typing its number).")
    boolean send;

    EstimateCreateCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        List<InvoiceLine> parsed = new ArrayList<>();
        for (InvoiceLine l : lines) {
            parsed.add(
                    l.unitCost() == null
                            ? l
                            : new InvoiceLine(
                                    l.description(), l.quantity(), FlagValues.inCurrency(l.unitCost(), currency)));
        }
        return run(build(() ->
                new Intent.CreateEstimate(client, parsed, FlagValues.inCurrency(total, currency), notes, date, send)));
    }
}
