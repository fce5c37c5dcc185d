package dev.fbcli.cli.command.client;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "show",
        aliases = "view",
        description = "Show a client: contact, what they owe, unpaid invoices.",
        usageHelpAutoWidth = true)
public final class ClientShowCommand extends Base {
    @Parameters(index = "0", paramLabel = "<client>", description = "The client, by name.")
    String client;

    ClientShowCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.ShowClient(client)));
    }
}
