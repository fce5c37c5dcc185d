package dev.fbcli.cli.command.estimate;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "accept",
        description = "Mark an estimate accepted by the client.",
        usageHelpAutoWidth = true,
        customSynopsis = "fb estimate accept {<number> | --latest --client <name>}")
public final class EstimateAcceptCommand extends Base {
    @Parameters(arity = "0..1", paramLabel = "<number>", description = "The estimate number.")
    String number;

    @Mixin
    LatestEstimateOptions latest;

    EstimateAcceptCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.AcceptEstimate(latest.ref(number))));
    }
}
