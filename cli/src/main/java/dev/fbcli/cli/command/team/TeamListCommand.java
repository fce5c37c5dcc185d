package dev.fbcli.cli.command.team;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import picocli.CommandLine.Command;

@Command(
        name = "list",
        description = "List the team members (for project assignment and time reports).",
        usageHelpAutoWidth = true)
public final class TeamListCommand extends Base {
    TeamListCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        session().pipeline().view(session().actions().teamList(), false);
        return 0;
    }
}
