package dev.fbcli.cli.command.time;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.FlagValues;
import dev.fbcli.cli.command.NoteOption;
import dev.fbcli.cli.command.TargetOptions;
import dev.fbcli.nlp.intent.Intent;
import java.time.LocalDate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "edit",
        description = "Change a time entry: its duration, day, project or client, service, note, billable.",
        usageHelpAutoWidth = true,
        footer = {
            "%nThe options are the new values. Find an entry's id with `fb time list` or `fb time show`.",
            "%nExamples:%n  fb time edit last --duration 5h%n  fb time edit 6001 --project Apollo --date '2 days ago'"
        })
public final class TimeEditCommand extends Base {
    @Parameters(index = "0", paramLabel = "<entry>", description = "The entry's id, or `last` (the last one logged).")
    String entry;

    @Option(
            names = {"-d", "--duration"},
            paramLabel = "<duration>",
            converter = FlagValues.Minutes.class,
            description = "The new duration: 5h, 1h30m, 1:30.")
    Integer minutes;

    @Option(
            names = "--date",
            paramLabel = "<day>",
            converter = FlagValues.Day.class,
            description = "The new day (the start time stays).")
    LocalDate date;

    @Mixin
    TargetOptions on;

    @Option(
            names = {"-s", "--service"},
            paramLabel = "<name>",
            description = "The new service.")
    String service;

    @Mixin
    NoteOption note;

    @ArgGroup(exclusive = true)
    Billable billable;

    static final class Billable {
        @Option(names = "--billable", description = "Billable.")
        boolean yes;

        @Option(names = "--no-billable", description = "Not billable.")
        boolean no;
    }

    TimeEditCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Boolean b = billable == null ? null : billable.yes;
        return run(build(() -> new Intent.EditTime(
                EntryOptions.ref(entry, null, null, null, null), minutes, date, on.ref(), service, note.note, b)));
    }
}
