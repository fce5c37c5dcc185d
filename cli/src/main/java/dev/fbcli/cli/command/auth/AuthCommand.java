package dev.fbcli.cli.command.auth;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "auth", description = "Log in to FreshBooks, see who you are logged in as, switch business, log out.",
        usageHelpAutoWidth = true,
        subcommands = {AuthLoginCommand.class, AuthStatusCommand.class, AuthSwitchCommand.class, AuthLogoutCommand.class})
public final class AuthCommand {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
}
