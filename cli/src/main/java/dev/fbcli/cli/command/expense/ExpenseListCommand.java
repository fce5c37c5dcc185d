package dev.fbcli.cli.command.expense;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.FlagValues;
import dev.fbcli.cli.command.RangeOptions;
import dev.fbcli.cli.command.TargetOptions;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "list",
        description = "List expenses with totals (a category includes its sub-categories).",
        usageHelpAutoWidth = true)
public final class ExpenseListCommand extends Base {
    @Mixin
    RangeOptions range;

    @Option(names = "--category", paramLabel = "<name>", description = "Only this category (by name or meaning).")
    String category;

    @Option(names = "--vendor", paramLabel = "<name>", description = "Only this vendor.")
    String vendor;

    @Mixin
    TargetOptions on;

    @Option(
            names = "--min-amount",
            paramLabel = "<amount>",
            converter = FlagValues.Amount.class,
            description = "Only expenses of at least this amount.")
    Money minAmount;

    ExpenseListCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.ListExpenses(range.range(this), category, vendor, on.ref(), minAmount)));
    }
}
