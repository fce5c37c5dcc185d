package dev.fbcli.nlp.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A correction told rather than asked: "Monday's Website Redesign time should read 3.5h, not 3",
 * "I logged 4 hours on Kestrel yesterday but it was really only 2h45m", "the Lyft ride from
 * Thursday was actually $31.75, fix the expense", "I put Saturday's Soto Media entry on the wrong
 * day, it should be Friday". Told this way, the record and its value are said as if logging them,
 * so the grammar would read a new entry or expense: the one thing a correction must never become.
 * This step takes such a phrase apart (the record it names, the cue — "should have been", "was
 * actually", "but it was only", "on the wrong day, it should be" — the new value and the old one
 * after "not") and says it as the change the grammar reads: "change Monday's Website Redesign time
 * of 3 h to 3.5h". The new value's kind says which field changes (a length, an amount, a day,
 * billable or not, a kind of work, a category, or who it is for). A phrase that names no time
 * entry or expense, or whose new value is none of these, is left as it is.
 */
final class Corrections {
    private Corrections() {}

    /** "Correction:", "Oops,", "Sam just told me": words before the correction that are not part of it. */
    private static final Pattern LEAD = Pattern.compile(
            "(?i)^(?:(?:correction|quick correction|small fix|quick fix|oops|whoops|sorry|ugh|fyi|heads up|my bad|mistake)[,:;!.\\s-]+"
                    + "|(?-i:\\p{Lu})\\p{L}+ (?:just )?(?:told|reminded|pointed out to|let) me (?:know )?(?:that )?)");

    /** ", fix that", ". Can you switch it?", ", please update the expense": the request after the correction. */
    private static final Pattern TAIL = Pattern.compile(
            "(?i)(?:[,;.!?]\\s*|\\s+(?:so|and)\\s+)(?:(?:so|and)\\s+)?(?:(?:can|could|would) you\\s+|please\\s+|pls\\s+)*"
                    + "(?:fix|correct|update|change|switch|sort|amend|adjust|edit)\\b[^,;.!?]{0,40}[.!?]?$"
                    + "|[.!?]\\s+(?:i|we) (?:mislabell?ed|mistyped|typed|entered|put|logged) it[^.!?]{0,40}[.!?]?$");

    private static final String CUE_WORDS =
            "(?:should(?:n't| not) (?:have been|be)|(?:was|were)(?:n't| not) (?:supposed|meant) to be"
                    + "|should (?:have gone|go)|belongs?|should (?:have been|be|read|say|show)|(?:was|were|is) (?:actually|really|supposed to be|meant to be|only|just)"
                    + "|needs to be|ought to be|was|were|is)(?: really| actually)?(?: only| just)?";

    private static final Pattern DATED = Pattern.compile(
            "(?i)\\b(should(?: have)? be(?:en)?|(?:was|is) (?:actually|really)|needs to be) dated\\s(?:on\\s|for\\s)?");

    /** "REC should have been NEW, not OLD", "REC was actually NEW": the copula told as the change. */
    private static final Pattern COPULA = Pattern.compile("(?i)^(?:the |that |my |this )?(.+?) (" + CUE_WORDS
            + ")(?: (for|on|under|billed to|logged to|logged against|against|to))? (?:the )?(.+?)"
            + "(?:,? (?:not|instead of|rather than) (?:the |for |on )?(.+?))?(?: instead)?[.!?]?$");

    /** "I logged 4 hours on Kestrel yesterday but it was really only 2h45m". */
    private static final Pattern BUT_IT_WAS = Pattern.compile(
            "(?i)^(?:i|we) (?:logged|put|put in|entered|booked|recorded|tracked|billed|added) (.+?),? but (?:it|that|they)"
                    + " (?:was|were|is|should (?:be|have been))(?: really| actually)?(?: only| just)? (.+?)[.!?]?$");

    /** "I put Saturday's Soto Media entry on the wrong day, it should be Friday". */
    private static final Pattern WRONG = Pattern.compile(
            "(?i)^(?:i|we) (?:logged|put|entered|booked|recorded|tracked|filed|added) (.+?) (?:on|under|to|for|with|against|in) the wrong"
                    + " (day|date|client|project|service|task|category|vendor)[,;.]? (?:it|that|this)(?: one)?"
                    + " (?:should (?:be|have been|go)|was|is|belongs)(?: actually| really)?(?: on| for| under| to| in)?(?: the)? (.+?)[.!?]?$");

