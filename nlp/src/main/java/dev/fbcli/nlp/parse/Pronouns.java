package dev.fbcli.nlp.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request that points back at what the sentence before it named: "Tyrell Corporation is no
 * longer a client of mine, please archive them", "the payment I recorded on invoice 0007 was a
 * mistake, please delete it", "Alex isn't working on Apollo any more, please take him off that
 * project". The grammar reads the request alone; this step puts the record the statement named in
 * place of "it", "them" or "that project" ("archive client Tyrell Corporation"). Only a record the
 * statement names plainly (a capitalised name, or an invoice, payment or expense with its number)
 * is put back; anything else is left for the grammar to ask about.
 */
final class Pronouns {
    private Pronouns() {}

    /** The statement, then the request on "it"/"them"/"the client"… */
    private static final Pattern BACK = Pattern.compile(
            "(?i)^(.+?)[,.;:!]?\\s+(?:so\\s+|and\\s+)?(?:(?:could|can|would) you\\s+|please\\s+|pls\\s+)*"
                    + "(archive|unarchive|restore|delete|remove|complete|close out|close)\\s+"
                    + "(?:it|them|that|this|the (client|project|payment|invoice|expense|entry))(?:\\s+(?:for me|too|as well))?\\s*[.!?]?$");

    /** "bring the Globex client back from the archive". */
    private static final Pattern BRING_BACK = Pattern.compile(
            "(?i)\\bbring (?:the )?((?-i:\\p{Lu})[\\p{L}0-9&.'-]*(?: (?-i:\\p{Lu})[\\p{L}0-9&.'-]*){0,3})(?: (client|project))? back(?: from the archive)?\\b");

    /** "move invoice 0010 to the archive". */
    private static final Pattern TO_ARCHIVE = Pattern.compile(
            "(?i)^(?:please\\s+)?(?:move|put|send) (invoice|estimate|project|client) (\\S+(?: \\S+){0,3}?) (?:to|into|in) the archives?[.!]?$");

    /** "Alex isn't working on Apollo any more, please take him off that project". */
    private static final Pattern OFF_PROJECT = Pattern.compile(
            "(?i)^((?-i:\\p{Lu})[\\p{L}'-]*(?: (?-i:\\p{Lu})[\\p{L}'-]*)?) (?:isn't|is not|won't be|will not be|is no longer|no longer)(?: working)? on (?:the )?"
                    + "((?-i:\\p{Lu})[\\p{L}0-9&.'-]*(?: (?-i:\\p{Lu})[\\p{L}0-9&.'-]*){0,3})(?: project)?(?: any ?more| anymore)?[,.;]?\\s+"
                    + "(?:so\\s+)?(?:please\\s+)?(?:take|remove|drop) (?:him|her|them) (?:off|from) (?:(?:that|the|this) project|it|there)[.!]?$");

    /** "Initech changed its company name to Initrode, so please rename the client". */
    private static final Pattern RENAMED = Pattern.compile(
            "(?i)^((?-i:\\p{Lu})[\\p{L}0-9&.'-]*(?: (?-i:\\p{Lu})[\\p{L}0-9&.'-]*){0,3}) (?:changed|has changed|is changing) (?:its|their) (?:company |business )?name to "
                    + "([^,;]+?)[,.;]?\\s+(?:so\\s+)?(?:please\\s+)?(?:rename|update) (?:the client|them|it)[.!]?$");

    private static final Pattern RECORD = Pattern.compile(
            "(?i)\\b(payment|invoice|expense|estimate)s?\\b(?:[^,.;]*?\\b(?:on |for )?(?:invoice|inv) #?(\\d{1,10})|\\s#?(\\d{1,10}))");

    private static final Pattern NAME =
            Pattern.compile("((?-i:\\p{Lu})[\\p{L}0-9&.'-]*(?: (?:(?-i:\\p{Lu})|&)[\\p{L}0-9&.'-]*){0,3})");

    /** {@code text} with the vocabulary's typos read ("that patment on invoice #0107"). */
    private static String spelled(String text) {
        StringBuilder out = new StringBuilder();
        for (String w : text.split(" ")) {
            String fix = w.matches("[a-z]{4,}") ? Speller.vocabulary().correct(w) : null;
            out.append(out.length() == 0 ? "" : " ").append(fix == null ? w : fix);
        }
        return out.toString();
    }

    static String rewrite(String text) {
        Matcher m = OFF_PROJECT.matcher(text);
        if (m.matches()) {
            return "remove " + m.group(1) + " from the " + m.group(2) + " project";
        }
        m = RENAMED.matcher(text);
        if (m.matches()) {
            return "rename client " + m.group(1) + " to " + m.group(2).strip();
        }
        m = TO_ARCHIVE.matcher(text);
        if (m.matches()) {
            return "archive " + m.group(1) + " " + m.group(2);
        }
        m = BRING_BACK.matcher(text);
        if (m.find()) {
            return "unarchive " + (m.group(2) != null ? m.group(2) + " " : "") + m.group(1);
        }
        m = BACK.matcher(text);
        if (!m.matches()) {
            return text;
        }
        String statement = m.group(1);
        String verb = m.group(2).toLowerCase(java.util.Locale.ROOT);
        String said = m.group(3) == null ? null : m.group(3).toLowerCase(java.util.Locale.ROOT);
        Matcher r = RECORD.matcher(spelled(statement));
        if (r.find()) {
            String number = r.group(2) != null ? r.group(2) : r.group(3);
            String kind = r.group(1).toLowerCase(java.util.Locale.ROOT);
            return verb + " the " + kind + (kind.equals("invoice") || r.group(2) == null ? " " : " on invoice ")
                    + number;
        }
        Matcher n = NAME.matcher(statement);
        while (n.find()) {
            String name = n.group(1);
            name = name.replaceFirst("^(?:Pls|Please|Hey|Hi|Ok|Okay|So|Well) ", "");
            if (n.start() == 0 && name.matches("(?i)(?:we|i|we're|i'm|our|my|the|sorry|so|ok|okay)(?:\\b.*)?")) {
                continue; // the first word of a sentence is capitalised for being first
            }
            String kind = said != null && (said.equals("client") || said.equals("project"))
                    ? said
                    : statement
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .matches(".*\\b" + Pattern.quote(name.toLowerCase(java.util.Locale.ROOT))
                                            + " project\\b.*")
                            ? "project"
                            : statement.toLowerCase(java.util.Locale.ROOT).matches(".*\\b(?:client|customer)s?\\b.*")
                                    ? "client"
                                    : null;
            return verb + (kind == null ? " " : " " + kind + " ") + name;
        }
        return text;
    }
}
