package dev.fbcli.cli.command.client;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.AddressOptions;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.ContactOptions;
import dev.fbcli.cli.command.FlagValues;
import dev.fbcli.cli.command.NoteOption;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "create",
        description = "Add a client.",
        usageHelpAutoWidth = true,
        footer = {
            "%nExample:%n  fb client create 'Globex Inc' --first-name Hank --last-name Scorpio --email hank@globex.com"
        })
public final class ClientCreateCommand extends Base {
    @Parameters(arity = "0..1", paramLabel = "<organization>", description = "The organization's name.")
    String organizationArg;

    @Option(
            names = "--organization",
            paramLabel = "<name>",
            description = "The organization (or give it as the argument).")
    String organization;

    @Mixin
    ContactOptions contact;

    @Mixin
    AddressOptions address;

    @Mixin
    NoteOption note;

    @Option(
            names = "--currency",
            paramLabel = "<code>",
            converter = FlagValues.CurrencyCode.class,
            description = "The currency they are billed in (ISO code).")
    String currency;

    ClientCreateCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        String org = organization != null ? organization : organizationArg;
        return run(build(() -> new Intent.CreateClient(
                org,
                contact.firstName,
                contact.lastName,
                contact.email,
                contact.phone,
                currency,
                address.address(),
                note.note)));
    }
}
