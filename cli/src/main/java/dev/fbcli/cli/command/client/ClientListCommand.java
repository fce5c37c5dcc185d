package dev.fbcli.cli.command.client;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "list",
        description = "List clients with their outstanding and overdue balances.",
        usageHelpAutoWidth = true)
public final class ClientListCommand extends Base {
    @Option(
            names = {"--owing", "--has-outstanding"},
            description = "Only clients who owe you money.")
    boolean owing;

    ClientListCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(new Intent.ListClients(owing ? Boolean.TRUE : null));
    }
}
