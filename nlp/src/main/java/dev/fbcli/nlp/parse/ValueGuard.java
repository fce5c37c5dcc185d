package dev.fbcli.nlp.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values a phrase states that no frame may carry: a negative amount or duration, a zero
 * duration, an impossible date or time, an end before its start, an amount in exponent notation,
 * a vague length ("a few hours") and two requests in one phrase. Each is refused with a reason fit
 * to show (docs/intents.md, "What stays unknown"); none is ever flipped, rounded or replaced by
 * today. Reads the lower-cased phrase; every pattern is bounded, so the check is linear.
 */
final class ValueGuard {
    private static final String UNIT = "(?:hours?|hrs?|h|minutes?|mins?|m)\\b";
    private static final String MONTHS =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                    + "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    private static final Pattern NEG_DURATION =
            Pattern.compile("(?:^|[\\s(:])(?:-|minus\\s|negative\\s)\\s?\\d{1,6}(?:\\.\\d{1,3})?\\s?" + UNIT);
    /** A bare number with a minus sign of its own ("-40", "minus 12.50"): a value no request carries. */
    private static final Pattern NEG_BARE =
            Pattern.compile("(?:^|[\\s(:=])(?:-|minus\\s|negative\\s)\\d{1,9}(?:[.,]\\d{1,3})*(?=$|[\\s,.;:!?)])");

    /** A length or an amount said in words after "minus"/"negative" ("minus two hours", "negative fifty dollars"). */
    private static final Pattern NEG_WORDS = Pattern.compile(
            "(?:^|[\\s(:])(?:minus|negative)\\s(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                    + "|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|a\\shalf|an\\shour"
                    + "|a\\scouple(?:\\sof)?)\\b(?:[\\s-](?:and|a|half|quarter|hundred|thousand|one|two|three|four|five"
                    + "|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\\b){0,4}\\s?(hours?|hrs?|minutes?|mins?"
                    + "|dollars?|bucks|euros?|pounds?|quid)\\b");

    private static final Pattern NEG_MONEY = Pattern.compile(
            // a sign, not a dash between two clauses ("invoice 0005 - $2,000 by cheque")
            "(?:^-\\s?|(?:^|[\\s(:])(?:-|minus\\s|negative\\s))(?:\\$|€|£|¥)\\s?\\d"
                    + "|(?:\\$|€|£|¥)\\s?-\\s?\\d"
                    + "|(?:^|[\\s(:])(?:-|minus\\s|negative\\s)\\d{1,9}(?:\\.\\d{1,2})?\\s?(?:dollars?|bucks|euros?|pounds?|usd|eur|cad|gbp)\\b");
    private static final Pattern ZERO_DURATION =
            Pattern.compile("(?<![\\w.])(?:0{1,3}(?:\\.0{1,2})?|zero)\\s?" + UNIT + "(?!\\s?(?:and\\s)?\\d)");
    private static final Pattern EXPONENT =
            Pattern.compile("(?<![\\w.])[$€£]?\\s?\\d{1,20}(?:\\.\\d{1,20})?e[+-]?\\d{1,6}\\b");
    private static final Pattern HUGE = Pattern.compile("[$€£]\\s?\\d{13,}|\\d{13,}\\s?(?:dollars|usd|eur|cad)\\b");
    private static final Pattern CLOCK = Pattern.compile("(?<![\\w:.$/])(\\d{1,2}):(\\d{2})(?![\\w:])");
    private static final Pattern CLOCK_CUE =
            Pattern.compile("(?:\\bat|\\bfrom|\\bto|\\buntil|\\btill|\\bstarting|\\bstarted|@)\\s?$");
    private static final Pattern AMPM =
            Pattern.compile("(?<![\\w:.$])(\\d{1,2})(?::(\\d{2}))?\\s?(am|pm|a\\.m\\.|p\\.m\\.)(?!\\w)");
    private static final Pattern RANGE =
            Pattern.compile("\\b(?:from|between)\\s(\\d{1,2})(?::(\\d{2}))?\\s?(am|pm)?\\s?"
                    + "(?:to|until|till|-|and)\\s?(\\d{1,2})(?::(\\d{2}))?\\s?(am|pm)?(?![\\w:])");
    /** "5pm-3pm", "9:30am to 8am": a range without "from", each end with its am or pm. */
    private static final Pattern MARKED_RANGE = Pattern.compile("(?<![\\w:.])(\\d{1,2})(?::(\\d{2}))?\\s?(am|pm)\\s?"
            + "(?:to|until|till|-|–)\\s?(\\d{1,2})(?::(\\d{2}))?\\s?(am|pm)(?![\\w:])");

