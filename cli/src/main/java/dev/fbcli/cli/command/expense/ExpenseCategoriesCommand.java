package dev.fbcli.cli.command.expense;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import picocli.CommandLine.Command;

@Command(name = "categories", description = "List the expense categories.", usageHelpAutoWidth = true)
public final class ExpenseCategoriesCommand extends Base {
    ExpenseCategoriesCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        session().pipeline().view(session().actions().expenseCategories(), false);
        return 0;
    }
}
