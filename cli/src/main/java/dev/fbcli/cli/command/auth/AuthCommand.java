package dev.fbcli.cli.command.auth;

import picocli.CommandLine.Command;

@Command(
        name = "auth",
        description = "Log in to FreshBooks, see who you are logged in as, switch business, log out.",
        usageHelpAutoWidth = true,
        subcommands = {AuthLoginCommand.class, AuthStatusCommand.class, AuthSwitchCommand.class, AuthLogoutCommand.class
        })
public final class AuthCommand {}
