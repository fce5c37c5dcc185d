package dev.fbcli.cli.command.invoice;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.FlagValues;
import dev.fbcli.nlp.intent.InvoiceLine;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "edit",
        description = "Add or remove lines of a draft invoice, or change its terms or notes.",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb invoice edit 0005 --add-line 'Hosting:1:20' --due-in 15"})
public final class InvoiceEditCommand extends Base {
    @Parameters(index = "0", paramLabel = "<number>", description = "The invoice number.")
    String number;

    @Option(
            names = "--add-line",
            paramLabel = "<desc:qty:cost>",
            converter = FlagValues.Line.class,
            description = "Add a line (repeatable; drafts only).")
    List<InvoiceLine> addLines = new ArrayList<>();

    @Option(
            names = "--remove-line",
            paramLabel = "<n>",
            description =
                    "Remove line n, counted from 1 as `invoice view` lists them (repeatable; drafts only). Remove and add to change a line.")
    List<Integer> removeLines = new ArrayList<>();

    @Option(
            names = "--due-in",
            paramLabel = "<days>",
            description = "New payment terms, in days after the invoice date.")
    Integer dueIn;

    @Option(names = "--notes", paramLabel = "<text>", description = "New notes.")
    String notes;

    InvoiceEditCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        session().pipeline().plan(session().actions().invoiceEdit(number, addLines, removeLines, dueIn, notes));
        return 0;
    }
}