    /** "the last entry's note", "yesterday's Uber expense's vendor": a record and one of its text fields. */
    /** The text fields of a time entry or an expense a correction may name. */
    private static final String TEXT_FIELDS = "notes?|description|memo|comment|vendor|merchant|category|service|task";

    private static final Pattern POSSESSIVE_FIELD =
            Pattern.compile("(?i)^(.+?)'s? (" + TEXT_FIELDS + "|project|client)$");

    /** "yesterday's design on Acme, make it 2.5 hours instead": the record, then the change told with "it". */
    private static final Pattern MAKE_IT = Pattern.compile(
            "(?i)^(?:the |that |my |this )?(.+?)[,;:.-]?\\s+(?:(?:can you|could you|please|pls)\\s+)?"
                    + "(?:make|change|set|switch|bump|put|fix)\\s+(?:it|that|this)\\s+(?:to\\s+)?(.+?)\\s+instead[.!]?$");

    /** "the note on expense 7006", "the vendor for the last expense": a text field, then its record. */
    private static final Pattern FIELD_OF =
            Pattern.compile("(?i)^(?:the )?(" + TEXT_FIELDS + ")\\s(?:on|of|for|in)\\s(.+)$");

    /** A time entry or an expense named: the words, a length or an amount. */
    private static final Pattern RECORD = Pattern.compile(
            "(?i)\\b(?:entry|entries|time|hours?|hrs?|minutes?|mins?|block|session|expense|charge|ride|purchase|receipt)\\b"
                    + "|\\d(?:[.:]\\d+)?\\s?(?:h|hrs?|hours?|m|mins?|minutes?)\\b|[$€£]\\s?\\d");

    /** Records this step does not change (an invoice's total is not an expense's). */
    private static final Pattern OTHER = Pattern.compile(
            "(?i)\\b(?:invoices?|estimates?|quotes?|payments?|timers?|rates?|budgets?|deadline|due)\\b");

    private static final Pattern EXPENSE =
            Pattern.compile("(?i)\\b(?:expense|charge|ride|purchase|receipt)\\b|[$€£]\\s?\\d|\\b\\d+\\.\\d\\d\\b");

    private static final Pattern LENGTH = Pattern.compile(
            "(?i)^(?:(?:only|just|about) )?(?:\\d+(?:[.:]\\d+)?\\s?(?:h|hrs?|hours?|m|mins?|minutes?)(?:\\s?\\d+\\s?(?:m|mins?|minutes?))?"
                    + "|(?:an? |one |two |three |four |five |six |seven |eight )?(?:and a )?half(?: an)? hours?"
                    + "|an hour(?: and a half)?)$");

