package dev.fbcli.nlp.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new project told as news rather than asked for: "Lumen Labs hired me for a Podcast Launch
 * project", "Stark wants a project called Audit 2027 …", "Initech signed off on a new project,
 * Phase 2, …", "we've just signed with Globex – could you set up a project called …". Said that
 * way, the client comes first as the subject and the request is implied; the grammar reads
 * requests. This step, before the grammar, says the same thing as one ("create a project called
 * Podcast Launch for Lumen Labs, …"), keeping every word of the name and of the terms as typed.
 * Nothing else is rewritten: a phrase that does not have this whole shape is left alone.
 */
final class ProjectStatements {
    private ProjectStatements() {}

    /** A client's name at the start of the phrase: up to five words. */
    private static final String CLIENT = "([\\p{L}0-9][\\p{L}0-9&.'-]*(?: [\\p{L}0-9&][\\p{L}0-9&.'-]*){0,4}?)";

    /** What a client does that makes a project: hire, sign, want, ask for, approve, commission. */
    private static final String VERB = "(?:has |have |had )?(?:just |finally |now )?"
            + "(?:hired (?:me|us)|engaged (?:me|us)|booked (?:me|us)|contracted (?:me|us)|signed (?:off |up )?(?:on|for)"
            + "|wants?|asked (?:me |us )?for|needs?|approved|commissioned|green-?lit|greenlit|agreed to|went ahead with)"
            + "(?: for| on| with| to do)?";

    /** Where a project's name ends: a clause mark, or a word that starts its terms. */
    private static final String TITLE_END =
            "(?=\\s*(?:[,;.!?:–—]|\\s-\\s|$)|\\s(?:with|at|billed|fixed|flat|due|for|budget|budgeted|hourly|starting|that|which)\\b)";

    /** "<client> hired me for a project called <title> …", "<client> wants a new project, <title>, …". */
    private static final Pattern CALLED = Pattern.compile("(?i)^" + CLIENT + " " + VERB
            + " (?:an? (?:new |brand new )?|new )(?:(?:hourly|fixed[- ]price) )?project"
            + "(?: called| named| titled|,|:| -)? (?!called |named |titled )(.+?)" + TITLE_END + "(.*)$");

    /** "<client> hired me for a Podcast Launch project …". */
    private static final Pattern BEFORE_PROJECT = Pattern.compile("(?i)^" + CLIENT + " " + VERB
            + " (?:an? (?:new |brand new )?|new )(?!new |project\\b)((?:(?!project\\b)[^,;.])+?) project\\b(.*)$");

    /** "we've just signed with Globex – could you create a project …": the client said first, then the request. */
    private static final Pattern SIGNED_WITH =
            Pattern.compile("(?i)^(?:we've|we have|i've|i have|we|i) (?:just |finally )?"
                    + "(?:signed|landed|won|closed(?: a deal)?|agreed a deal) with " + CLIENT
                    + "\\s*(?:[,;:.!–—]|\\s-)\\s*(?:so )?(?:(?:could|can|would) you |please |pls )*"
                    + "(?:create|add|open|make|start) (?:a |an )?(?:new )?project\\b(.*)$");

    /** "I'm starting Checkout Revamp for Acme Corp, billed hourly …, please create the project". */
    private static final Pattern STARTING =
            Pattern.compile("(?i)^(?:i'm|i am|we're|we are) (?:starting|kicking off|beginning|taking on)"
                    + " (?!a |an |the |work |on |my |our |to )([^,;]+?) for ([^,;]+?)(,.*)$");

    /** "; set it up as fixed price" after the name: the terms, with the request's own words put aside. */
    private static final Pattern SET_IT = Pattern.compile(
            "(?i)\\s*[;,.]?\\s*(?:please |pls )?(?:create it|set it(?: up)?|make it|have it|bill it)(?: as| at)?\\b");

    /** "…, please create the project": said again at the end once the phrase is a request. */
    private static final Pattern CREATE_IT = Pattern.compile(
            "(?i)\\s*[,;.]?\\s*(?:and )?(?:(?:could|can|would) you |please |pls )*(?:create|set up|add|make) (?:the|that|this|it|a) ?(?:project)?[.!?]?\\s*$");

    /** {@code text} as a request when it tells of a new project for a client; otherwise {@code text} itself. */
    static String rewrite(String text) {
        String out = request(text);
        return out == text ? text : out.replaceFirst("\\s*\\?\\s*$", ""); // a request now, not a question
    }

    private static String request(String text) {
        Matcher m = SIGNED_WITH.matcher(text);
        if (m.matches()) {
            return "create a project for " + m.group(1) + m.group(2);
        }
        m = STARTING.matcher(text);
        if (m.matches() && CREATE_IT.matcher(m.group(3)).find()) {
            String rest = CREATE_IT.matcher(m.group(3)).replaceFirst("");
            return "create a project called " + m.group(1) + " for " + m.group(2) + rest;
        }
        m = CALLED.matcher(text);
        if (!m.matches()) {
            m = BEFORE_PROJECT.matcher(text);
            if (!m.matches()) {
                return text;
            }
        }
        String client = m.group(1);
        String title = m.group(2).strip();
        if (client.matches("(?i)(?:i|we|i'm|we're|you|they|he|she|it|my|our|the client)") || title.isEmpty()) {
            return text;
        }
        String rest =
                CREATE_IT.matcher(SET_IT.matcher(m.group(3)).replaceFirst(",")).replaceFirst("");
        return "create a project called " + title + " for " + client + rest;
    }
}
