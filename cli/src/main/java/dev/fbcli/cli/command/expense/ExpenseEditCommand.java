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
import picocli.CommandLine.Parameters;

@Command(
        name = "edit",
        description = "Change an expense: amount, category, vendor, day, project or client, note, receipt.",
        usageHelpAutoWidth = true,
        footer = {
            "%nThe options are the new values. Find an expense's id with `fb expense list`.",
            "%nExamples:%n  fb expense edit last --amount 14.50%n  fb expense edit 7002 --project Admin --receipt ~/r.pdf"
        })
public final class ExpenseEditCommand extends Base {
    @Parameters(index = "0", paramLabel = "<expense>", description = "The expense's id, or `last`.")
    String expense;

    @Option(
            names = {"-a", "--amount"},
            paramLabel = "<amount>",
            converter = FlagValues.Amount.class,
            description = "The new amount.")
    Money amount;

    @Option(
            names = "--currency",
            paramLabel = "<code>",
            converter = FlagValues.CurrencyCode.class,
            description = "The amount's currency (default: the expense's).")
    String currency;

    @Option(names = "--category", paramLabel = "<name>", description = "The new category (by name or meaning).")
    String category;

    @Option(names = "--vendor", paramLabel = "<name>", description = "The new vendor.")
    String vendor;

    @Option(names = "--date", paramLabel = "<day>", converter = FlagValues.Day.class, description = "The new day.")
    LocalDate date;

    @Mixin
    TargetOptions on;

    @Mixin
    NoteOption note;

    @Option(names = "--receipt", paramLabel = "<file>", description = "A receipt to upload and attach.")
    String receipt;

    ExpenseEditCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (currency != null && amount == null) {
            throw new dev.fbcli.cli.CliException.Usage("--currency goes with --amount");
        }
        return run(build(() -> new Intent.EditExpense(
                ExpensePick.ref(expense, null, null, null, null),
                FlagValues.inCurrency(amount, currency),
                category,
                vendor,
                date,
                on.ref(),
                note.note,
                receipt)));
    }
}
