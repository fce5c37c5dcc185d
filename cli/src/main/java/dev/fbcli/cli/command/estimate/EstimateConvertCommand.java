package dev.fbcli.cli.command.estimate;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "convert",
        description = "Turn an estimate into a draft invoice with the same lines (undo deletes that invoice).",
        usageHelpAutoWidth = true,
        customSynopsis = "fb estimate convert {<number> | --latest --client <name>}")
public final class EstimateConvertCommand extends Base {
    @Parameters(arity = "0..1", paramLabel = "<number>", description = "The estimate number.")
    String number;

    @Mixin
    LatestEstimateOptions latest;

    EstimateConvertCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.ConvertEstimate(latest.ref(number))));
    }
}
