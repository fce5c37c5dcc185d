package dev.fbcli.nlp.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value corrected in the same breath, as people type when they think while typing: "log 3
 * hours, no wait, 2, of design", "I paid $120, no, $112 for the hotel", "invoice Umbrella $750 for
 * the support call, no wait, make it $850", "yesterday I did 3 hours for Initech, wait, no, it was
 * Sunday actually". The value said last is the one meant; the first is dropped, so the grammar
 * never reads two lengths or two amounts (and never the wrong one). A length corrected by a bare
 * number keeps the unit said first ("3 hours, no, 2" is 2 hours).
 */
final class SelfCorrections {
    private SelfCorrections() {}

    private static final String VALUE = "((?:[$€£]\\s?)?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)";
    private static final String UNIT = "(\\s?(?:h|hrs?|hours?|m|mins?|minutes?|k)\\b)?";
    private static final String CUE =
            "(?:,?\\s+(?:no,?\\s+wait|wait,?\\s+no|sorry|i mean)|,\\s*(?:oops|no|make (?:it|that)|er+m?|correction))"
                    + "[,:]?\\s+";

    /** "3 hours, no wait, 2": a value, the cue, the value meant, side by side. */
    private static final Pattern ADJACENT =
            Pattern.compile("(?i)(?<![\\w.])" + VALUE + UNIT + CUE + VALUE + UNIT + ",?");

    /** "…, no wait, make it $850" at the end: the value meant, said after the rest. */
    private static final Pattern TAIL = Pattern.compile(
            "(?i),?\\s+(?:no,?\\s+wait|wait,?\\s+no|no|sorry|oops|actually)[,:]?\\s+(?:make (?:it|that)|it(?:'s| is| was| should be)|i mean)\\s+"
                    + "([$€£]\\s?\\d[\\d,]*(?:\\.\\d{1,2})?)(?:\\s+(?:instead|actually))?[.!]?$");

    /** "…, wait, no, it was Sunday actually": the day meant, said after the rest. */
    private static final Pattern DAY_TAIL = Pattern.compile(
            "(?i),?\\s+(?:wait,?\\s+)?(?:no|sorry|oops)[,:]?\\s+(?:it was|it's|make it|i mean)\\s+"
                    + "((?:last\\s)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)(?:\\s+actually)?[.!]?$");

    private static final String NAME_RUN =
            "((?-i:\\p{Lu})[\\p{L}&/'-]*(?:\\s(?:(?:and|&|or|of)\\s)?(?-i:\\p{Lu})[\\p{L}&/'-]*){0,3})";

    /** "Expense 7002 should be under Telephone, sorry, Utilities": the name said last, at the end, is the one meant. */
    private static final Pattern NAME_TAIL = Pattern.compile("(?i)(?<=\\s)" + NAME_RUN
            + ",\\s+(?:no,?\\s+wait|wait,?\\s+no|sorry|no|i mean|i meant|or rather|rather|make (?:it|that))[,:]?\\s+"
            + NAME_RUN
            + "(?:,?\\s+(?:instead|actually))?[.!]?$");

    /** A word that may correct a value; without one the phrase is left as it is. */
    private static final Pattern CUE_WORD =
            Pattern.compile("(?i)\\b(?:no|wait|sorry|oops|i mean|i meant|rather|make it|make that|erm?|correction)\\b");

    private static final Pattern MONEY = Pattern.compile("[$€£]\\s?\\d[\\d,]*(?:\\.\\d{1,2})?");

    private static final Pattern DAY =
            Pattern.compile("(?i)\\b(?:(?:last\\s)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)\\b");

    /** "I think I paid …", "pretty sure it was …": a hedge before what was done says nothing of it. */
    private static final Pattern HEDGE = Pattern.compile(
            "(?i)^(?:(?:hiya|hi there|hi|hey there|hey|hello|heya|morning)[,!]+\\s+)?(?:(?:i think|i believe|i guess|i reckon|pretty sure"
                    + "|probably|iirc)[,]?\\s+(?=i\\s|we\\s))?");

    static String rewrite(String text) {
        String out = HEDGE.matcher(text).replaceFirst("");
        if (!CUE_WORD.matcher(out).find()) {
            return out;
        }
        Matcher a = ADJACENT.matcher(out);
        if (a.find()
                && (a.group(2) != null
                        || a.group(1).matches("[$€£].*")
                        || a.group(1).length() <= 3)) {
            String meant = a.group(3);
            String unit = a.group(4) != null ? a.group(4) : a.group(2) != null ? a.group(2) : "";
            boolean money = a.group(1).matches("[$€£].*") || meant.matches("[$€£].*");
            if (money && !meant.matches("[$€£].*") && a.group(1).matches("[$€£].*")) {
                meant = a.group(1).substring(0, 1) + meant; // "$120, no, 112": still dollars
            }
            out = out.substring(0, a.start())
                    + meant
                    + unit
                    + (a.group().endsWith(",") ? "," : "")
                    + out.substring(a.end());
        }
        Matcher t = TAIL.matcher(out);
        if (t.find()) {
            Matcher first = MONEY.matcher(out.substring(0, t.start()));
            if (first.find()) {
                out = out.substring(0, first.start()) + t.group(1) + out.substring(first.end(), t.start());
            }
        }
        Matcher d = DAY_TAIL.matcher(out);
        if (d.find()) {
            Matcher first = DAY.matcher(out.substring(0, d.start()));
            if (first.find()) {
                out = out.substring(0, first.start()) + d.group(1) + out.substring(first.end(), d.start());
            }
        }
        Matcher n = NAME_TAIL.matcher(out);
        if (n.find()) {
            out = out.substring(0, n.start()) + n.group(2); // "…under Telephone, sorry, Utilities": Utilities
        }
        return out;
    }
}