    private static final Pattern ISO = Pattern.compile("(?<![\\w-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\w-])");
    private static final Pattern MONTH_DAY =
            Pattern.compile("\\b" + MONTHS + "\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s(\\d{4}))?(?![\\w:/])");
    private static final Pattern DAY_MONTH =
            Pattern.compile("(?<![\\w$.])(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?" + MONTHS + "\\b(?:,?\\s(\\d{4}))?");
    private static final Pattern NUMERIC =
            Pattern.compile("(?<![\\w/.:$-])(\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?(?![\\w/.])");
    private static final Pattern ORDINAL = Pattern.compile("\\bthe\\s(\\d{1,3})(?:st|nd|rd|th)\\b");
    private static final Pattern VAGUE = Pattern.compile(
            "(?<!how\\s)\\b(?:a\\sfew|few|several|some|many|a\\sbunch\\sof|lots\\sof)\\s(?:more\\s)?(?:hours?|hrs|minutes?|mins)\\b");
    private static final Pattern SECOND_REQUEST = Pattern.compile(
            "(?:\\b(?:and|then|also|plus)|[;.])\\s(?:then\\s|also\\s)?(send|e-?mail|log|track|create|invoice|bill|record|"
                    + "add|start|stop|delete|remove|mark|show|list|archive|make)\\s(?!it\\b|them\\b|this\\b|that\\b|to\\b|(?:the\\s|a\\s)?notes?\\b|"
                    // "; invoice date 2026-11-24": a field's name, not a request
                    + "(?:date|number|no\\b|due|total|currency|terms|lines?|items?)\\b|"
                    // "… and email the invoice": the one the phrase makes, sent (its send slot), not a second request
                    + "the\\s(?:invoice|estimate|quote)\\b(?!\\s#?\\d)|"
                    + "me\\b|a\\sreminder|over\\b|out\\b|up\\b|on\\b|for\\b|"
                    // ". Bill signed off on …", ". Mark said …": a person's name, then what they did
                    + "(?:said|says|was|is|has|had|told|wants|rang|came|called|\\p{L}+ed)\\b)");

    /** ", then mark it paid": a second request even about the same record (sending it is the send slot). */
    private static final Pattern THEN_REQUEST = Pattern.compile(
            "(?:[,;]\\s?|\\band\\s)then\\s(mark|log|track|create|invoice|bill|record|add|start|stop|delete|remove|show"
                    + "|list|archive|make|change|update|move|pay|apply)\\b");

    /** "2 to 3 hours", "2-3 hrs": a range of lengths, not one. */
    private static final Pattern LENGTH_RANGE = Pattern.compile(
            "(?<![\\w:.$])\\d{1,2}(?:\\.\\d)?\\s?(?:to|-|–|or)\\s?\\d{1,2}(?:\\.\\d)?\\s?(?:hours?|hrs?|h|minutes?|mins?)\\b");

    /** A request to look a record up, said before "and show its …". */
    private static final Pattern LOOK_UP =
            Pattern.compile("\\b(?:retrieve|open|get|pull up|pull|find|look up|fetch|show|display|bring up|view)\\b");

    /**
     * "Retrieve invoice 0006 and show its line items": a look-up, then what of the record to show —
     * one request (the record's page shows its parts), not a second one.
     */
    private static boolean showsItsParts(String low, Matcher second) {
        return (second.group(1).equals("show") || second.group(1).equals("list"))
                && low.startsWith("its ", second.end(1) + 1)
                && LOOK_UP.matcher(low.substring(0, second.start())).find();
    }

