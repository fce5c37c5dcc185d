package dev.fbcli.nlp.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds lengths of time, in whole minutes: {@code 3 hours}, {@code 2.5h}, {@code 2h15m},
 * {@code 1h30}, {@code 1:30}, {@code 90 minutes}, {@code an hour and a half},
 * {@code three and a half hours}, {@code half an hour}, {@code 2 hours 30 minutes}, and clock
 * ranges {@code from 9 to 11:30} / {@code 1pm-3:30pm} (which also give the start time).
 *
 * <p>A clock range without am/pm reads hours before 7 as afternoon ("from 2 to 4" is 14:00 to
 * 16:00), and an end before the start as afternoon too ("from 11 to 2" ends at 14:00).
 */
public final class DurationExtractor {

    /** A duration mention; {@code start} is set for clock ranges. */
    public record DurationMention(int minutes, LocalTime start) {}

    private static final Pattern SPELLED_UNIT =
            Pattern.compile("\\s(?:hours?|hrs?|minutes?|mins?)\\b.*", Pattern.CASE_INSENSITIVE);

    /** True when the unit after a number said as a word is a word itself ("a minute", not "am"). */
    private static boolean spelledUnit(String match, String number) {
        String rest = match.substring(match.indexOf(number) + number.length())
                .replaceFirst("(?i)^\\s(?:and\\s(?:a\\s)?half|and\\sa\\squarter|and\\sthree\\squarters)", "");
        return SPELLED_UNIT.matcher(rest).matches();
    }

    private static final String N = NumberWords.PATTERN;
    private static final String H = "(?:hours?|hrs?|h)\\b";
    private static final String M = "(?:minutes?|mins?|m)\\b";
    private static final String FRAC = "(?:\\s(and\\s(?:a\\s)?half|and\\sa\\squarter|and\\sthree\\squarters))?";

    private static final Pattern RANGE = Pattern.compile(
            "\\b(from\\s|between\\s)?(\\d{1,2})(?:[:.]([0-5]\\d))?\\s?(am|pm|a\\.m\\.|p\\.m\\.)?\\s?(?:to|until|till|-|–|and)\\s?"
                    + "(\\d{1,2})(?:[:.]([0-5]\\d))?\\s?(am|pm|a\\.m\\.|p\\.m\\.)?(?![\\w:])");
    private static final Pattern COMPACT = Pattern.compile(
            "(?<![\\w.])(\\d{1,2})\\s?(?:hours?|hrs?|h)\\s?(?:and\\s)?(\\d{1,2})\\s?(?:minutes?|mins?|m)?(?![\\w:]|\\s?[-–]\\s?\\d)");
    private static final Pattern HOURS = Pattern.compile(
            "(?<![\\w.])(" + N + ")" + FRAC + "\\s?" + H + FRAC + "(?:,?\\s(?:and\\s)?(" + N + ")\\s?" + M + ")?");
    private static final Pattern HALF = Pattern.compile(
            "\\b(half\\s(?:an\\s)?hour|(?:a\\s)?quarter\\s(?:of\\s)?(?:an\\s)?hour|three\\squarters\\sof\\san\\shour)\\b");
    private static final Pattern MINUTES = Pattern.compile("(?<![\\w.])(" + N + ")\\s?" + M);
    private static final Pattern CLOCK =
            Pattern.compile("(?<![\\w:.$])(\\d{1,2}):([0-5]\\d)(?![\\w:]|\\s?(?:am|pm|a\\.m|p\\.m))");

    private DurationExtractor() {}

