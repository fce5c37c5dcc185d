package dev.fbcli.nlp.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day said in words where a start or an end time goes: "from quarter past 1", "starting
 * at half nine" (British: 9:30), "quarter to 3", "from noon to 3", "until midnight", "at ten
 * o'clock". Each is put as the clock the value readers know ("1:15", "9:30", "2:45", "12pm"), so
 * it becomes the entry's start time instead of a kind of work ("noon" was read as the service).
 * Only after a word that introduces a time (from, at, starting, till, to …), so "half an hour" and
 * "a quarter of the budget" are left alone.
 */
final class SpokenClock {
    private SpokenClock() {}

    private static final List<String> NUMBERS =
            List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

    private static final String HOUR = "(1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

    private static final String LEAD =
            "(?i)\\b(from|at|starting(?: at| from)?|started(?: at)?|start(?:ing)? at|begin(?:ning)? at|till|until|til|to|and|-)\\s+";

    private static final Pattern PAST = Pattern.compile(LEAD + "(?:a\\s)?(quarter|half)\\spast\\s" + HOUR + "\\b");
    private static final Pattern TO = Pattern.compile(LEAD + "(?:a\\s)?quarter\\sto\\s" + HOUR + "\\b");
    private static final Pattern HALF =
            Pattern.compile(LEAD + "half\\s" + HOUR + "\\b(?!\\s(?:hours?|hrs?|minutes?|mins?)\\b)");
    private static final Pattern OCLOCK = Pattern.compile(LEAD + HOUR + "\\so'?clock\\b");
    private static final Pattern NOON = Pattern.compile(LEAD + "(noon|midday|mid-day|midnight)\\b");

    /** "from nine this morning", "at three in the afternoon": an hour in words with its part of the day. */
    private static final Pattern PART_OF_DAY = Pattern.compile(
            LEAD + HOUR
                    + "(?:\\s?o'?clock)?\\s(this morning|in the morning|this afternoon|in the afternoon|this evening|in the evening|tonight|at night)\\b");

    /** "from nine till eleven", "from 8:45 to twelve": a range of hours said in words. */
    private static final Pattern RANGE = Pattern.compile(
            "(?i)\\b(from|between)\\s+(" + HOUR
                    + "|\\d{1,2}:\\d{2}|\\d{1,2}\\s?(?:am|pm))\\s+(to|till|until|til|and|-)\\s+" + HOUR
                    + "\\b(?!\\s(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|of|more|projects?|clients?|invoices?|entries|expenses?)\\b)");

    static String rewrite(String text) {
        String out = words(text);
        String low = out.toLowerCase(Locale.ROOT);
        if (low.contains("from") || low.contains("between")) {
            out = replace(RANGE, out, m -> {
                String from = m.group(2);
                String start = from.matches("(?i)[a-z]+") ? String.valueOf(hour(from)) : from;
                return start + " " + m.group(4) + " " + hour(m.group(5));
            });
        }
        return out;
    }

    private static String words(String text) {
        String low = text.toLowerCase(Locale.ROOT);
        if (low.contains("morning") || low.contains("afternoon") || low.contains("evening") || low.contains("night")) {
            text = replace(PART_OF_DAY, text, m -> {
                int h = hour(m.group(2));
                boolean later = !m.group(3).toLowerCase(Locale.ROOT).contains("morning");
                return later ? (h < 12 ? h + 12 : h) + ":00" : (h == 12 ? 0 : h) + ":00";
            });
            low = text.toLowerCase(Locale.ROOT);
        }
        if (!low.contains("quarter")
                && !low.contains("half")
                && !low.contains("clock")
                && !low.contains("noon")
                && !low.contains("midday")
                && !low.contains("mid-day")
                && !low.contains("midnight")) {
            return text;
        }
        String out = replace(PAST, text, m -> hour(m.group(3)) + (m.group(2).equalsIgnoreCase("half") ? ":30" : ":15"));
        out = replace(TO, out, m -> {
            int h = hour(m.group(2)) - 1;
            return (h == 0 ? 12 : h) + ":45";
        });
        out = replace(HALF, out, m -> hour(m.group(2)) + ":30");
        out = replace(OCLOCK, out, m -> hour(m.group(2)) + ":00");
        return replace(NOON, out, m -> m.group(2).toLowerCase(Locale.ROOT).equals("midnight") ? "12am" : "12pm");
    }

    private static int hour(String said) {
        int i = NUMBERS.indexOf(said.toLowerCase(Locale.ROOT));
        return i >= 0 ? i + 1 : Integer.parseInt(said);
    }

    private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> clock) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + " " + clock.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
