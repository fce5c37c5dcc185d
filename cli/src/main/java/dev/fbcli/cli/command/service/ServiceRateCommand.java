package dev.fbcli.cli.command.service;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.FlagValues;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "rate",
        description = "Set a service's hourly rate.",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb service rate Design 160"})
public final class ServiceRateCommand extends Base {
    @Parameters(index = "0", paramLabel = "<service>", description = "The service, by name.")
    String service;

    @Parameters(
            index = "1",
            paramLabel = "<amount>",
            converter = FlagValues.Amount.class,
            description = "The new hourly rate.")
    Money rate;

    ServiceRateCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.SetServiceRate(service, rate)));
    }
}
