package dev.fbcli.cli.command.expense;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "receipt",
        description = "Download an expense's receipt.",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb expense receipt 7003 --save ~/receipts/"})
public final class ExpenseReceiptCommand extends Base {
    @Mixin
    ExpensePick which;

    @Option(
            names = {"-o", "--save"},
            required = true,
            paramLabel = "<path>",
            description = "Where to save it: a file, or a directory (named expense-ID.ext there).")
    Path save;

    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    ExpenseReceiptCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        session().pipeline().view(session().actions().expenseReceipt(which.ref(), save, force), false);
        return 0;
    }
}
