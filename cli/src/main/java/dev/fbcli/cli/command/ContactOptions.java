package dev.fbcli.cli.command;

import picocli.CommandLine.Option;

/** A client's contact: {@code --first-name}, {@code --last-name}, {@code --email}, {@code --phone} (client create and update). */
public final class ContactOptions {
    @Option(names = "--first-name", paramLabel = "<name>", description = "The contact's first name.")
    public String firstName;

    @Option(names = "--last-name", paramLabel = "<name>", description = "The contact's last name.")
    public String lastName;

    @Option(names = "--email", paramLabel = "<email>", description = "Email address.")
    public String email;

    @Option(names = "--phone", paramLabel = "<phone>", description = "Phone number.")
    public String phone;
}
