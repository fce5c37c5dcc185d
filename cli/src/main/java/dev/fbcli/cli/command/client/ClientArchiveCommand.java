package dev.fbcli.cli.command.client;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "archive",
        description = "Archive a client: kept with its invoices, out of lists (never deleted).",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb client archive Tyrell"})
public final class ClientArchiveCommand extends Base {
    @Parameters(index = "0", paramLabel = "<client>", description = "The client, by name.")
    String client;

    ClientArchiveCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.ArchiveClient(client)));
    }
}
