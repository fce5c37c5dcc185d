package dev.fbcli.cli.command.project;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.FlagValues;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "edit",
        description = "Change a project: title, budget, rate, fixed price, due date.",
        usageHelpAutoWidth = true,
        footer = {"%nExamples:%n  fb project edit Apollo --budget-hours 60%n  fb project edit Apollo --title 'Apollo 2'"
        })
public final class ProjectEditCommand extends Base {
    @Parameters(index = "0", paramLabel = "<project>", description = "The project, by name.")
    String project;

    @Option(names = "--title", paramLabel = "<title>", description = "A new title.")
    String title;

    @Option(names = "--budget-hours", paramLabel = "<hours>", description = "The budget in hours.")
    BigDecimal budgetHours;

    @Option(
            names = "--budget",
            paramLabel = "<amount>",
            converter = FlagValues.Amount.class,
            description = "A money budget (turned into hours at the project's rate).")
    Money budget;

    @Option(
            names = "--rate",
            paramLabel = "<amount>",
            converter = FlagValues.Amount.class,
            description = "The hourly rate.")
    Money rate;

    @Option(
            names = "--fixed-price",
            paramLabel = "<amount>",
            converter = FlagValues.Amount.class,
            description = "A fixed price (the project becomes fixed-price).")
    Money fixedPrice;

    @Option(names = "--due", paramLabel = "<day>", converter = FlagValues.Day.class, description = "The due date.")
    LocalDate due;

    ProjectEditCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.EditProject(project, title, budgetHours, budget, rate, fixedPrice, due)));
    }
}
