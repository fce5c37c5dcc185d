package dev.fbcli.cli.command.report;

import dev.fbcli.cli.CliException;
import dev.fbcli.nlp.intent.DateRange;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report period flags as days: {@code --month 2026-11 | 11 | nov | november} (a month named
 * without a year is the latest one not after today's), {@code --quarter Q3 | 3 | 2026-Q3} (a
 * quarter without a year likewise), {@code --year 2026}. Pure; every refusal names the flag and an
 * example.
 */
public final class ReportPeriods {
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(?:(\\d{4})\\s*[- ]?\\s*)?q?([1-4])(?:\\s+(\\d{4}))?");

    private ReportPeriods() {}

    public static DateRange month(String said, LocalDate today) {
        String s = said.strip().toLowerCase(Locale.ROOT);
        Matcher m = YEAR_MONTH.matcher(s);
        YearMonth ym;
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw bad("--month", said, "2026-11, 11 or november");
            }
            ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
        } else {
            Month month = null;
            if (s.matches("\\d{1,2}")) {
                int n = Integer.parseInt(s);
                month = n >= 1 && n <= 12 ? Month.of(n) : null;
            } else if (s.length() >= 3) {
                for (Month x : Month.values()) {
                    String full =
                            x.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
                    if (full.startsWith(s)) {
                        month = x;
                    }
                }
            }
            if (month == null) {
                throw bad("--month", said, "2026-11, 11 or november");
            }
            ym = YearMonth.of(today.getYear(), month);
            if (ym.isAfter(YearMonth.from(today))) {
                ym = ym.minusYears(1);
            }
        }
        return new DateRange(ym.atDay(1), ym.atEndOfMonth());
    }

    public static DateRange quarter(String said, LocalDate today) {
        Matcher m = QUARTER.matcher(said.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || (m.group(1) != null && m.group(3) != null)) {
            throw bad("--quarter", said, "Q3, 3 or 2026-Q3");
        }
        int q = Integer.parseInt(m.group(2));
        String y = m.group(1) != null ? m.group(1) : m.group(3);
        int year = y != null ? Integer.parseInt(y) : today.getYear();
        LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
        if (y == null && start.isAfter(today)) {
            start = start.minusYears(1);
        }
        return new DateRange(start, start.plusMonths(3).minusDays(1));
    }

    public static DateRange year(String said) {
        String s = said.strip();
        if (!s.matches("\\d{4}")) {
            throw bad("--year", said, "2026");
        }
        int y = Integer.parseInt(s);
        return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    private static CliException bad(String flag, String said, String example) {
        return new CliException.Usage("cannot read " + flag + " '" + said + "'", "for example " + flag + " " + example);
    }
}