    private ValueGuard() {}

    /** Why {@code low} (the lower-cased phrase) cannot become a frame, or null when nothing is wrong. */
    static String check(String low, LocalDate today) {
        if (NEG_DURATION.matcher(low).find()) {
            return "a duration cannot be negative";
        }
        if (NEG_MONEY.matcher(low).find()) {
            return "an amount cannot be negative";
        }
        Matcher words = NEG_WORDS.matcher(low);
        if (words.find()) {
            // "record minus two hours of development": the sign said in words is still a sign, never dropped
            return words.group(1).startsWith("h") || words.group(1).startsWith("m")
                    ? "a duration cannot be negative"
                    : "an amount cannot be negative";
        }
        if (NEG_BARE.matcher(low).find()) {
            return "an amount cannot be negative"; // "expense -40 for parking": never read as 40
        }
        Matcher m = ZERO_DURATION.matcher(low);
        if (m.find()) {
            return "a duration cannot be zero (\"" + m.group().strip() + "\")";
        }
        m = EXPONENT.matcher(low);
        if (m.find()) {
            return "\"" + m.group().strip() + "\" is not an amount fb can read; write it out in digits";
        }
        if (HUGE.matcher(low).find()) {
            return "the amount is too large";
        }
        String why = times(low);
        if (why == null) {
            why = dates(low, today);
        }
        if (why != null) {
            return why;
        }
        m = VAGUE.matcher(low);
        if (m.find()) {
            return "\"" + m.group() + "\" is not a length of time; say how many hours or minutes";
        }
        m = LENGTH_RANGE.matcher(low);
        if (m.find()) {
            return "\"" + m.group() + "\" is a range; say one length of time";
        }
        m = THEN_REQUEST.matcher(low);
        if (m.find() && m.start() > 0) {
            return "one request at a time, please: split the phrase at \"" + m.group(1) + "\"";
        }
        m = SECOND_REQUEST.matcher(low);
        if (m.find() && m.start() > 0 && !showsItsParts(low, m)) {
            return "one request at a time, please: split the phrase at \"" + m.group(1) + "\"";
        }
        return null;
    }

    /**
     * The kind of value {@link #check} refuses in {@code low} — {@code negative}, {@code zero},
     * {@code date}, {@code time}, {@code vague}, {@code two-requests} or {@code value} — or null when
     * it refuses nothing. The intent model sees it as a feature, so that it learns a refusal from
     * the value that makes it, not from the words around the value ("log -2 hours on Acme" is
     * refused for its sign, not for "log … on").
     */
    static String kind(String low) {
        String why = check(low, KIND_TODAY);
        if (why == null) {
            return null;
        }
        if (why.contains("negative")) {
            return "negative";
        }
        if (why.contains("zero")) {
            return "zero";
        }
        if (why.endsWith("is not a date") || why.endsWith("day of the month")) {
            return "date";
        }
        if (why.endsWith("time of day") || why.contains("the end time")) {
            return "time";
        }
        if (why.startsWith("one request")) {
            return "two-requests";
        }
        if (why.contains("length of time") || why.contains("is a range")) {
            return "vague";
        }
        return "value";
    }

    /** A fixed day for {@link #kind}: features must not change with the day they are made. */
    private static final LocalDate KIND_TODAY = LocalDate.of(2026, 1, 1);

