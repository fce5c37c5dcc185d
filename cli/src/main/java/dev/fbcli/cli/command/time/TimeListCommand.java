package dev.fbcli.cli.command.time;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.RangeOptions;
import dev.fbcli.cli.command.TargetOptions;
import dev.fbcli.cli.command.TeamOption;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "list",
        description = "List time entries (default: this week; with --unbilled, every date) with totals.",
        usageHelpAutoWidth = true)
public final class TimeListCommand extends Base {
    @Mixin
    RangeOptions range;

    @Mixin
    TargetOptions on;

    @Option(
            names = {"-s", "--service"},
            paramLabel = "<name>",
            description = "Only this service.")
    String service;

    @Option(
            names = "--unbilled",
            description = "Only billable time not invoiced yet (of any date unless a period is given).")
    boolean unbilled;

    @Mixin
    TeamOption team;

    TimeListCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Intent.ListTime t = build(
                () -> new Intent.ListTime(range.range(this), on.ref(), service, unbilled ? Boolean.TRUE : null, null));
        ctx.session().pipeline().view(ctx.session().actions().timeList(t, "entry", team.team), false);
        return 0;
    }
}
