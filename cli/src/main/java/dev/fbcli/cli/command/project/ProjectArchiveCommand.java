package dev.fbcli.cli.command.project;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "archive",
        description = "Archive a project (kept with its time and invoices).",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb project archive 'Data Migration'"})
public final class ProjectArchiveCommand extends Base {
    @Parameters(index = "0", paramLabel = "<project>", description = "The project, by name.")
    String project;

    ProjectArchiveCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.ArchiveProject(project)));
    }
}
