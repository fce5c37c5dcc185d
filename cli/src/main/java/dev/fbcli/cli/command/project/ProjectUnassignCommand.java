package dev.fbcli.cli.command.project;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "unassign",
        description = "Take a team member off a project (FreshBooks' API cannot: fb says where to do it).",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb project unassign Admin --member Sam    says where to do it in FreshBooks; exit 1"})
public final class ProjectUnassignCommand extends Base {
    @Parameters(index = "0", paramLabel = "<project>", description = "The project, by name.")
    String project;

    @Option(
            names = {"-m", "--member"},
            required = true,
            paramLabel = "<name-or-email>",
            description = "Who to take off.")
    String member;

    ProjectUnassignCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.UnassignProject(project, member)));
    }
}
