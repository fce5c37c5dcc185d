package dev.fbcli.cli.command.project;

import picocli.CommandLine.Command;

@Command(
        name = "project",
        description = "Create projects, assign the team, and follow progress against budget.",
        usageHelpAutoWidth = true,
        subcommands = {
            ProjectCreateCommand.class,
            ProjectShowCommand.class,
            ProjectListCommand.class,
            ProjectAssignCommand.class
        })
public final class ProjectCommand {}
