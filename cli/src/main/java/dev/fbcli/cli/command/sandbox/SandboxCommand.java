package dev.fbcli.cli.command.sandbox;

import picocli.CommandLine.Command;

@Command(
        name = "sandbox",
        description = "The embedded FreshBooks-compatible sandbox: serve it, reset it.",
        usageHelpAutoWidth = true,
        subcommands = {SandboxServeCommand.class, SandboxResetCommand.class})
public final class SandboxCommand {}
