package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.util.Locale;
import java.util.Set;

/**
 * The last check before fb may act without asking: a name that is probably not one. A client's or
 * project's name read from a phrase that the account does not have, made of the account's name and
 * more words ("globex fixd", "apollo development"), or holding a word of the phrase's own vocabulary
 * (a day, a length of time, a term: "mon acme", "globex last months", "globex fixd price"), is a
 * rule reading past the name's end; and a lone capitalised first word taken as a name ("Bin the
 * timer", "Chalk up two hours …") is a verb the rules do not know. Such a frame is asked about
 * (below {@link Confidence#ACT}): a real name of that shape costs one question, a wrong one a wrong
 * record.
 */
final class NameRisk {
    private NameRisk() {}

    /** The slots that name a record the account has. */
    private static final Set<String> RECORD_SLOTS =
            Set.of("target", "client", "project", "new_target", "new_project", "vendor", "category", "service");

    /** Short day and month names, which the vocabulary does not list as words. */
    private static final Set<String> SHORT_DATES = Set.of(
            "mon",
            "tue",
            "tues",
            "wed",
            "thu",
            "thur",
            "thurs",
            "fri",
            "sat",
            "sun",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "yday",
            "tmrw",
            "today",
            "yesterday",
            "tomorrow");

    private static final java.util.regex.Pattern VERB_LIKE =
            java.util.regex.Pattern.compile("\\p{L}+ (?:the|my|our|this|that|it|them|up|down|off|out|in|away|a|an)\\b");

    /** Words of time, length and terms that a name read too far takes in ("globex last months", "… fixd price"). */
    private static final Set<String> RISK_WORDS = Set.of(
            "last",
            "next",
            "this",
            "week",
            "weeks",
            "month",
            "months",
            "year",
            "years",
            "days",
            "ago",
            "hours",
            "hour",
            "hrs",
            "hr",
            "mins",
            "min",
            "minutes",
            "price",
            "fixed",
            "hourly",
            "rate",
            "budget",
            "due",
            "net",
            "entry",
            "entries",
            "timer",
            "invoice",
            "invoices",
            "expense",
            "expenses",
            "payment",
            "estimate",
            "todays",
            "tonight",
            "morning",
            "afternoon",
            "evening",
            "weekend",
            "fortnight",
            "quarter",
            "since",
            "until");

    static Frame apply(Frame f, AccountNames names) {
        if (f.isUnknown() || f.confidence() < Confidence.ACT) {
            return f;
        }
        Gazetteer g = names == null || names.isEmpty() ? null : Gazetteer.of(names);
        for (String key : RECORD_SLOTS) {
            if (f.slots().get(key) instanceof String v && risky(v, f.input(), g)) {
                return f.withConfidence(Confidence.ACT - 0.01, f.parser());
            }
        }
        return f;
    }

    static boolean risky(String value, String input, Gazetteer g) {
        String v = value.strip();
        if (g != null && g.isClientOrProject(v)) {
            return false;
        }
        String[] words = v.toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length == 1 && (RISK_WORDS.contains(words[0]) || SHORT_DATES.contains(words[0]))) {
            return true; // "paid $12/month for Dropbox": "month" is no merchant
        }
        if (words.length == 1) {
            // "Bin the timer": the phrase's first word, capitalised as every first word is
            // followed by what follows a verb: "Bin the timer", "Chalk up", "Scrap it"
            return g != null
                    && !g.knows(words[0])
                    && Character.isUpperCase(v.charAt(0))
                    && VERB_LIKE.matcher(input.strip()).lookingAt()
                    && input.strip().startsWith(v + " ");
        }
        for (String w : words) {
            if (SHORT_DATES.contains(w)
                    || RISK_WORDS.contains(w)
                    || w.chars().anyMatch(Character::isDigit) && w.length() > 2 && !w.matches("(?:19|20)\\d\\d")) {
                return true;
            }
        }
        return false;
    }
}
