package dev.fbcli.cli.command.project;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.BillingMethod;
import dev.fbcli.nlp.intent.Intent;
import java.math.BigDecimal;
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

    @Option(names = "--rate", paramLabel = "<amount>", description = "Hourly rate.")
    String rate;

    @Option(names = "--fixed-price", paramLabel = "<amount>", description = "Fixed price.")
    String fixedPrice;

    @Option(names = "--budget-hours", paramLabel = "<hours>", description = "Budgeted hours.")
    BigDecimal budgetHours;

    @Option(
            names = "--budget",
            paramLabel = "<amount>",
            description = "A money budget (turned into hours at the rate).")
    String budget;

    @Option(names = "--due", paramLabel = "<day>", description = "The due date.")
    String due;

    ProjectCreateCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (budgetHours != null && budgetHours.signum() <= 0) {
            throw new CliException.Usage("--budget-hours must be more than zero");
        }
        BillingMethod m = billing == null ? null : BillingMethod.fromWire(billing.name());
        return run(build(() -> new Intent.CreateProject(
                title,
                client,
                budgetHours,
                money("--budget", budget, null),
                m,
                money("--rate", rate, null),
                money("--fixed-price", fixedPrice, null),
                day("--due", due))));
    }
}
