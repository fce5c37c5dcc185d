package dev.fbcli.cli.command.project;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "complete",
        description = "Mark a project complete.",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb project complete 'Mobile App'"})
public final class ProjectCompleteCommand extends Base {
    @Parameters(index = "0", paramLabel = "<project>", description = "The project, by name.")
    String project;

    ProjectCompleteCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.CompleteProject(project)));
    }
}
