package dev.fbcli.cli.command.expense;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.FlagValues;
import dev.fbcli.cli.command.NoteOption;
import dev.fbcli.cli.command.TargetOptions;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.Money;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "add",
        aliases = "create",
        description = "Record an expense, optionally with a receipt file.",
        usageHelpAutoWidth = true,
        footer = {
            "%nExample:%n  fb expense add --amount 45 --category 'Office Supplies' --project Admin --receipt ~/r.pdf"
        })
public final class ExpenseAddCommand extends Base {
    @Option(
            names = {"-a", "--amount"},
            required = true,
            paramLabel = "<amount>",
            converter = FlagValues.Amount.class,
            description = "How much: 45, 12.50, $1,200, 300 CAD.")
    Money amount;

    @Option(
            names = "--currency",
            paramLabel = "<code>",
            converter = FlagValues.CurrencyCode.class,
            description = "ISO currency (default: the business').")
    String currency;

    @Option(
            names = "--category",
            paramLabel = "<name>",
            description = "A category, by name or meaning (coffee, hotel, uber...).")
    String category;

    @Option(names = "--vendor", paramLabel = "<name>", description = "Who was paid.")
    String vendor;

    @Option(
            names = "--date",
            paramLabel = "<day>",
            converter = FlagValues.Day.class,
            description = "The day (default today).")
    LocalDate date;

    @Mixin
    TargetOptions on;

    @Option(names = "--receipt", paramLabel = "<file>", description = "A receipt to upload and attach (PDF or image).")
    String receipt;

    @Mixin
    NoteOption note;

    ExpenseAddCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.CreateExpense(
                FlagValues.inCurrency(amount, currency),
                category,
                vendor,
                date == null ? today() : date,
                on.ref(),
                receipt,
                note.note)));
    }
}
