package dev.fbcli.cli.command.invoice;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.InvoiceLine;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "create",
        description = "Create a draft invoice (and email it with --send).",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb invoice create --client Acme --line 'Consulting:8:150' --due-in 30 --send"})
public final class InvoiceCreateCommand extends Base {
    @Option(
            names = {"-c", "--client"},
            required = true,
            paramLabel = "<name>",
            description = "The client.")
    String client;

    @Option(
            names = {"-l", "--line"},
            paramLabel = "<desc:qty:cost>",
            description = "A line: 'Description:quantity:unit cost' (repeatable). Quantity defaults to 1; "
                    + "without a cost, the service of that name's rate.")
    List<String> lines = new ArrayList<>();

    @Option(names = "--total", paramLabel = "<amount>", description = "The total, when a single line has no cost.")
    String total;

    @Option(names = "--currency", paramLabel = "<code>", description = "ISO currency (default: the client's).")
    String currency;

    @Option(
            names = "--due-in",
            paramLabel = "<days>",
            description = "Payment terms: due this many days after the invoice date.")
    Integer dueIn;

    @Option(names = "--due", paramLabel = "<day>", description = "Due on this day (instead of --due-in).")
    String due;

    @Option(names = "--date", paramLabel = "<day>", description = "The invoice date (default today).")
    String date;

    @Option(names = "--notes", paramLabel = "<text>", description = "Notes printed on the invoice.")
    String notes;

    @Option(
            names = "--send",
            description = "Email it to the client after creating it (you confirm by typing its number).")
    boolean send;

    InvoiceCreateCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        List<InvoiceLine> parsed = new ArrayList<>();
        for (String l : lines) {
            parsed.add(line("--line", l));
        }
        if (currency != null) {
            parsed.replaceAll(l -> l.unitCost() == null
                    ? l
                    : new InvoiceLine(
                            l.description(),
                            l.quantity(),
                            money("--line", l.unitCost().amountText(), currency)));
        }
        return run(build(() -> new Intent.CreateInvoice(
                client,
                parsed,
                money("--total", total, currency),
                dueIn,
                day("--due", due),
                send,
                notes,
                day("--date", date))));
    }
}
