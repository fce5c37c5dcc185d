package dev.fbcli.cli.command.config;

import picocli.CommandLine.Command;

@Command(
        name = "config",
        description = "Settings that are not flags: fb config llm-key <provider>.",
        usageHelpAutoWidth = true,
        subcommands = {ConfigLlmKeyCommand.class})
public final class ConfigCommand {}
