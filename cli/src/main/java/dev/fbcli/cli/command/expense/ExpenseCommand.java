package dev.fbcli.cli.command.expense;

import picocli.CommandLine.Command;

@Command(
        name = "expense",
        description = "Record, list, change and delete expenses, with receipts.",
        usageHelpAutoWidth = true,
        subcommands = {
            ExpenseAddCommand.class,
            ExpenseListCommand.class,
            ExpenseCategoriesCommand.class,
            ExpenseShowCommand.class,
            ExpenseEditCommand.class,
            ExpenseDeleteCommand.class,
            ExpenseReceiptCommand.class
        })
public final class ExpenseCommand {}
