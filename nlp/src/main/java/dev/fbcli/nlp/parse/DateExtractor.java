package dev.fbcli.nlp.parse;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds days and ranges of days, relative to an injected today (INTENTS.md "Dates"): today,
 * yesterday, "two days ago", weekdays ("Friday", "last Friday": the most recent before today;
 * "next Friday"), weeks (Monday to Sunday), months, years, "the last 7 days" (today included),
 * "since Monday", ISO dates, "March 31" / "31 March" / "11/15" (US order).
 *
 * <p>A month and day without a year has two readings, both kept: {@link DateMention#from()} is
 * the most recent one not after today (for logging and listing) and {@link DateMention#upcoming()}
 * the next one not before today (for due dates). A bare weekday likewise: the most recent before
 * today, or the next after today.
 */
public final class DateExtractor {

    /**
     * A day ({@code from == to}) or a range; {@code upcoming} is the reading for a due date (the
     * same as {@code from} unless the phrase was ambiguous about the year or week).
     */
    public record DateMention(LocalDate from, LocalDate to, LocalDate upcoming, boolean range) {
        static DateMention day(LocalDate d) {
            return new DateMention(d, d, d, false);
        }

        static DateMention day(LocalDate past, LocalDate next) {
            return new DateMention(past, past, next, false);
        }

        static DateMention range(LocalDate from, LocalDate to) {
            return new DateMention(from, to, from, true);
        }
    }

    private static final String WD =
            "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu|thur|thurs|fri|sat|sun)";
    private static final String MONTH =
            "(january|february|march|april|may|june|july|august|september|october|november|december|"
                    + "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final String ORD = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String N = NumberWords.PATTERN;

    private static final Pattern ISO = Pattern.compile("(?<![\\w-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\w-])");
    private static final Pattern SLASH =
            Pattern.compile("(?<![\\w/.~])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\w/])");
    private static final Pattern DAY_BEFORE = Pattern.compile("\\b(?:the\\s)?day\\sbefore\\syesterday\\b");
    private static final Pattern TODAY =
            Pattern.compile("\\b(today|tonight|this\\s(?:morning|afternoon|evening)|earlier\\stoday|tomorrow|"
                    + "yesterday(?:\\s(?:morning|afternoon|evening))?|last\\snight)\\b");
    private static final Pattern AGO = Pattern.compile("(?<![\\w.])(" + N + ")\\s(days?|weeks?|months?)\\sago\\b");
    private static final Pattern LAST_N =
            Pattern.compile("\\b(?:(?:in|over|during|for)\\s)?(?:the\\s)?(?:last|past|previous)\\s(" + N
                    + ")\\s(days?|weeks?|months?)\\b");
    private static final Pattern PERIOD = Pattern.compile(
            "\\b(?:(?:the|this|current)\\s(week|month|year)|(last|previous|past|next)\\s(week|month|year)|"
                    + "year\\sto\\sdate|ytd|so\\sfar\\sthis\\s(week|month|year))\\b");
    /** "Q3", "the third quarter", "Q4 2025", "this quarter", "last quarter": calendar quarters. */
    private static final Pattern QUARTER =
            Pattern.compile("\\b(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)\\squarter"
                    + "|(this|current|last|previous|past|next)\\squarter)(?:\\s(?:of\\s)?(\\d{4}))?\\b");

    /** "for 2026", "in 2025": a whole calendar year. */
    private static final Pattern YEAR = Pattern.compile("(?<=\\b(?:in|for|during|of)\\s)(20\\d{2})\\b(?![-/:.]\\d)");

    private static final Pattern SINCE = Pattern.compile("\\bsince\\s(?:last\\s)?" + WD + "\\b");
    private static final Pattern MONTH_DAY =
            Pattern.compile("\\b" + MONTH + "\\.?\\s" + ORD + "\\b(?:,?\\s(\\d{4})\\b)?");
    private static final Pattern DAY_MONTH =
            Pattern.compile("(?<![\\w.])" + ORD + "\\s(?:of\\s)?" + MONTH + "\\b(?:,?\\s(\\d{4})\\b)?");
    private static final Pattern WEEKDAY =
            Pattern.compile("\\b(?:(last|this\\spast|past|next|this|coming)\\s)?" + WD + "\\b");
    private static final Pattern MONTH_ONLY = Pattern.compile("\\b(in|during|for|of|from|since|throughout)?\\s?" + MONTH
            + "\\b(?:\\s(\\d{4})\\b)?(?!\\.?\\s\\d{1,2}(?:st|nd|rd|th)?\\b)");
    private static final Pattern THE_NTH =
            Pattern.compile("\\bthe\\s(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s(?:of\\s)?" + MONTH + ")");
    private static final Pattern END_OF_MONTH =
            Pattern.compile("\\b(?:the\\s)?end\\sof\\s(?:the\\s)?(?:this\\s)?month\\b");
    private static final Pattern THE_BEFORE = Pattern.compile("(?s).*\\bthe\\s$");

    /** A noun after "the <month>": "the October retainer", "the November support block". */
    private static final Pattern MONTH_NOUN_AFTER = Pattern.compile(
            "\\s(?!(?:to|through|until|till|and|or|of|invoices?|expenses?|hours|time|entries|payments?|report|revenue|figures|numbers|period|window|cycle|quarter|month|week|statement|books)\\b)[a-z][a-z-]+");

    private static final Pattern SINCE_PREFIX = Pattern.compile(".*\\bsince\\s$");

    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thur", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY),
            Map.entry("sun", DayOfWeek.SUNDAY));

    private static final Pattern ON_BEFORE = Pattern.compile(".*\\b(?:on|since|from|until|till)\\s$");
    private static final Pattern DAY_AFTER = Pattern.compile("\\s*(?:[,.;!?]|$)");

    /** A short day name said where a day goes: after "on"/"since", or ending the phrase or a clause. */
    private static boolean dayPosition(String s, int start, int end, String typed) {
        return ON_BEFORE.matcher(s.substring(Math.max(0, start - 8), start)).matches()
                || terseDay(s, start, end) && !Character.isUpperCase(typed.charAt(start))
                || DAY_AFTER.matcher(s.substring(end)).lookingAt()
                        && DAY_AFTER.matcher(s.substring(end)).matches()
                || s.substring(end).matches("\\s*[,;].*");
    }

    /**
     * "6h dev apollo wed design system port": in a phrase that says a length of time, a short day
     * name between other words is the day the work was done — "sat" and "sun" only where no one
     * did the sitting ("I sat in on …") and no article makes them a thing ("the sun"); typed in
     * lower case, as terse phrases are ("for Sun Valley Farms" is a name).
     */
    private static boolean terseDay(String s, int start, int end) {
        if (!LENGTH_SAID.matcher(s).find() || start == 0 || end >= s.length()) {
            return false;
        }
        String day = s.substring(start, end);
        if (day.equals("sat") || day.equals("sun")) {
            return !SITTER.matcher(s.substring(Math.max(0, start - 8), start)).matches();
        }
        return true;
    }

    private static final Pattern SITTER = Pattern.compile("(?s).*\\b(?:i|we|he|she|they|you|who|the|a|in|under)\\s$");

    /** Words after which a short month name is more likely a name: "for jan", "to dec". */
    private static final Pattern NAME_BEFORE =
            Pattern.compile("(?s).*\\b(?:for|to|with|by|from|client|customer|project|and|named|called)\\s$");

    /**
     * A short month name ending the phrase or a clause after a list ("payments nov", "expenses
     * oct, by category"), not one that is also a common word or name ("may", "mar", "jan").
     */
    private static boolean monthPosition(String s, int start, int end, String name) {
        return !Set.of("may", "mar", "march", "jan", "aug", "sun").contains(name)
                && s.substring(end).matches("(?s)\\s*(?:[,;.!?].*)?")
                && start > 0
                && !NAME_BEFORE
                        .matcher(s.substring(Math.max(0, start - 12), start))
                        .matches();
    }

    private final LocalDate today;

    public DateExtractor(LocalDate today) {
        if (today == null) {
            throw new IllegalArgumentException("today is required");
        }
        this.today = today;
    }

    /** Every date mention in {@code text}, left to right, not overlapping. */
    public List<Span<DateMention>> findAll(String text) {
        String s = MoneyExtractor.lowerSameLength(text);
        List<Span<DateMention>> found = new ArrayList<>();
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            LocalDate d =
                    date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (d != null) {
                add(found, m, DateMention.day(d), s);
            }
        }
        m = SLASH.matcher(s);
        while (m.find()) {
            int mo = Integer.parseInt(m.group(1));
            int da = Integer.parseInt(m.group(2));
            if (m.group(3) != null) {
                int y = Integer.parseInt(m.group(3));
                LocalDate d = mo > 12 ? date(y < 100 ? 2000 + y : y, da, mo) : date(y < 100 ? 2000 + y : y, mo, da);
                if (d != null) {
                    add(found, m, DateMention.day(d), s);
                }
            } else {
                DateMention dm = mo > 12 ? yearless(da, mo) : yearless(mo, da); // D/M only when M/D cannot be
                if (dm != null) {
                    add(found, m, dm, s);
                }
            }
        }
        m = DAY_BEFORE.matcher(s);
        while (m.find()) {
            add(found, m, DateMention.day(today.minusDays(2)), s);
        }
        m = TODAY.matcher(s);
        while (m.find()) {
            String g = m.group(1);
            LocalDate d = g.startsWith("yesterday") || g.equals("last night")
                    ? today.minusDays(1)
                    : g.equals("tomorrow") ? today.plusDays(1) : today;
            add(found, m, DateMention.day(d), s);
        }
        m = AGO.matcher(s);
        while (m.find()) {
            if (AT_LEAST_BEFORE
                    .matcher(s.substring(Math.max(0, m.start() - 12), m.start()))
                    .matches()) {
                continue; // "more than 60 days ago" is an age, not a day
            }
            BigDecimal n = NumberWords.value(m.group(1));
            if (n == null || n.scale() > 0 && n.stripTrailingZeros().scale() > 0 || n.intValue() > 3660) {
                continue;
            }
            int k = n.intValue();
            String unit = m.group(2);
            LocalDate d = unit.startsWith("day")
                    ? today.minusDays(k)
                    : unit.startsWith("week") ? today.minusWeeks(k) : today.minusMonths(k);
            add(found, m, DateMention.day(d), s);
        }
        m = LAST_N.matcher(s);
        while (m.find()) {
            BigDecimal n = NumberWords.value(m.group(1));
            if (n == null || n.signum() <= 0 || n.stripTrailingZeros().scale() > 0 || n.intValue() > 3660) {
                continue;
            }
            int k = n.intValue();
            String unit = m.group(2);
            LocalDate from = unit.startsWith("day")
                    ? today.minusDays(k - 1L)
                    : unit.startsWith("week")
                            ? today.minusWeeks(k).plusDays(1)
                            : today.minusMonths(k).plusDays(1);
            add(found, m, DateMention.range(from, today), s);
        }
        m = YEAR.matcher(s);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            add(found, m, DateMention.range(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)), s);
        }
        m = QUARTER.matcher(s);
        while (m.find()) {
            if (m.group(1) != null && text.substring(m.end()).matches("(?s)\\s\\p{Lu}.*")) {
                continue; // "Q1 Campaign" is a name
            }
            if (s.substring(Math.max(0, m.start() - 8), m.start()).matches("(?s).*\\bproject\\s$")
                    && s.substring(m.end()).matches("(?s)\\s[a-z].*")) {
                continue; // "project q1 newsletter" names a project
            }
            DateMention dm = quarter(m);
            if (dm != null) {
                add(found, m, dm, s);
            }
        }
        m = PERIOD.matcher(s);
        while (m.find()) {
            DateMention dm = period(m);
            if (dm != null) {
                add(found, m, dm, s);
            }
        }
        m = SINCE.matcher(s);
        while (m.find()) {
            LocalDate d = previous(DAYS.get(m.group(1)));
            add(found, m, DateMention.range(d, today), s);
        }
        m = MONTH_DAY.matcher(s);
        while (m.find()) {
            monthDay(found, m, s, m.group(1), m.group(2), m.group(3));
        }
        m = DAY_MONTH.matcher(s);
        while (m.find()) {
            monthDay(found, m, s, m.group(2), m.group(1), m.group(3));
        }
        m = END_OF_MONTH.matcher(s);
        while (m.find()) {
            add(found, m, DateMention.day(today.with(TemporalAdjusters.lastDayOfMonth())), s);
        }
        m = WEEKDAY.matcher(s);
        while (m.find()) {
            String mod = m.group(1);
            String day = m.group(2);
            if (mod == null && day.length() <= 3 && !day.equals("fri") && !dayPosition(s, m.start(), m.end(), text)) {
                continue; // "sat", "sun", "wed", "mon" alone are too often other words, except as a day is said
            }
            DayOfWeek dow = DAYS.get(day);
            LocalDate past = previous(dow);
            LocalDate next = next(dow);
            DateMention dm;
            if (mod == null || mod.equals("last") || mod.endsWith("past")) {
                dm = mod == null ? DateMention.day(past, next) : DateMention.day(past);
            } else if (mod.equals("next") || mod.equals("coming")) {
                dm = DateMention.day(next);
            } else { // "this Friday": the day of this week
                LocalDate d = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .plusDays(dow.getValue() - 1L);
                dm = DateMention.day(d);
            }
            boolean since = SINCE_PREFIX
                    .matcher(s.substring(Math.max(0, m.start() - 8), m.start()))
                    .matches();
            if (!since) {
                add(found, m, dm, s);
            }
        }
        m = MONTH_ONLY.matcher(s);
        while (m.find()) {
            String prep = m.group(1);
            String name = m.group(2);
            String year = m.group(3);
            if (year == null
                    && THE_BEFORE
                            .matcher(s.substring(Math.max(0, m.start(2) - 4), m.start(2)))
                            .matches()
                    && MONTH_NOUN_AFTER.matcher(s.substring(m.end())).lookingAt()) {
                continue; // "for the October retainer": the month names a thing, it is no date
            }
            boolean fullName = name.length() > 4 || name.equals("june") || name.equals("july");
            boolean risky = name.equals("may")
                    || name.equals("march")
                    || name.equals("mar")
                    || name.equals("jan")
                    || name.equals("dec")
                    || name.equals("sep")
                    || name.equals("oct")
                    || name.equals("aug");
            if (prep == null && year == null && (!fullName || risky) && !monthPosition(s, m.start(2), m.end(), name)) {
                continue;
            }
            int mo = month(name);
            int y;
            if (year != null) {
                y = Integer.parseInt(year);
            } else {
                y = mo <= today.getMonthValue() ? today.getYear() : today.getYear() - 1;
            }
            LocalDate first = date(y, mo, 1);
            if (first == null) {
                continue;
            }
            int start = prep == null ? m.start(2) : m.start();
            if ("since".equals(prep)) {
                addSpan(found, start, m.end(), DateMention.range(first, today));
            } else {
                addSpan(
                        found,
                        start,
                        m.end(),
                        DateMention.range(first, first.with(TemporalAdjusters.lastDayOfMonth())));
            }
        }
        m = THE_NTH.matcher(s);
        while (m.find()) {
            if (!ORDINAL_NOUN.matcher(s.substring(m.end())).lookingAt()) { // "the 3rd draft" counts drafts
                nth(found, m.start(), m.end(), Integer.parseInt(m.group(1)));
            }
        }
        if (LENGTH_SAID.matcher(s).find()) {
            // "1h consulting compass 18th": a time entry typed tersely names its day without "the"
            Matcher bare = BARE_NTH.matcher(s);
            while (bare.find()) {
                if (!ORDINAL_NOUN.matcher(s.substring(bare.end())).lookingAt()) {
                    nth(found, bare.start(), bare.end(), Integer.parseInt(bare.group(1)));
                }
            }
        }
        return twoEnds(sinceDay(Span.leftmostLongest(found), s), s);
    }

    /** "the 18th" at {@code [start, end)}: the most recent such day, or the next one. */
    private void nth(List<Span<DateMention>> found, int start, int end, int d) {
        {
            if (d < 1 || d > 31) {
                return;
            }
            LocalDate past = null;
            LocalDate cursor = today;
            for (int i = 0; i < 3 && past == null; i++) {
                past = d <= cursor.lengthOfMonth() ? cursor.withDayOfMonth(d) : null;
                if (past != null && past.isAfter(today)) {
                    past = null;
                }
                cursor = cursor.minusMonths(1);
            }
            LocalDate next = null;
            cursor = today;
            for (int i = 0; i < 3 && next == null; i++) {
                next = d <= cursor.lengthOfMonth() ? cursor.withDayOfMonth(d) : null;
                if (next != null && next.isBefore(today)) {
                    next = null;
                }
                cursor = cursor.plusMonths(1);
            }
            if (past != null && next != null) {
                addSpan(found, start, end, DateMention.day(past, next));
            }
        }
    }

    /**
     * A length of time said ("3h", "2.5 hrs", "45 mins", "1h40") or an amount ("45.00", "$12"): the
     * phrase logs work or spending, so a terse day name or ordinal in it is the day it happened.
     */
    private static final Pattern LENGTH_SAID =
            Pattern.compile("\\b\\d+(?:[.:]\\d+)?\\s?(?:h|hrs?|hours?|m|mins?|minutes?)\\b|\\b\\d+h\\d+m?\\b"
                    + "|(?<![\\w.,])\\d{1,6}\\.\\d{2}(?![\\w.])|[$€£]\\s?\\d"); // or an amount: "wework 45.00 mon …"

    /** "18th", "2nd" with no "the" before and no month after. */
    private static final Pattern BARE_NTH =
            Pattern.compile("(?<![\\w.$€£/-]|the\\s)(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s(?:of\\s)?" + MONTH + ")");

    /** What an ordinal counts when it is no day: "2nd draft", "3rd floor", "1st round". */
    private static final Pattern ORDINAL_NOUN = Pattern.compile(
            "\\s(?:floor|draft|round|time|times|line|item|version|edition|place|grade|quarter|week|month|year|day|street|st"
                    + "|ave|avenue|attempt|revision|pass|call|meeting|session|phase|sprint|payment|installment|instalment"
                    + "|invoice|reminder|anniversary|birthday|iteration|batch|chapter|episode|issue|lesson|step|stage|level"
                    + "|option|review|visit|workshop|one|ones)\\b");

    /** What joins two days into one range: "through", "until", "-", and "to"/"and" after "from"/"between". */
    private static final Pattern RANGE_JOIN = Pattern.compile("\\s*(?:through|thru|until|till|up to|-|–|to|and)\\s*");

    private static final Pattern RANGE_OPEN = Pattern.compile("(?s).*\\b(from|between)\\s(?:the\\s)?$");

    /** A phrase that moves a record from one day to another says two days, not a range. */
    private static final Pattern MOVES =
            Pattern.compile("\\b(?:change|changed|move|moved|reschedule|switch|shift|update|set|edit|fix|correct)\\b");

    /**
     * "between 2026-09-01 and 2026-10-31", "from Sept 1 to Oct 31", "11/01-11/15", "July through
     * September": two days (or months) that bound a range are one range, from the start of the
     * first to the end of the second, never the first day alone.
     */
    private static List<Span<DateMention>> twoEnds(List<Span<DateMention>> spans, String s) {
        if (spans.size() < 2) {
            return spans;
        }
        List<Span<DateMention>> out = new ArrayList<>();
        int i = 0;
        while (i < spans.size()) {
            Span<DateMention> a = spans.get(i);
            Span<DateMention> b = i + 1 < spans.size() ? spans.get(i + 1) : null;
            Span<DateMention> joined = b == null ? null : join(a, b, s);
            if (joined != null) {
                out.add(joined);
                i += 2;
            } else {
                out.add(a);
                i++;
            }
        }
        return out;
    }

    private static Span<DateMention> join(Span<DateMention> a, Span<DateMention> b, String s) {
        if (a.end() > b.start()) {
            return null;
        }
        String between = s.substring(a.end(), b.start());
        if (!RANGE_JOIN.matcher(between).matches()) {
            return null;
        }
        String word = between.strip();
        Matcher open = RANGE_OPEN.matcher(s.substring(Math.max(0, a.start() - 14), a.start()));
        boolean opened = open.matches();
        String opener = opened ? open.group(1) : null;
        String first = s.substring(a.start(), a.end());
        if (opener == null && (first.startsWith("from ") || first.startsWith("between "))) {
            opener = first.substring(0, first.indexOf(' ')); // "from september" is one mention
        }
        boolean calendarDays =
                first.matches("(?s).*\\d.*") && s.substring(b.start(), b.end()).matches("(?s).*\\d.*");
        if (word.equals("to") && opener == null && calendarDays) {
            opener = "from"; // "expenses 2026-10-05 to 2026-10-19", "oct 5 to oct 19": two dates said, one range
        }
        if ((word.equals("to") || word.equals("and")) && opener == null) {
            return null; // "invoice 0042 to Acme on Monday and Tuesday" is not a range
        }
        if (word.equals("and") && !opener.equals("between")) {
            return null;
        }
        if (word.equals("to") && MOVES.matcher(s).find()) {
            return null; // "move the entry from Monday to Tuesday"
        }
        LocalDate from = a.value().from();
        LocalDate to = b.value().to();
        if (to.isBefore(from)) {
            return null;
        }
        int start = opened ? s.lastIndexOf(open.group(1), a.start()) : a.start();
        return new Span<>(start, b.end(), DateMention.range(from, to));
    }

    private static final Pattern AT_LEAST_BEFORE = Pattern.compile("(?s).*\\b(?:than|least|over)\\s$");

    private static final Pattern SINCE_BEFORE = Pattern.compile("(?s).*\\bsince\\s(?:the\\s)?$");

    /** "since October 1", "since 11/02", "since the 3rd": from that day to today. */
    private List<Span<DateMention>> sinceDay(List<Span<DateMention>> spans, String s) {
        List<Span<DateMention>> out = null;
        for (int i = 0; i < spans.size(); i++) {
            Span<DateMention> d = spans.get(i);
            String before = s.substring(Math.max(0, d.start() - 12), d.start());
            if (!d.value().range()
                    && !d.value().from().isAfter(today)
                    && SINCE_BEFORE.matcher(before).matches()) {
                if (out == null) {
                    out = new ArrayList<>(spans);
                }
                int start = s.lastIndexOf("since", d.start());
                out.set(
                        i,
                        new Span<>(start, d.end(), DateMention.range(d.value().from(), today)));
            }
        }
        return out == null ? spans : out;
    }

    /** The whole of {@code text} as one day ("yesterday", "2026-11-02", "last Friday"), or null. */
    public LocalDate parseDay(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        List<Span<DateMention>> all = findAll(t);
        if (all.size() == 1
                && all.get(0).start() == 0
                && all.get(0).end() == t.length()
                && !all.get(0).value().range()) {
            return all.get(0).value().from();
        }
        return null;
    }

    private void monthDay(
            List<Span<DateMention>> found, Matcher m, String s, String monthName, String day, String year) {
        int mo = month(monthName);
        int d = Integer.parseInt(day);
        if (year != null) {
            LocalDate date = date(Integer.parseInt(year), mo, d);
            if (date != null) {
                add(found, m, DateMention.day(date), s);
            }
            return;
        }
        DateMention dm = yearless(mo, d);
        if (dm != null) {
            add(found, m, dm, s);
        }
    }

    private DateMention yearless(int mo, int d) {
        if (mo < 1 || mo > 12 || d < 1 || d > 31) {
            return null;
        }
        MonthDay md;
        try {
            md = MonthDay.of(mo, d);
        } catch (DateTimeException e) {
            return null;
        }
        LocalDate past = null;
        for (int y = today.getYear(); y >= today.getYear() - 8 && past == null; y--) {
            if (md.isValidYear(y) && !md.atYear(y).isAfter(today)) {
                past = md.atYear(y);
            }
        }
        LocalDate next = null;
        for (int y = today.getYear(); y <= today.getYear() + 8 && next == null; y++) {
            if (md.isValidYear(y) && !md.atYear(y).isBefore(today)) {
                next = md.atYear(y);
            }
        }
        return past == null || next == null ? null : DateMention.day(past, next);
    }

    private DateMention period(Matcher m) {
        String g = m.group();
        if (g.equals("year to date") || g.equals("ytd")) {
            return DateMention.range(today.withDayOfYear(1), today);
        }
        String unit;
        String mod;
        if (m.group(1) != null) {
            unit = m.group(1);
            mod = "this";
        } else if (m.group(3) != null) {
            unit = m.group(3);
            mod = m.group(2);
        } else {
            return DateMention.range(start(m.group(4), today), today); // so far this ...
        }
        if (mod.equals("past")) {
            // "the past week" is the last 7 days, "the past month" the last month of days
            LocalDate from = unit.equals("week")
                    ? today.minusDays(6)
                    : unit.equals("month")
                            ? today.minusMonths(1).plusDays(1)
                            : today.minusYears(1).plusDays(1);
            return DateMention.range(from, today);
        }
        LocalDate base =
                mod.equals("this") ? today : mod.equals("next") ? shift(unit, today, 1) : shift(unit, today, -1);
        LocalDate from = start(unit, base);
        LocalDate to = unit.equals("week")
                ? from.plusDays(6)
                : unit.equals("month")
                        ? from.with(TemporalAdjusters.lastDayOfMonth())
                        : from.with(TemporalAdjusters.lastDayOfYear());
        return DateMention.range(from, to);
    }

    private static LocalDate shift(String unit, LocalDate d, int n) {
        return unit.equals("week") ? d.plusWeeks(n) : unit.equals("month") ? d.plusMonths(n) : d.plusYears(n);
    }

    private static LocalDate start(String unit, LocalDate d) {
        return unit.equals("week")
                ? d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : unit.equals("month") ? d.withDayOfMonth(1) : d.withDayOfYear(1);
    }

    /** The most recent {@code dow} strictly before today. */
    private LocalDate previous(DayOfWeek dow) {
        return today.with(TemporalAdjusters.previous(dow));
    }

    /** The next {@code dow} strictly after today. */
    private LocalDate next(DayOfWeek dow) {
        return today.with(TemporalAdjusters.next(dow));
    }

    private static int month(String name) {
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < names.length; i++) {
            if (name.startsWith(names[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private DateMention quarter(Matcher m) {
        int year = m.group(4) == null ? today.getYear() : Integer.parseInt(m.group(4));
        if (year < 1900 || year > 2200) {
            return null;
        }
        int q;
        if (m.group(1) != null) {
            q = Integer.parseInt(m.group(1));
        } else if (m.group(2) != null) {
            q = List.of("first", "second", "third", "fourth").indexOf(m.group(2)) + 1;
            if (q == 0) {
                q = m.group(2).charAt(0) - '0';
            }
        } else {
            if (m.group(4) != null) {
                return null;
            }
            LocalDate first = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
            String w = m.group(3);
            if (w.equals("last") || w.equals("previous") || w.equals("past")) {
                first = first.minusMonths(3);
            } else if (w.equals("next")) {
                first = first.plusMonths(3);
            }
            return DateMention.range(first, first.plusMonths(3).minusDays(1));
        }
        LocalDate first = LocalDate.of(year, (q - 1) * 3 + 1, 1);
        return DateMention.range(first, first.plusMonths(3).minusDays(1));
    }

    private static void add(List<Span<DateMention>> found, Matcher m, DateMention dm, String s) {
        addSpan(found, m.start(), m.end(), dm);
    }

    private static void addSpan(List<Span<DateMention>> found, int start, int end, DateMention dm) {
        found.add(new Span<>(start, end, dm));
    }
}
