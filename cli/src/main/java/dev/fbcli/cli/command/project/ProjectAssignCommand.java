package dev.fbcli.cli.command.project;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "assign",
        description = "Add a team member to a project.",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb project assign Admin --member alex@northwind.example"})
public final class ProjectAssignCommand extends Base {
    @Parameters(index = "0", paramLabel = "<project>", description = "The project, by name.")
    String project;

    @Option(
            names = {"-m", "--member"},
            required = true,
            paramLabel = "<name-or-email>",
            description = "Who to add.")
    String member;

    ProjectAssignCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.AssignProject(project, member)));
    }
}
