package dev.fbcli.cli.command.expense;

import picocli.CommandLine.Command;

@Command(
        name = "expense",
        description = "Record and list expenses, with receipts.",
        usageHelpAutoWidth = true,
        subcommands = {ExpenseAddCommand.class, ExpenseListCommand.class, ExpenseCategoriesCommand.class})
public final class ExpenseCommand {}
