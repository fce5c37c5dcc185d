package dev.fbcli.cli.command.client;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.AddressOptions;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.ContactOptions;
import dev.fbcli.cli.command.NoteOption;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "update",
        aliases = "edit",
        description = "Change a client's details (only the fields you give).",
        usageHelpAutoWidth = true,
        footer = {
            "%nExamples:%n  fb client update Acme --email billing@acme.com%n  fb client update Acme --street '1 Main St' --city Springfield --state IL --zip 62701"
        })
public final class ClientUpdateCommand extends Base {
    @Parameters(index = "0", paramLabel = "<client>", description = "The client, by name.")
    String client;

    @Option(names = "--organization", paramLabel = "<name>", description = "A new organization name.")
    String organization;

    @Mixin
    ContactOptions contact;

    @Mixin
    AddressOptions address;

    @Mixin
    NoteOption note;

    ClientUpdateCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.UpdateClient(
                client,
                contact.email,
                contact.phone,
                contact.firstName,
                contact.lastName,
                organization,
                address.address(),
                note.note)));
    }
}
