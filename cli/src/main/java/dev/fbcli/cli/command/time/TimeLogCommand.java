package dev.fbcli.cli.command.time;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.FlagValues;
import dev.fbcli.cli.command.NoteOption;
import dev.fbcli.cli.command.TargetOptions;
import dev.fbcli.nlp.intent.Intent;
import java.time.LocalDate;
import java.time.LocalTime;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "log",
        description = "Log a time entry.",
        usageHelpAutoWidth = true,
        footer = {
            "%nExample:%n  fb time log --duration 3h --project 'Website Redesign' --service Design --date yesterday"
        })
public final class TimeLogCommand extends Base {
    @Option(
            names = {"-d", "--duration"},
            required = true,
            paramLabel = "<duration>",
            converter = FlagValues.Minutes.class,
            description = "How long: 3h, 1h30m, 1:30, 45m.")
    Integer minutes;

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
            converter = FlagValues.Day.class,
            description = "The day (default today): YYYY-MM-DD, yesterday, friday...")
    LocalDate date;

    @Option(
            names = "--start",
            paramLabel = "<HH:MM>",
            converter = FlagValues.TimeOfDay.class,
            description = "When the work started (default 09:00).")
    LocalTime start;

    @Mixin
    NoteOption note;

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
        Boolean b = billable == null ? null : billable.yes;
        return run(build(() ->
                new Intent.LogTime(minutes, date == null ? today() : date, on.ref(), service, note.note, b, start)));
    }
}
