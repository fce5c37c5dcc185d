package dev.fbcli.cli.command.estimate;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "show",
        description = "Show an estimate with its lines.",
        usageHelpAutoWidth = true,
        customSynopsis = "fb estimate show {<number> | --latest --client <name>}")
public final class EstimateShowCommand extends Base {
    @Parameters(arity = "0..1", paramLabel = "<number>", description = "The estimate number.")
    String number;

    @Mixin
    LatestEstimateOptions latest;

    EstimateShowCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.ShowEstimate(latest.ref(number))));
    }
}
