package dev.fbcli.cli.command.project;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List projects with hours logged and budgets.", usageHelpAutoWidth = true)
public final class ProjectListCommand extends Base {
    @Option(
            names = {"-c", "--client"},
            paramLabel = "<name>",
            description = "Only this client's.")
    String client;

    @Option(names = "--over-budget", description = "Only projects with more time logged than budgeted.")
    boolean overBudget;

    ProjectListCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(new Intent.ListProjects(client, overBudget ? Boolean.TRUE : null));
    }
}
