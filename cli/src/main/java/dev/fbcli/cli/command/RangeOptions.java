package dev.fbcli.cli.command;

import dev.fbcli.cli.CliException;
import dev.fbcli.nlp.intent.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import picocli.CommandLine.Option;

/** A period: {@code --from}/{@code --to}, or {@code --today}, {@code --week}, {@code --last-week}, {@code --month}, {@code --last-month}. */
public final class RangeOptions {
    @Option(
            names = "--from",
            paramLabel = "<day>",
            converter = FlagValues.Day.class,
            description = "First day (YYYY-MM-DD, yesterday, monday...).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "<day>", converter = FlagValues.Day.class, description = "Last day, included.")
    LocalDate to;

    @Option(names = "--today", description = "Today only.")
    boolean today;

    @Option(names = "--week", description = "This week (Monday to Sunday).")
    boolean week;

    @Option(names = "--last-week", description = "Last week.")
    boolean lastWeek;

    @Option(names = "--month", description = "This month.")
    boolean month;

    @Option(names = "--last-month", description = "Last month.")
    boolean lastMonth;

    /** The range, or null when none was given. */
    public DateRange range(Base cmd) {
        LocalDate t = cmd.today();
        int shortcuts = (today ? 1 : 0) + (week ? 1 : 0) + (lastWeek ? 1 : 0) + (month ? 1 : 0) + (lastMonth ? 1 : 0);
        if (shortcuts > 1 || (shortcuts == 1 && (from != null || to != null))) {
            throw new CliException.Usage(
                    "give one period: --from/--to, --today, --week, --last-week, --month or --last-month");
        }
        LocalDate monday = t.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (today) {
            return DateRange.day(t);
        } else if (week) {
            return new DateRange(monday, monday.plusDays(6));
        } else if (lastWeek) {
            return new DateRange(monday.minusDays(7), monday.minusDays(1));
        } else if (month) {
            return new DateRange(t.withDayOfMonth(1), t.with(TemporalAdjusters.lastDayOfMonth()));
        } else if (lastMonth) {
            LocalDate first = t.withDayOfMonth(1).minusMonths(1);
            return new DateRange(first, first.with(TemporalAdjusters.lastDayOfMonth()));
        }
        if (from == null && to == null) {
            return null;
        }
        LocalDate f = from;
        LocalDate e = to == null ? t : to;
        if (f == null) {
            throw new CliException.Usage("--to needs --from");
        }
        if (e.isBefore(f)) {
            throw new CliException.Usage("--to " + e + " is before --from " + f);
        }
        return new DateRange(f, e);
    }
}
