package dev.fbcli.cli.command.expense;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.command.FlagValues;
import dev.fbcli.nlp.intent.ExpenseRef;
import dev.fbcli.nlp.intent.Money;
import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Which expense a show, a delete or a receipt download means: {@code <expense>} (an id, or
 * {@code last}), and/or what is known about it: {@code --date}, {@code --vendor}, {@code --amount},
 * {@code --category}.
 */
public final class ExpensePick {
    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "<expense>",
            description = "The expense's id (see `fb expense list`), or `last` (the last one recorded).")
    String expense;

    @Option(
            names = "--date",
            paramLabel = "<day>",
            converter = FlagValues.Day.class,
            description = "The expense's day.")
    LocalDate date;

    @Option(names = "--vendor", paramLabel = "<name>", description = "Who was paid.")
    String vendor;

    @Option(
            names = {"-a", "--amount"},
            paramLabel = "<amount>",
            converter = FlagValues.Amount.class,
            description = "Its amount.")
    Money amount;

    @Option(names = "--category", paramLabel = "<name>", description = "Its category (sub-categories included).")
    String category;

    ExpenseRef ref() {
        return ref(expense, date, vendor, amount, category);
    }

    static ExpenseRef ref(String expense, LocalDate date, String vendor, Money amount, String category) {
        boolean last =
                expense != null && expense.strip().toLowerCase(Locale.ROOT).equals("last");
        String id = expense == null || last ? null : expense.strip();
        if (id != null && !id.matches("#?[0-9]{1,18}")) {
            throw new CliException.Usage(
                    "'" + expense + "' is not an expense id or `last`",
                    "`fb expense list` shows the expenses with their ids");
        }
        try {
            return new ExpenseRef(id, last, date, vendor, amount, category);
        } catch (IllegalArgumentException e) {
            throw new CliException.Usage(e.getMessage(), "give the expense's id, `last`, or --date and --vendor");
        }
    }
}
