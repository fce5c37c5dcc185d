package dev.fbcli.cli.command.service;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.FlagValues;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.Money;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "create",
        aliases = "add",
        description = "Add a service, with an hourly rate.",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb service create Photography --rate 90"})
public final class ServiceCreateCommand extends Base {
    @Parameters(index = "0", paramLabel = "<name>", description = "The service's name.")
    String name;

    @Option(
            names = "--rate",
            paramLabel = "<amount>",
            converter = FlagValues.Amount.class,
            description = "Its hourly rate (in the business currency).")
    Money rate;

    @ArgGroup(exclusive = true)
    Billable billable;

    static final class Billable {
        @Option(names = "--billable", description = "Billable (the default).")
        boolean yes;

        @Option(names = "--no-billable", description = "Not billable (internal work).")
        boolean no;
    }

    ServiceCreateCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Boolean b = billable == null ? null : billable.yes;
        return run(build(() -> new Intent.CreateService(name, rate, b)));
    }
}
