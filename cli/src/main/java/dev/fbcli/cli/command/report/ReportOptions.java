package dev.fbcli.cli.command.report;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.command.FlagValues;
import dev.fbcli.nlp.intent.DateRange;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** A report's period ({@code --from/--to}, {@code --month}, {@code --quarter} or {@code --year}) and its currency. */
public final class ReportOptions {
    @Option(
            names = "--from",
            paramLabel = "<day>",
            converter = FlagValues.Day.class,
            description = "First day (YYYY-MM-DD, yesterday, monday...).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "<day>", converter = FlagValues.Day.class, description = "Last day, included.")
    LocalDate to;

    @Option(names = "--month", paramLabel = "<month>", description = "One month: 2026-11, 11 or november.")
    String month;

    @Option(names = "--quarter", paramLabel = "<quarter>", description = "One quarter: Q3, 3 or 2026-Q3.")
    String quarter;

    @Option(names = "--year", paramLabel = "<year>", description = "One year: 2026.")
    String year;

    @Option(
            names = "--currency",
            paramLabel = "<code>",
            converter = FlagValues.CurrencyCode.class,
            description = "Only this currency (default: each currency the business bills in, apart).")
    String currency;

    /** The period said, or null (the report's default: this year to date). */
    DateRange range(LocalDate today) {
        int given = (month != null ? 1 : 0)
                + (quarter != null ? 1 : 0)
                + (year != null ? 1 : 0)
                + (from != null || to != null ? 1 : 0);
        if (given > 1) {
            throw new CliException.Usage("give one period: --from/--to, --month, --quarter or --year");
        }
        if (month != null) {
            return ReportPeriods.month(month, today);
        }
        if (quarter != null) {
            return ReportPeriods.quarter(quarter, today);
        }
        if (year != null) {
            return ReportPeriods.year(year);
        }
        if (from == null && to == null) {
            return null;
        }
        if (from == null) {
            return new DateRange(to.withDayOfYear(1), to); // --to alone: from January 1 of its year
        }
        LocalDate end = to == null ? today : to;
        if (end.isBefore(from)) {
            throw new CliException.Usage("--to " + end + " is before --from " + from);
        }
        return new DateRange(from, end);
    }
}
