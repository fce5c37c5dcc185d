package dev.fbcli.cli.command.project;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.FlagValues;
import dev.fbcli.nlp.intent.BillingMethod;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "create",
        description = "Create a project.",
        usageHelpAutoWidth = true,
        footer = {
            "%nExample:%n  fb project create 'Website Redesign' --client Acme --billing hourly --rate 150 --budget-hours 40"
        })
public final class ProjectCreateCommand extends Base {
    /** How a project is billed. */
    public enum Billing {
        hourly,
        fixed_price
    }

    @Parameters(index = "0", paramLabel = "<title>", description = "The project's title.")
    String title;

    @Option(
            names = {"-c", "--client"},
            paramLabel = "<name>",
            description = "The client (none: an internal project).")
    String client;

    @Option(names = "--billing", paramLabel = "<method>", description = "${COMPLETION-CANDIDATES}.")
    Billing billing;

    @Option(
            names = "--rate",
            paramLabel = "<amount>",
            converter = FlagValues.Amount.class,
            description = "Hourly rate.")
    Money rate;

    @Option(
            names = "--fixed-price",
            paramLabel = "<amount>",
            converter = FlagValues.Amount.class,
            description = "Fixed price.")
    Money fixedPrice;

    @Option(names = "--budget-hours", paramLabel = "<hours>", description = "Budgeted hours.")
    BigDecimal budgetHours;

    @Option(
            names = "--budget",
            paramLabel = "<amount>",
            converter = FlagValues.Amount.class,
            description = "A money budget (turned into hours at the rate).")
    Money budget;

    @Option(names = "--due", paramLabel = "<day>", converter = FlagValues.Day.class, description = "The due date.")
    LocalDate due;

    ProjectCreateCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (budgetHours != null && budgetHours.signum() <= 0) {
            throw new CliException.Usage("--budget-hours must be more than zero");
        }
        BillingMethod m = billing == null ? null : BillingMethod.fromWire(billing.name());
        return run(build(() -> new Intent.CreateProject(title, client, budgetHours, budget, m, rate, fixedPrice, due)));
    }
}
