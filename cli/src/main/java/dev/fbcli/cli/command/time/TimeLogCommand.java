package dev.fbcli.cli.command.time;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.TargetOptions;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "log",
        description = "Log a time entry.",
        usageHelpAutoWidth = true,
        footer = {
            "%nExample:%n  fb time log --duration 3h --project 'Website Redesign' --service Design --date 2026-11-24"
        })
public final class TimeLogCommand extends Base {
    @Option(
            names = {"-d", "--duration"},
            required = true,
            paramLabel = "<duration>",
            description = "How long: 3h, 1h30m, 1:30, 45m.")
    String duration;

    @Mixin
    TargetOptions on;

    @Option(
            names = {"-s", "--service"},
            paramLabel = "<name>",
            description = "The kind of work (a service: Design, Development...).")
    String service;

    @Option(
            names = "--date",
            paramLabel = "<day>",
            description = "The day (default today): YYYY-MM-DD, yesterday, friday...")
    String date;

    @Option(names = "--start", paramLabel = "<HH:MM>", description = "When the work started (default 09:00).")
    String start;

    @Option(
            names = {"-n", "--note"},
            paramLabel = "<text>",
            description = "A note.")
    String note;

    @ArgGroup(exclusive = true)
    Billable billable;

    static final class Billable {
        @Option(names = "--billable", description = "Billable (default: yes when there is a client).")
        boolean yes;

        @Option(names = "--no-billable", description = "Not billable.")
        boolean no;
    }

    TimeLogCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        int minutes = minutes("--duration", duration);
        Boolean b = billable == null ? null : billable.yes;
        return run(build(() -> new Intent.LogTime(
                minutes,
                date == null ? today() : day("--date", date),
                on.ref(),
                service,
                note,
                b,
                time("--start", start))));
    }
}