    /** Every duration mention in {@code text} (lower case), left to right, not overlapping. */
    public static List<Span<DurationMention>> findAll(String text) {
        String s = MoneyExtractor.lowerSameLength(text);
        List<Span<DurationMention>> found = new ArrayList<>();
        ranges(s, found);
        Matcher m = COMPACT.matcher(s);
        while (m.find()) {
            int min = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
            add(found, m.start(), m.end(), min, null);
        }
        m = HOURS.matcher(s);
        while (m.find()) {
            BigDecimal n = NumberWords.value(m.group(1));
            if (n == null || !Character.isDigit(m.group(1).charAt(0)) && !spelledUnit(m.group(), m.group(1))) {
                continue; // "ah", "an h": a word number takes a unit said in full
            }
            String frac = m.group(2) != null ? m.group(2) : m.group(3);
            BigDecimal hours = n.add(fraction(frac));
            BigDecimal minutes = hours.multiply(BigDecimal.valueOf(60));
            if (m.group(4) != null) {
                BigDecimal extra = NumberWords.value(m.group(4));
                if (extra != null) {
                    minutes = minutes.add(extra);
                }
            }
            add(
                    found,
                    m.start(),
                    m.end(),
                    minutes.setScale(0, RoundingMode.HALF_UP).intValue(),
                    null);
        }
        m = HALF.matcher(s);
        while (m.find()) {
            String g = m.group(1);
            int min = g.startsWith("half") ? 30 : g.startsWith("three") ? 45 : 15;
            add(found, m.start(), m.end(), min, null);
        }
        m = MINUTES.matcher(s);
        while (m.find()) {
            BigDecimal n = NumberWords.value(m.group(1));
            if (n != null && !Character.isDigit(m.group(1).charAt(0)) && !spelledUnit(m.group(), m.group(1))) {
                continue; // "am i on the clock": a word number takes a unit said in full, after a space
            }
            if (n != null) {
                add(
                        found,
                        m.start(),
                        m.end(),
                        n.setScale(0, RoundingMode.HALF_UP).intValue(),
                        null);
            }
        }
        m = CLOCK.matcher(s);
        while (m.find()) {
            String before = s.substring(Math.max(0, m.start() - 7), m.start());
            if (before.matches(".*\\b(at|from|since|by|until|till|@)\\s?$")) {
                continue; // a time of day, not a length
            }
            add(found, m.start(), m.end(), Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)), null);
        }
        return Span.leftmostLongest(found);
    }

    /** The whole of {@code text} as minutes ({@code "2h15m"}, {@code "1:30"}, {@code "90"} = 90 minutes), or -1. */
    public static int parseMinutes(String text) {
        if (text == null) {
            return -1;
        }
        String t = text.strip();
        if (t.matches("\\d{1,4}")) {
            return Integer.parseInt(t);
        }
        List<Span<DurationMention>> all = findAll(t);
        if (all.size() == 1 && all.get(0).start() == 0 && all.get(0).end() == t.length()) {
            return all.get(0).value().minutes();
        }
        return -1;
    }

    private static BigDecimal fraction(String frac) {
        if (frac == null) {
            return BigDecimal.ZERO;
        }
        if (frac.contains("half")) {
            return new BigDecimal("0.5");
        }
        if (frac.contains("three")) {
            return new BigDecimal("0.75");
        }
        return new BigDecimal("0.25");
    }

    private static void add(List<Span<DurationMention>> found, int start, int end, int minutes, LocalTime from) {
        if (minutes <= 0 || minutes > 1_000_000) {
            return;
        }
        for (Span<DurationMention> f : found) {
            if (f.overlaps(start, end) && f.value().start() != null) {
                return; // inside a clock range already found
            }
        }
        found.add(new Span<>(start, end, new DurationMention(minutes, from)));
    }

    private static void ranges(String s, List<Span<DurationMention>> found) {
        Matcher m = RANGE.matcher(s);
        while (m.find()) {
            boolean from = m.group(1) != null;
            boolean between = from && m.group(1).startsWith("between");
            String sep = s.substring(m.end(4) > 0 ? m.end(4) : (m.end(3) > 0 ? m.end(3) : m.end(2)), m.start(5))
                    .strip();
            if (sep.equals("and") && !between) {
                continue;
            }
            // "log 9 to 5 on acme", "worked 9-5": right after the verb, two bare hours are the working day
            boolean afterLog = s.substring(Math.max(0, m.start() - 12), m.start())
                    .matches("(?s).*\\b(?:log|logged|worked|work|track|tracked)\\s$");
            boolean clue = from
                    || afterLog && !sep.equals("and")
                    || m.group(3) != null
                    || m.group(4) != null
                    || m.group(6) != null
                    || m.group(7) != null;
            if (!clue) {
                continue;
            }
            String after = s.substring(m.end(), Math.min(s.length(), m.end() + 12));
            if (after.matches("\\s?(?:hours?|hrs?|h|minutes?|mins?|days?|weeks?|months?|%|k\\b).*")) {
                continue;
            }
            int sh = Integer.parseInt(m.group(2));
            int sm = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            int eh = Integer.parseInt(m.group(5));
            int em = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            if (sh > 24 || eh > 24) {
                continue;
            }
            String sap = m.group(4);
            String eap = m.group(7);
            int e24 = to24(eh, eap);
            int s24;
            if (sap != null) {
                s24 = to24(sh, sap);
            } else if (eap != null && eap.startsWith("p") && sh < 12 && sh + 12 <= e24) {
                s24 = sh + 12;
            } else if (eap == null && sh < 7) {
                s24 = sh + 12;
            } else {
                s24 = sh;
            }
            if (eap == null && e24 * 60 + em <= s24 * 60 + sm && e24 < 12) {
                e24 += 12;
            }
            int minutes = (e24 * 60 + em) - (s24 * 60 + sm);
            if (minutes <= 0
                    && sap != null
                    && sap.startsWith("p")
                    && eap != null
                    && eap.startsWith("a")
                    && s24 >= 18
                    && e24 <= 6) {
                minutes += 24 * 60; // "from 11pm to 1am": past midnight, on the day it started
            }
            if (minutes <= 0 || minutes > 16 * 60 || s24 > 23) {
                continue;
            }
            int start = m.start(1) >= 0 ? m.start(1) : m.start(2);
            found.add(new Span<>(start, m.end(), new DurationMention(minutes, LocalTime.of(s24, sm))));
        }
    }

    private static int to24(int h, String ap) {
        if (ap == null) {
            return h;
        }
        if (ap.startsWith("p")) {
            return h == 12 ? 12 : h + 12;
        }
        return h == 12 ? 0 : h;
    }
}
