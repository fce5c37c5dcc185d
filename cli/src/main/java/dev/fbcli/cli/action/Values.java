package dev.fbcli.cli.action;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.render.Safe;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.Money;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of an intent, checked before a plan is made, whatever produced the intent (the rules
 * parser, an LLM, an MCP client, a batch line, a command): a value fb would have to write
 * differently from what was said is refused, with a usage error (exit 2) that names it, and
 * nothing is written. The intent records already refuse what can never be (a negative
 * {@link Money}, a 30-hour entry, a range that ends before it starts); this adds what a record
 * cannot know on its own (a zero expense, a day in the year 0001, a name with control characters)
 * and, for a phrase, what a reader may have dropped on the way (a minus sign, an exponent, a day
 * that does not exist, a clock range that ends when it starts). See docs/values.md.
 */
public final class Values {
    /** The years a record may be dated in. */
    static final int FIRST_YEAR = 1900;

    static final int LAST_YEAR = 2100;
    /** More hours than a budget or an invoice line can sensibly hold. */
    static final BigDecimal MOST_HOURS = new BigDecimal("100000");

    private static final Set<String> POSITIVE_MONEY =
            Set.of("amount", "newAmount", "total", "budgetAmount", "fixedPrice");
    /** Text that may span lines: notes and line descriptions keep their newlines and tabs. */
    private static final Set<String> MULTILINE = Set.of("note", "notes", "newNote", "description");

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("durationMinutes", "duration"),
            Map.entry("newDurationMinutes", "duration"),
            Map.entry("budgetHours", "budget in hours"),
            Map.entry("budgetAmount", "budget"),
            Map.entry("fixedPrice", "fixed price"),
            Map.entry("dueDate", "due date"),
            Map.entry("dueInDays", "days until due"),
            Map.entry("unitCost", "unit cost"),
            Map.entry("firstName", "first name"),
            Map.entry("lastName", "last name"),
            Map.entry("postalCode", "postal code"));

    private Values() {}

    /** Refuses {@code intent} when one of its values cannot be written as said. */
    public static void check(Intent intent) {
        if (intent instanceof Intent.Clarify || intent instanceof Intent.Unsupported) {
            return;
        }
        if (intent instanceof Record r) {
            walk(r, true, intent.type().summary());
        }
    }

    /**
     * Refuses the values of a write that has no intent record of its own (an invoice edit's new
     * lines and notes), by the same rules; {@code what} says what is being done ("edit invoice 0004").
     */
    public static void check(String what, List<?> lines, String notes) {
        value("lines", lines, false, what);
        value("notes", notes, true, what);
    }

    private static void walk(Record r, boolean top, String what) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass(), e);
            }
            value(c.getName(), v, top, what);
        }
    }

    private static void value(String name, Object v, boolean top, String what) {
        if (v == null) {
            return;
        }
        if (v instanceof LocalDate d) {
            if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
                throw refuse(
                        "the " + words(name, "date") + " " + d + " is not a day fb records (years " + FIRST_YEAR
                                + " to " + LAST_YEAR + ")",
                        what);
            }
        } else if (v instanceof Money m) {
            if (top && POSITIVE_MONEY.contains(name) && m.amount().signum() <= 0) {
                throw refuse("the " + words(name, "amount") + " must be more than zero, not " + m.amountText(), what);
            }
        } else if (v instanceof BigDecimal b) {
            if (b.signum() <= 0 || b.compareTo(MOST_HOURS) > 0) {
                throw refuse(
                        "the " + words(name, "quantity") + " " + b.toPlainString() + " is not between 0 and "
                                + MOST_HOURS.toPlainString(),
                        what);
            }
        } else if (v instanceof Integer n && name.endsWith("Minutes")) {
            if (n <= 0 || n > 24 * 60) {
                throw refuse(
                        "the " + words(name, "duration") + " must be 1 minute to 24 hours, not " + n + " minutes",
                        what);
            }
        } else if (v instanceof Integer n && name.endsWith("Days")) {
            if (n < 0 || n > 3650) {
                throw refuse("the " + words(name, "number of days") + " must be 0 to 3650, not " + n, what);
            }
        } else if (v instanceof String s) {
            int bad = Safe.firstControl(s, MULTILINE.contains(name));
            if (bad >= 0) {
                throw refuse(
                        "the " + words(name, "text") + " holds a control character (" + Safe.codePoint(bad)
                                + "); names and notes are plain text",
                        what);
            }
        } else if (v instanceof Record inner) {
            walk(inner, false, what);
        } else if (v instanceof Collection<?> list) {
            for (Object o : list) {
                value(name, o, false, what);
            }
        }
    }

    private static String words(String component, String fallback) {
        String w = WORDS.get(component);
        if (w != null) {
            return w;
        }
        String n = component.startsWith("new") && component.length() > 3 ? component.substring(3) : component;
        if (n.isEmpty()) {
            return fallback;
        }
        return n.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static CliException.Usage refuse(String message, String what) {
        return new CliException.Usage(
                "cannot " + what + ": " + message, "nothing was written; say it again with the value you mean");
    }

    // ---- a phrase: the values its words say, whatever read them ----

    private static final Pattern MINUS_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.\\-/:])[-\u2212][$€£]?\\d+(?:[.,]\\d+)?"
                    + "|[$€£]\\s*[-\u2212]\\s*\\d+(?:[.,]\\d+)?"
                    + "|\\b(?:minus|negative)\\s+[$€£]?\\d+(?:[.,]\\d+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPONENT = Pattern.compile("(?<![\\p{L}\\p{N}])\\d+(?:\\.\\d+)?[eE][+-]?\\d+\\b");
    private static final Pattern ISO_DAY =
            Pattern.compile("(?<![\\p{N}\\-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\p{N}])");
    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
                    + "|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b(?:,?\\s+(\\d{4})\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK_RANGE = Pattern.compile(
            "\\bfrom\\s+(\\d{1,2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?\\s+(?:to|until|till|-)\\s+(\\d{1,2})(?::(\\d{2}))?"
                    + "\\s*([ap]\\.?m\\.?)?",
            Pattern.CASE_INSENSITIVE);

    /**
     * Refuses a phrase whose words hold a value no intent can carry as said: a negative number,
     * an amount in exponent form, a day that does not exist, a clock range that ends when it
     * starts. A reader (the rules or an LLM) would otherwise drop the sign, read "1e309" as 1 and
     * a line "e309", or put "Feb 30" on today.
     */
    public static void phrase(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Matcher m = MINUS_NUMBER.matcher(text);
        if (m.find()) {
            throw refusePhrase("'" + m.group().strip() + "' is negative: amounts, hours and budgets are positive");
        }
        m = EXPONENT.matcher(text);
        if (m.find()) {
            throw refusePhrase("'" + m.group() + "' is not an amount fb can record: write it out in digits");
        }
        m = ISO_DAY.matcher(text);
        while (m.find()) {
            day(m.group(), m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = MONTH_DAY.matcher(text);
        while (m.find()) {
            monthDay(m.group(), m.group(1), m.group(2), m.group(3));
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            monthDay(m.group(), m.group(2), m.group(1), m.group(3));
        }
        m = CLOCK_RANGE.matcher(text);
        while (m.find()) {
            String fromHalf = half(m.group(3));
            String toHalf = half(m.group(6));
            boolean sameClock = m.group(1).equals(m.group(4))
                    && minutes(m.group(2)).equals(minutes(m.group(5)))
                    && java.util.Objects.equals(fromHalf, toHalf); // "from 9 to 9pm" is 12 hours
            if (sameClock) {
                throw refusePhrase("'" + m.group().strip() + "' ends when it starts: say how long, or when it ended");
            }
        }
    }

    private static void day(String said, String year, int month, String day) {
        int y = Integer.parseInt(year);
        try {
            LocalDate.of(y, month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw refusePhrase("'" + said + "' is not a day on the calendar");
        }
        if (y < FIRST_YEAR || y > LAST_YEAR) {
            throw refusePhrase(
                    "'" + said + "' is not a day fb records (years " + FIRST_YEAR + " to " + LAST_YEAR + ")");
        }
    }

    private static void monthDay(String said, String monthWord, String dayText, String yearText) {
        Month month = month(monthWord);
        int d = Integer.parseInt(dayText);
        int most = yearText == null ? month.maxLength() : month.length(java.time.Year.isLeap(Long.parseLong(yearText)));
        if (d < 1 || d > most) {
            throw refusePhrase("'" + said.strip() + "' is not a day on the calendar ("
                    + month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                    + " has " + most + " days)");
        }
    }

    private static Month month(String word) {
        String w = word.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(w)) {
                return m;
            }
        }
        throw new IllegalArgumentException(word);
    }

    private static String half(String ampm) {
        return ampm == null ? null : ampm.substring(0, 1).toLowerCase(Locale.ROOT);
    }

    private static String minutes(String mm) {
        return mm == null ? "00" : mm;
    }

    private static CliException.Usage refusePhrase(String message) {
        return new CliException.Usage(
                "cannot do that: " + message,
                "nothing was written; say it again with the value you mean, or use the command form (fb --help)");
    }
}