    private static String times(String low) {
        Matcher m = CLOCK.matcher(low);
        while (m.find()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            boolean cue = CLOCK_CUE
                    .matcher(low.substring(Math.max(0, m.start() - 9), m.start()))
                    .find();
            if (min > 59 || (cue && h > 23)) {
                return m.group() + " is not a time of day";
            }
        }
        m = AMPM.matcher(low);
        while (m.find()) {
            int h = Integer.parseInt(m.group(1));
            if (h == 0 || h > 12 || (m.group(2) != null && Integer.parseInt(m.group(2)) > 59)) {
                return m.group() + " is not a time of day";
            }
        }
        for (Matcher r = MARKED_RANGE.matcher(low); r.find(); ) {
            int sh = Integer.parseInt(r.group(1)) % 12 + (r.group(3).equals("pm") ? 12 : 0);
            int eh = Integer.parseInt(r.group(4)) % 12 + (r.group(6).equals("pm") ? 12 : 0);
            int sm = r.group(2) == null ? 0 : Integer.parseInt(r.group(2));
            int em = r.group(5) == null ? 0 : Integer.parseInt(r.group(5));
            if (r.group(3).equals(r.group(6)) && eh * 60 + em <= sh * 60 + sm) {
                return "the end time (" + low.substring(r.start(4), r.end()).strip() + ") is not after the start time";
            }
        }
        m = RANGE.matcher(low);
        while (m.find()) {
            int sh = Integer.parseInt(m.group(1));
            int sm = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int eh = Integer.parseInt(m.group(4));
            int em = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            String sap = m.group(3);
            String eap = m.group(6);
            boolean clock24 =
                    sap == null && eap == null && m.group(2) != null && m.group(5) != null && (sh > 12 || eh > 12);
            boolean sameHalf = sap != null && sap.equals(eap);
            if ((clock24 || sameHalf) && eh * 60 + em <= sh * 60 + sm && !(sameHalf && sh == 12)) {
                return "the end time (" + low.substring(m.start(4), m.end()).strip() + ") is not after the start time";
            }
        }
        return null;
    }

    private static String dates(String low, LocalDate today) {
        Matcher m = ISO.matcher(low);
        while (m.find()) {
            if (!valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))) {
                return m.group() + " is not a date";
            }
        }
        m = MONTH_DAY.matcher(low);
        while (m.find()) {
            if (m.group(1).equals("may")
                    && m.start() > 0
                    && !low.substring(0, m.start()).matches("(?s).*\\b(?:on|in|of|since|by|due|from|until|till)\\s$")) {
                continue; // "may" the verb
            }
            String bad = monthDay(m.group(1), m.group(2), m.group(3), today);
            if (bad != null) {
                return bad;
            }
        }
        m = DAY_MONTH.matcher(low);
        while (m.find()) {
            String bad = monthDay(m.group(2), m.group(1), m.group(3), today);
            if (bad != null) {
                return bad;
            }
        }
        m = NUMERIC.matcher(low);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int y = m.group(3) == null
                    ? today.getYear()
                    : m.group(3).length() == 2 ? 2000 + Integer.parseInt(m.group(3)) : Integer.parseInt(m.group(3));
            if (!valid(y, a, b)
                    && !valid(y, b, a)
                    && !(m.group(3) == null && (valid(2024, a, b) || valid(2024, b, a)))) {
                return m.group() + " is not a date";
            }
        }
        m = ORDINAL.matcher(low);
        while (m.find()) {
            int d = Integer.parseInt(m.group(1));
            if (d == 0 || d > 31) {
                return "the " + m.group(1) + " is not a day of the month";
            }
        }
        return null;
    }

    private static String monthDay(String monthWord, String dayText, String yearText, LocalDate today) {
        int day = Integer.parseInt(dayText);
        Month month = month(monthWord);
        int year = yearText == null ? 2024 : Integer.parseInt(yearText); // a leap year: Feb 29 may exist
        if (!valid(year, month.getValue(), day)) {
            String name = month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            return name + " " + day + (yearText == null ? "" : ", " + yearText) + " is not a date";
        }
        return null;
    }

    private static Month month(String w) {
        for (Month mo : Month.values()) {
            if (mo.name().toLowerCase(Locale.ROOT).startsWith(w.substring(0, 3))) {
                return mo;
            }
        }
        throw new IllegalArgumentException(w);
    }

    private static boolean valid(int y, int mo, int d) {
        if (y < 1900 || y > 2200) {
            return false;
        }
        try {
            LocalDate.of(y, mo, d);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
