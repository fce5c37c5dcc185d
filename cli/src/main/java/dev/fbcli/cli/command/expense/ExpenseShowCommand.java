package dev.fbcli.cli.command.expense;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "show",
        description = "Show one expense and whether it has a receipt.",
        usageHelpAutoWidth = true,
        footer = {"%nExamples:%n  fb expense show 7003%n  fb expense show --date '3 days ago' --vendor Staples"})
public final class ExpenseShowCommand extends Base {
    @Mixin
    ExpensePick which;

    ExpenseShowCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.ShowExpense(which.ref())));
    }
}
