package dev.fbcli.cli.command.client;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "update",
        aliases = "edit",
        description = "Change a client's details (only the fields you give).",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb client update Acme --email billing@acme.com"})
public final class ClientUpdateCommand extends Base {
    @Parameters(index = "0", paramLabel = "<client>", description = "The client, by name.")
    String client;

    @Option(names = "--organization", paramLabel = "<name>", description = "A new organization name.")
    String organization;

    @Option(names = "--first-name", paramLabel = "<name>", description = "The contact's first name.")
    String firstName;

    @Option(names = "--last-name", paramLabel = "<name>", description = "The contact's last name.")
    String lastName;

    @Option(names = "--email", paramLabel = "<email>", description = "Email address.")
    String email;

    @Option(names = "--phone", paramLabel = "<phone>", description = "Phone number.")
    String phone;

    ClientUpdateCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.UpdateClient(client, email, phone, firstName, lastName, organization)));
    }
}
