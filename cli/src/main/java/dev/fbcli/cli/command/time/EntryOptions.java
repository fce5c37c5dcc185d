package dev.fbcli.cli.command.time;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.command.FlagValues;
import dev.fbcli.cli.command.TargetOptions;
import dev.fbcli.nlp.intent.TimeEntryRef;
import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Which time entry a show or a delete means: {@code <entry>} (an id, or {@code last}), and/or what
 * is known about it: {@code --date}, {@code --project}/{@code --client}/{@code --on},
 * {@code --service}, {@code --duration}. Several that fit are a choice at a terminal and a list in a
 * script.
 */
public final class EntryOptions {
    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "<entry>",
            description = "The entry's id (see `fb time list`), or `last` (the last one logged).")
    String entry;

    @Option(
            names = "--date",
            paramLabel = "<day>",
            converter = FlagValues.Day.class,
            description = "The entry's day: YYYY-MM-DD, yesterday, monday...")
    LocalDate date;

    @Mixin
    TargetOptions on;

    @Option(
            names = {"-s", "--service"},
            paramLabel = "<name>",
            description = "The entry's service.")
    String service;

    @Option(
            names = {"-d", "--duration"},
            paramLabel = "<duration>",
            converter = FlagValues.Minutes.class,
            description = "How long the entry is: 2h, 1h30m.")
    Integer minutes;

    TimeEntryRef ref() {
        return ref(entry, date, on, service, minutes);
    }

    /** An id or {@code last}, with what is known about the entry; a usage error for anything else. */
    static TimeEntryRef ref(String entry, LocalDate date, TargetOptions on, String service, Integer minutes) {
        boolean last = entry != null && entry.strip().toLowerCase(Locale.ROOT).equals("last");
        String id = entry == null || last ? null : entry.strip();
        if (id != null && !id.matches("#?[0-9]{1,18}")) {
            throw new CliException.Usage(
                    "'" + entry + "' is not a time entry id or `last`",
                    "`fb time list` shows the entries with their ids");
        }
        try {
            return new TimeEntryRef(id, last, date, on == null ? null : on.ref(), service, minutes);
        } catch (IllegalArgumentException e) {
            throw new CliException.Usage(e.getMessage(), "give the entry's id, `last`, or --date and --project");
        }
    }
}
