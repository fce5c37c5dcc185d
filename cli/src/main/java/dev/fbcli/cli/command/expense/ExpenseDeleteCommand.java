package dev.fbcli.cli.command.expense;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "delete",
        description = "Delete an expense (`fb undo` brings it back).",
        usageHelpAutoWidth = true,
        footer = {"%nExamples:%n  fb expense delete 7003%n  fb expense delete --date '3 days ago' --vendor Staples"})
public final class ExpenseDeleteCommand extends Base {
    @Mixin
    ExpensePick which;

    ExpenseDeleteCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.DeleteExpense(which.ref())));
    }
}
