package dev.fbcli.cli.command.project;

import picocli.CommandLine.Command;

@Command(
        name = "project",
        description = "Create, change, complete and archive projects; the team; progress against budget.",
        usageHelpAutoWidth = true,
        subcommands = {
            ProjectCreateCommand.class,
            ProjectShowCommand.class,
            ProjectListCommand.class,
            ProjectAssignCommand.class,
            ProjectEditCommand.class,
            ProjectCompleteCommand.class,
            ProjectArchiveCommand.class,
            ProjectUnassignCommand.class
        })
public final class ProjectCommand {}
