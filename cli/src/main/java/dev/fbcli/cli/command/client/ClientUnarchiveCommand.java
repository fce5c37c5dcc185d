package dev.fbcli.cli.command.client;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "unarchive",
        aliases = "restore",
        description = "Bring an archived client back.",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb client unarchive Tyrell"})
public final class ClientUnarchiveCommand extends Base {
    @Parameters(index = "0", paramLabel = "<client>", description = "The archived client, by name.")
    String client;

    ClientUnarchiveCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.UnarchiveClient(client)));
    }
}
