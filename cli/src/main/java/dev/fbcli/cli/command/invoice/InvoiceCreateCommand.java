package dev.fbcli.cli.command.invoice;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.FlagValues;
import dev.fbcli.cli.command.RangeOptions;
import dev.fbcli.nlp.intent.BillGrouping;
import dev.fbcli.nlp.intent.DateRange;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.InvoiceLine;
import dev.fbcli.nlp.intent.Money;
import dev.fbcli.nlp.intent.NameRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "create",
        description = "Create a draft invoice (and email it with --send).",
        usageHelpAutoWidth = true,
        footer = {
            "%nExamples:%n  fb invoice create --client Acme --line 'Consulting:8:150' --due-in 30 --send",
            "  fb invoice create --client Acme --from-time --last-month --rate 140",
            "%nWith --from-time, the client's billable, unbilled time (of --project only, in the period"
                    + " only) becomes the lines, and each entry is then marked billed."
        })
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
            converter = FlagValues.Line.class,
            description = "A line: 'Description:quantity:unit cost' (repeatable). Quantity defaults to 1; "
                    + "without a cost, the service of that name's rate.")
    List<InvoiceLine> lines = new ArrayList<>();

    @Option(
            names = "--total",
            paramLabel = "<amount>",
            converter = FlagValues.Amount.class,
            description = "The total, when a single line has no cost.")
    Money total;

    @Option(
            names = "--currency",
            paramLabel = "<code>",
            converter = FlagValues.CurrencyCode.class,
            description = "ISO currency (default: the client's).")
    String currency;

    @Option(
            names = "--due-in",
            paramLabel = "<days>",
            description = "Payment terms: due this many days after the invoice date.")
    Integer dueIn;

    @Option(
            names = "--due",
            paramLabel = "<day>",
            converter = FlagValues.Day.class,
            description = "Due on this day (instead of --due-in).")
    LocalDate due;

    @Option(
            names = "--date",
            paramLabel = "<day>",
            converter = FlagValues.Day.class,
            description = "The invoice date (default today).")
    LocalDate date;

    @Option(names = "--notes", paramLabel = "<text>", description = "Notes printed on the invoice.")
    String notes;

    @Option(
            names = "--send",
            description = "Email it to the client after creating it (you confirm by typing its number).")
    boolean send;

    @Option(
            names = "--from-time",
            description = "Invoice the client's billable, unbilled time (lines from the time entries).")
    boolean fromTime;

    @Option(
            names = {"-p", "--project"},
            paramLabel = "<name>",
            description = "With --from-time: only this project's time.")
    String project;

    @Mixin
    RangeOptions range;

    @Option(
            names = "--group-by",
            paramLabel = "<how>",
            description = "With --from-time: one line per service (default), entry or day.")
    String groupBy;

    @Option(
            names = "--rate",
            paramLabel = "<amount>",
            converter = FlagValues.Amount.class,
            description = "With --from-time: the hourly rate (default: the project's, else the service's).")
    Money rate;

    InvoiceCreateCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (fromTime) {
            return fromTime();
        }
        DateRange period = range.range(this);
        if (project != null || period != null || groupBy != null || rate != null) {
            throw new CliException.Usage(
                    "--project, a period, --group-by and --rate go with --from-time",
                    "for example: fb invoice create --client Acme --from-time --project 'Website Redesign'");
        }
        List<InvoiceLine> parsed = new ArrayList<>();
        for (InvoiceLine l : lines) {
            parsed.add(
                    l.unitCost() == null
                            ? l
                            : new InvoiceLine(
                                    l.description(), l.quantity(), FlagValues.inCurrency(l.unitCost(), currency)));
        }
        return run(build(() -> new Intent.CreateInvoice(
                client, parsed, FlagValues.inCurrency(total, currency), dueIn, due, send, notes, date)));
    }

    private int fromTime() {
        if (!lines.isEmpty() || total != null || dueIn != null || due != null || date != null || notes != null) {
            throw new CliException.Usage(
                    "--from-time makes the lines, date and notes from the time entries: leave out --line, --total,"
                            + " --due-in, --due, --date and --notes",
                    "edit the draft afterwards with `fb invoice edit`");
        }
        BillGrouping by;
        try {
            by = groupBy == null ? null : BillGrouping.fromWire(groupBy.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliException.Usage(
                    "--group-by takes service, entry or day, not '" + groupBy + "'", "the default is service");
        }
        DateRange period = range.range(this);
        Intent.BillTime b = build(() -> new Intent.BillTime(
                project != null ? NameRef.project(project) : NameRef.client(client),
                period,
                FlagValues.inCurrency(rate, currency),
                by,
                send));
        session().pipeline().run(b, false, () -> session().actions().billTime(b, project != null ? client : null));
        return 0;
    }
}
