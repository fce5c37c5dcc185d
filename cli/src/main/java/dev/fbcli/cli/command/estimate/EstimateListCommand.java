package dev.fbcli.cli.command.estimate;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.EstimateStatus;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "list",
        description = "List estimates, newest first, with totals per currency.",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb estimate list --status sent"})
public final class EstimateListCommand extends Base {
    /** The statuses a list can ask for. */
    public enum Status {
        draft,
        sent,
        viewed,
        accepted,
        invoiced
    }

    @Option(names = "--status", paramLabel = "<status>", description = "One of: ${COMPLETION-CANDIDATES}.")
    Status status;

    @Option(
            names = {"-c", "--client"},
            paramLabel = "<name>",
            description = "Only this client's.")
    String client;

    EstimateListCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        EstimateStatus s = status == null ? null : EstimateStatus.fromWire(status.name());
        return run(build(() -> new Intent.ListEstimates(client, s)));
    }
}
