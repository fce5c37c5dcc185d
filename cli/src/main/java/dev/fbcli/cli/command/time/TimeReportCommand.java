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
        name = "report",
        description = "Time totals for a period, grouped (billable and unbilled).",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb time report --week --by project"})
public final class TimeReportCommand extends Base {
    /** What a report groups by. */
    public enum By {
        day,
        client,
        project,
        service,
        member
    }

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
            names = "--by",
            paramLabel = "<group>",
            defaultValue = "project",
            description = "Group by: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    By by;

    @Option(
            names = "--unbilled",
            description = "Only billable time not invoiced yet (of any date unless a period is given).")
    boolean unbilled;

    @Mixin
    TeamOption team;

    TimeReportCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Intent.ListTime t = build(
                () -> new Intent.ListTime(range.range(this), on.ref(), service, unbilled ? Boolean.TRUE : null, null));
        ctx.session().pipeline().view(ctx.session().actions().timeList(t, by.name(), team.team), false);
        return 0;
    }
}