    private static final Pattern BARE_NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)?)$");

    private static final Pattern UNIT = Pattern.compile("(?i)\\d(?:[.:]\\d+)?\\s?(h|hrs?|hours?|m|mins?|minutes?)\\b");

    private static final Pattern AMOUNT = Pattern.compile(
            "(?i)^[$€£]\\s?\\d[\\d,]*(?:\\.\\d{1,2})?$|^\\d[\\d,]*(?:\\.\\d{1,2})?\\s?(?:dollars|usd|eur|euros|gbp|pounds|cad)$");

    private static final Pattern DAY = Pattern.compile(
            "(?i)^(?:(?:last |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|the \\d{1,2}(?:st|nd|rd|th)(?: of \\p{L}+)?"
                    + "|\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\p{L}*"
                    + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\p{L}* \\d{1,2}(?:st|nd|rd|th)?"
                    + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2})$");

    private static final Pattern BILLABLE = Pattern.compile("(?i)^(?:(non-?|not |un)?billable)$");

    /** {@code text} said as the change it tells, or {@code text} itself. */
    static String rewrite(String text) {
        if (OTHER.matcher(text).find() || text.length() > 240) {
            return text;
        }
        String core = LEAD.matcher(text).replaceFirst("");
        core = TAIL.matcher(core).replaceFirst("").strip();
        // "the $420 Air Canada expense should be dated 11/4": dated is the day it is on
        core = DATED.matcher(core).replaceFirst("$1 ");
        if (core.isEmpty()) {
            return text;
        }
        Matcher w = WRONG.matcher(core);
        if (w.matches()) {
            String field = w.group(2).toLowerCase(Locale.ROOT);
            String to = w.group(3).strip();
            String rec = w.group(1);
            return switch (field) {
                case "day", "date" -> DAY.matcher(to).matches() ? change(rec, null, to) : text;
                case "service", "task" -> "change the service on " + record(rec) + " to " + to;
                case "category" -> "change the category on " + record(rec) + " to " + to;
                case "vendor" -> "change the vendor on " + record(rec) + " to " + to;
                default -> change(rec, null, to);
            };
        }
        Matcher b = BUT_IT_WAS.matcher(core);
        if (b.matches() && names(b.group(1))) {
            String said = said(b.group(1), b.group(2), null, null, null);
            return said == null ? text : said;
        }
        Matcher made = MAKE_IT.matcher(core);
        if (made.matches()
                && !made.group(1).matches("(?i)(?:log|add|record|track|put|book|enter)\\b.*")
                && names(made.group(1))) {
            String said = said(made.group(1), made.group(2), null, null, "should be");
            if (said != null) {
                return said;
            }
        }
        Matcher c = COPULA.matcher(core);
        if (c.matches() && c.group(3) == null && !c.group(2).matches("(?i).*(?:n't| not) .*")) {
            // "the last entry's note should be kickoff call": the field is said by the record's possessive
            Matcher field = POSSESSIVE_FIELD.matcher(c.group(1).strip());
            boolean possessive = field.matches();
            if (!possessive) {
                field = FIELD_OF.matcher(c.group(1).strip()); // "the note on expense 7006 should read …"
            }
            String recSaid = !field.matches() ? null : possessive ? field.group(1) : field.group(2);
            if (recSaid != null && names(recSaid)) {
                String f =
                        field.group(possessive ? 2 : 1).toLowerCase(Locale.ROOT).replaceFirst("s$", "");
                String to = c.group(4).strip();
                if (f.matches("note|description|memo|comment") && !to.startsWith("\"")) {
                    to = "\"" + to + "\""; // a note's words are its own, never a client or a kind of work
                }
                return "change the " + f + " on " + record(recSaid) + " to " + to;
            }
        }
        if (c.matches() && names(c.group(1))) {
            String cue = c.group(2).toLowerCase(Locale.ROOT);
            if (cue.matches("was|were|is") && c.group(5) == null && core.equals(text)) {
                // "the 3 hours yesterday was design work": a statement, not a change (with a lead,
                // "Correction: yesterday's Uber ride was $27.80", or a "not …" after it, it is one)
                return text;
            }
            String said = said(c.group(1), c.group(4), c.group(5), c.group(3), cue);
            return said == null ? text : said;
        }
        return text;
    }

    /** Whether {@code rec} names a time entry or an expense: its noun, a length, an amount or a kind of work. */
    private static boolean names(String rec) {
        if (RECORD.matcher(rec).find()) {
            return true;
        }
        for (String w : rec.split("\\s+")) {
            if (w.equals(w.toLowerCase(Locale.ROOT)) && LexicalFront.isServiceWord(w)) {
                return true;
            }
        }
        return false;
    }

    /** The change for a record, its new value and the old one, or null when the new value is none fb changes. */
    private static String said(String rec, String to, String from, String prep, String cue) {
        String neu = to.strip().replaceFirst("(?i)^(?:only|just|really|actually) ", "");
        String old = from == null ? null : from.strip();
        boolean negated = cue != null && cue.matches("(?i).*(?:n't| not) .*");
        if (BILLABLE.matcher(neu).matches()) {
            boolean billable = !neu.toLowerCase(Locale.ROOT).matches("(?:non-?|not |un).*") ^ negated;
            return change(rec, null, billable ? "billable" : "non-billable");
        }
        if (negated) {
            return null; // "shouldn't have been 3 hours": what it should be is not said
        }
        Matcher bare = BARE_NUMBER.matcher(neu);
        if (bare.matches()) {
            Matcher unit = UNIT.matcher(rec + " " + (old == null ? "" : old));
            if (!unit.find() && (old == null || !BARE_NUMBER.matcher(old).matches())) {
                return null;
            }
            neu = neu + " " + (unit.find(0) ? unit.group(1) : "h");
        }
        if (LENGTH.matcher(neu).matches()) {
            return change(rec, old == null ? null : withUnit(old, neu), neu);
        }
        if (AMOUNT.matcher(neu).matches()) {
            return change(expense(rec), old, neu);
        }
        if (neu.matches("(?i)\\d{1,2}(?:st|nd|rd|th)") && prep == null) {
            neu = "the " + neu; // "should be dated the 19th": "the" was read as the value's article
        }
        if (DAY.matcher(neu).matches() && prep == null) {
            return change(rec, null, neu);
        }
        if (cue != null
                && cue.matches("(?i)should (?:say|read|show)")
                && prep == null
                && neu.matches("(?i)[\\p{L}][\\p{L}0-9 &',.:-]{0,60}")) {
            // "Monday's Apollo entry should say pagination and filters": what an entry says is its note
            return "change the note on " + record(rec) + " to \"" + neu + "\"";
        }
        if (!neu.matches("(?i)[\\p{L}][\\p{L}0-9 &'.-]{0,40}")) {
            return null;
        }
        boolean expense = EXPENSE.matcher(rec).find();
        if (prep == null && neu.equals(neu.toLowerCase(Locale.ROOT)) && !expense) {
            String last = neu.substring(neu.lastIndexOf(' ') + 1);
            if (LexicalFront.isServiceWord(last)) {
                String of = old != null && old.equals(old.toLowerCase(Locale.ROOT)) ? old + " " : "";
                return "change the service on the " + of
                        + record(rec).replaceFirst("(?i)^(?:the|that|my|this|our) ", "") + " to " + neu;
            }
        }
        if (expense && prep == null && ExpenseCategories.isCategory(neu)) {
            return "change the category on " + record(rec) + " to " + neu;
        }
        if (prep == null
                && cue != null
                && !cue.startsWith("should")
                && !cue.contains("meant")
                && !cue.contains("supposed")) {
            return null; // "the Apollo entry was actually fine": no field for that
        }
        if (!neu.matches("(?-i:\\p{Lu})\\S*(?: (?:(?-i:\\p{Lu}|&|of|and|the)\\S*)){0,4}")) {
            return null; // "should be done by Friday": no field of the record
        }
        return change(old == null ? rec : rec + " for " + old, null, neu);
    }

    private static String withUnit(String old, String neu) {
        if (BARE_NUMBER.matcher(old).matches()) {
            Matcher unit = UNIT.matcher(neu);
            return unit.find() ? old + " " + unit.group(1) : old + " h";
        }
        return old;
    }

    private static String change(String rec, String old, String to) {
        return "change " + record(rec) + (old == null ? "" : " of " + old) + " to " + to;
    }

    private static final Pattern DETERMINER = Pattern.compile("(?i)^(the|that|my|this|our) ");

    /** A word that names an expense without saying "expense". */
    private static final Pattern EXPENSE_NOUN = Pattern.compile("(?i)\\b(?:charge|ride|purchase|receipt)\\b");

    /** The record said with its noun, so the grammar knows which kind it is. */
    private static String record(String rec) {
        Matcher det = DETERMINER.matcher(rec.strip());
        String article = det.lookingAt() ? det.group(1) + " " : rec.strip().matches("(?i)^\\p{L}+'s? .*") ? "" : "the ";
        String r = det.replaceFirst("");
        boolean expense = EXPENSE.matcher(r).find();
        if (expense && !r.matches("(?i).*\\bexpense\\b.*")) {
            Matcher noun = EXPENSE_NOUN.matcher(r);
            r = noun.find() ? noun.replaceFirst("expense") : r + " expense";
        } else if (!expense
                && !r.matches("(?i).*\\b(?:entry|entries|time|hours?|hrs?|minutes?|mins?)\\b.*")
                && !UNIT.matcher(r).find()) {
            r = r.replaceFirst("(?i)\\b(?:block|session)\\b", "entry");
            if (!r.matches("(?i).*\\bentry\\b.*")) {
                r = r + " entry";
            }
        }
        return article + r;
    }

    private static String expense(String rec) {
        return EXPENSE.matcher(rec).find() ? rec : rec + " expense";
    }
}
