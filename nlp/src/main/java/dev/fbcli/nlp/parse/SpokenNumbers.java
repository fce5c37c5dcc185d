package dev.fbcli.nlp.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers said in words where fb reads a number as a value, not a length of time ({@link NumberWords}
 * reads those), written in digits: an amount before its currency
 * word ("fifteen hundred dollars", "twelve dollars fifty", "ninety five bucks"), a rate after "at"
 * ("at two hundred an hour"), and a record's number after its noun ("invoice number seven",
 * "invoice zero zero zero one", "expense seven zero zero three"), as a dictating or chatty user
 * says them. Anywhere else words stay words ("one line", "an hour and a half" are read as they are).
 */
final class SpokenNumbers {
    private SpokenNumbers() {}

    private static final String WORD =
            "(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
                    + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|grand)";

    private static final Pattern ANY = Pattern.compile("(?i)\\b" + WORD + "\\b");

    /** A run of number words: "fifteen hundred", "ninety-five", "two thousand five hundred and fifty". */
    private static final String RUN = "((?:a |an )?" + WORD + "(?:[ -](?:and )?" + WORD + ")*)";

    private static final String CURRENCY = "(dollars?|bucks?|euros?|pounds?|quid|usd|cad|eur|gbp)";

    /** "twelve dollars fifty", "fifteen hundred dollars", "ninety five bucks". */
    private static final Pattern MONEY = Pattern.compile("(?i)(?<![\\w$])" + RUN + " " + CURRENCY + "\\b(?:(?: and)? "
            + RUN + "(?! " + CURRENCY + "| hours?| minutes?| mins?)(?:\\s?cents?)?\\b)?");

    /** "at two hundred an hour", "@ ninety per hour". */
    private static final Pattern RATE =
            Pattern.compile("(?i)\\b(at|@) " + RUN + "(?= (?:an hour|a day|per hour|per day|hourly|/h|/hr|a hr)\\b)");

    /** "invoice number seven", "expense seven zero zero three", "estimate #four". */
    private static final Pattern RECORD = Pattern.compile(
            "(?i)\\b(invoice|inv|estimate|est|quote|expense|entry|time entry)( number| no\\.?| #)? " + RUN
                    + "\\b(?! (?:hours?|minutes?|mins?|days?|dollars?|bucks?|euros?|pounds?|items?|lines?|hrs?)\\b)");

    /** "fifteen hundred", "two thousand five hundred": a number no length of time or count follows. */
    private static final Pattern BIG = Pattern.compile(
            "(?i)(?<![\\w$])" + RUN
                    + "\\b(?! (?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|items?|units?|words?|pages?|people|times|hundred|thousand)\\b)");

    static String rewrite(String text) {
        if (!ANY.matcher(text).find()) {
            return text;
        }
        String out = replace(MONEY, text, m -> {
            Long whole = value(m.group(1));
            if (whole == null) {
                return m.group();
            }
            String cents = "";
            if (m.group(3) != null) {
                Long c = value(m.group(3));
                if (c == null || c >= 100) {
                    return m.group();
                }
                cents = String.format(Locale.ROOT, ".%02d", c);
            }
            return whole + cents + " " + m.group(2);
        });
        out = replace(RATE, out, m -> {
            Long v = value(m.group(2));
            return v == null ? m.group() : m.group(1) + " $" + v;
        });
        out = replace(RECORD, out, m -> {
            String digits = digits(m.group(3));
            if (digits == null) {
                Long v = value(m.group(3));
                digits = v == null ? null : String.valueOf(v);
            }
            return digits == null ? m.group() : m.group(1) + (m.group(2) == null ? "" : m.group(2)) + " " + digits;
        });
        out = replace(BIG, out, m -> {
            if (!m.group(1).matches("(?i).*\\b(?:hundred|thousand|grand)\\b.*")) {
                return m.group();
            }
            Long v = value(m.group(1));
            return v == null || v < 100 ? m.group() : String.valueOf(v);
        });
        return out;
    }

    private interface Fn {
        String apply(Matcher m);
    }

    private static String replace(Pattern p, String text, Fn fn) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(fn.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** "zero zero zero one" → "0001": single digits said one by one (two or more), else null. */
    private static String digits(String run) {
        String[] words = run.toLowerCase(Locale.ROOT).split("[ -]");
        if (words.length < 2) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            Integer d = NumberWords.SINGLE.get(w);
            if (d == null || d > 9) {
                return null;
            }
            sb.append(d);
        }
        return sb.toString();
    }

    /** The value of a run of number words ("fifteen hundred" → 1500, "ninety five" → 95), or null. */
    static Long value(String run) {
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String w : run.toLowerCase(Locale.ROOT).split("[ -]+")) {
            if (w.equals("and") || w.isEmpty()) {
                continue;
            }
            if (w.equals("a") || w.equals("an")) {
                current = Math.max(current, 1);
                any = true;
                continue;
            }
            Integer small = NumberWords.SINGLE.get(w);
            if (small != null) {
                if (current % 10 != 0 && small < 10 || current % 100 != 0 && small >= 10 && current % 100 < 20) {
                    return null; // "five five": digits, not one number
                }
                current += small;
                any = true;
            } else if (w.equals("hundred")) {
                current = Math.max(current, 1) * 100;
                any = true;
            } else if (w.equals("thousand") || w.equals("grand")) {
                total += Math.max(current, 1) * 1000;
                current = 0;
                any = true;
            } else {
                return null;
            }
        }
        return any ? total + current : null;
    }
}
