package dev.fbcli.cli.command.estimate;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "send",
        description = "Email an estimate (you confirm by typing its number, or pass --yes).",
        usageHelpAutoWidth = true,
        customSynopsis = "fb estimate send {<number> | --latest --client <name>} [--to <email>]")
public final class EstimateSendCommand extends Base {
    @Parameters(arity = "0..1", paramLabel = "<number>", description = "The estimate number.")
    String number;

    @Mixin
    LatestEstimateOptions latest;

    @Option(names = "--to", paramLabel = "<email>", description = "Send to this address (default: the client's email).")
    String to;

    EstimateSendCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.SendEstimate(latest.ref(number), to)));
    }
}
