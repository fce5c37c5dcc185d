package dev.fbcli.cli.command.project;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "show",
        aliases = "view",
        description = "Show a project's progress: hours and money against its budget, and its team.",
        usageHelpAutoWidth = true)
public final class ProjectShowCommand extends Base {
    @Parameters(index = "0", paramLabel = "<project>", description = "The project, by name.")
    String project;

    ProjectShowCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.ShowProject(project)));
    }
}
