package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of news and then the request it leads to: "Hooli just signed off on our estimate, mark
 * it accepted", "Mobile App shipped today, mark that project complete", "Jordan is going to help on
 * Mobile App from tomorrow, add him to that project", "Wrapped up the Stark brand work today, so
 * invoice them $2,750 for brand guidelines". Read whole, the news's words fill the request's slots
 * ("Wrapped" as the client); the request alone says what to do but points back with "it", "them",
 * "him" or "that project". When the whole phrase is not read surely, this step reads the request
 * alone with each pointer replaced by what the news named (a capitalised name, with the record the
 * news spoke of: "the Hooli estimate", "the Mobile App project"). Which name a pointer means is a
 * guess from the sentence, so such a reading is always asked about (below {@link Confidence#ACT}).
 */
final class NewsThenRequest {
    private NewsThenRequest() {}

    private static final String VERBS =
            "(?:invoice|bill|mark|flag|add|log|record|archive|unarchive|restore|delete|remove|start|get|send"
                    + "|create|make|put|charge|take|set|update|change|close|complete|email|book|pop|enter|track|move|assign|bring|stop"
                    + "|convert|turn|fire|raise|accept|note|rename|show|list|tell|unassign|drop|detach|fix|correct|adjust|push|bump|extend|pop|chuck|stick)\\b";

    private static final String ASKING =
            "(?:(?:can|could|would) you\\s+|please\\s+|pls\\s+|kindly\\s+|i need you to\\s+)*";

    /** Where the request starts: after a stop or comma, perhaps "so"/"please"/"can you", at a verb. */
    private static final Pattern SPLIT =
            Pattern.compile("(?i)(?:[,.;:!?]+\\s+|\\s+[-–—]+\\s+|\\s+(?:so|and so)\\s+)(?:(?:so|and|then|now)\\s+)?"
                    + ASKING + "(?=" + VERBS + ")");

    /** A first part that is itself a request ("Create an invoice …, and send it"), not news. */
    private static final Pattern REQUEST_FIRST = Pattern.compile("(?i)^(?:hey\\s+|hi\\s+|ok\\s+)?" + ASKING + VERBS);

    private static final Pattern PERSON = Pattern.compile("(?i)\\b(him|her)\\b");

    private static final Pattern CLIENT =
            Pattern.compile("(?i)\\b(them|they|(?:that|this|the) (?:client|customer))\\b");

    /** "turn their latest estimate into an invoice": whose, said back. */
    private static final Pattern THEIR = Pattern.compile(
            "(?i)\\b(?:their|its)\\b(?= (?:latest|last|most recent|newest|recent|new|unbilled|open|outstanding|estimate|quote|invoice|time|hours|due date|deadline|budget|rate)\\b)");

    private static final Pattern PROJECT = Pattern.compile("(?i)\\b(?:that|this|the) project\\b");

    private static final Pattern IT = Pattern.compile("(?i)\\b(it|that|this)\\b(?! (?:project|client|customer)\\b)");

    /** A word the request points back with. */
    private static final Pattern POINTER = Pattern.compile(
            "(?i)\\b(?:it|them|they|him|her|that|this|their|its|(?:that|this|the) (?:project|client|customer))\\b");

    /** A value news may hold that the request would need: a number, an amount, a day. */
    private static final Pattern VALUE = Pattern.compile(
            "(?i)\\d|[$€£]|\\b(?:yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|hours?|minutes?)\\b");

    /** The record the news spoke of ("our estimate", "the quote", "invoice 0005"). */
    private static final Pattern RECORD = Pattern.compile(
            "(?i)\\b(?:(?:our|the|my|their|that|this) )?(estimate|quote|project|invoice|proposal)\\b(?: #?(\\d{1,10}))?");

    /** A run of capitalised words: a name. */
    private static final Pattern NAME =
            Pattern.compile("(?-i:\\p{Lu})[\\p{L}0-9&.'-]*(?: (?:&|of|and )?(?-i:\\p{Lu})[\\p{L}0-9&.'-]*){0,3}");

    /** Words a sentence may start with that are not names ("Wrapped up …", "Just got …"). */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)\\p{L}+(?:ed|ing)|just|so|finally|today|yesterday|this|that|the|our|my|we|i|hey|hi|ok|okay|good|great|news|quick|update|fyi|well|also|then|after|before|since|when|forgot");

    /**
     * The request after the news, each pointer replaced by what the news named, read by {@code
     * parse} (as sure as that reading is); or null when the phrase is not news then a request, or
     * nothing could be put back.
     */
    static Frame read(String text, Function<String, Frame> parse) {
        if (text == null || text.length() > 300) {
            return null;
        }
        Matcher m = SPLIT.matcher(text);
        while (m.find()) {
            if (m.start() <= 0) {
                continue;
            }
            if (m.end() < text.length()
                    && Character.isUpperCase(text.charAt(m.end()))
                    && text.charAt(m.start()) == ',') {
                // "…, Bill was on my case all afternoon …. Anyway, log 5 hours …": a capitalised verb after a
                // comma is a name, not where the request starts; the next place may be
                continue;
            }
            return read(text, m, parse);
        }
        return null; // no request verb after the news
    }

    private static Frame read(String text, Matcher m, Function<String, Frame> parse) {
        String news = text.substring(0, m.start()).strip();
        String request = text.substring(m.end()).strip();
        if (news.split("\\s+").length < 2
                || request.split("\\s+").length < 2
                || REQUEST_FIRST.matcher(news).lookingAt()) {
            return null;
        }
        List<String> names = names(news);
        if (names.isEmpty() || !POINTER.matcher(request).find()) {
            // "Starting on the retest now, start a timer for Security Review": a request complete in
            // itself after news that holds no value of its own is the request alone, when sure
            if (VALUE.matcher(news).find()) {
                return null;
            }
            Frame alone = parse.apply(request);
            return alone != null && !alone.isUnknown() && alone.confidence() >= Confidence.ACT ? alone : null;
        }
        String name = names.get(0);
        String said = request;
        boolean put = false;
        Matcher person = PERSON.matcher(said);
        if (person.find()) {
            said = person.replaceFirst(name);
            put = true;
            if (names.size() > 1) {
                name = names.get(1); // "Jordan … on Mobile App …, add him to that project"
                Matcher rest = IT.matcher(said);
                if (rest.find()) {
                    said = rest.replaceFirst(
                            java.util.regex.Matcher.quoteReplacement("the " + name + " project")); // "…, add her to it"
                } else if (!PROJECT.matcher(said).find()
                        && news.matches("(?is).*\\b" + Pattern.quote(name) + "\\s(?:project|team)\\b.*")
                        && said.matches("(?i)\\S+\\s\\S+[.!]?")) {
                    // "Jordan's joining the Data Migration project next week, please add him": to that project
                    said = said.replaceFirst("[.!]$", "") + " to the " + name + " project";
                }
            }
        }
        Matcher project = PROJECT.matcher(said);
        if (project.find()) {
            said = project.replaceFirst("the " + name + " project");
            put = true;
        }
        Matcher their = THEIR.matcher(said);
        if (!put && their.find()) {
            said = their.replaceFirst(java.util.regex.Matcher.quoteReplacement(name + "'s"));
            put = true;
        }
        Matcher client = CLIENT.matcher(said);
        if (client.find()) {
            said = client.replaceFirst(name);
            put = true;
        }
        if (!put) {
            Matcher it = IT.matcher(said);
            if (it.find()) {
                Matcher r = RECORD.matcher(news);
                String what;
                if (r.find()) {
                    String noun = r.group(1)
                            .toLowerCase(Locale.ROOT)
                            .replace("quote", "estimate")
                            .replace("proposal", "estimate");
                    what = r.group(2) != null ? noun + " " + r.group(2) : "the " + name + " " + noun;
                } else {
                    what = name;
                }
                said = it.replaceFirst(what);
                put = true;
            }
        }
        if (!put) {
            return null;
        }
        Frame f = parse.apply(said);
        return f == null || f.isUnknown() ? null : f;
    }

    /**
     * {@code whole} when it is read surely; else the request read alone (asked about, below {@link
     * Confidence#ACT}) when that reading is at least as sure as the whole one.
     */
    static Frame choose(String input, String text, Frame whole, Function<String, Frame> parse) {
        if (whole.isUnknown() && whole.reason() != null && whole.reason().startsWith("one request at a time")) {
            // "I double-logged the standup yesterday. Delete the 30-minute entry …": news, then one request
            Frame alt = afterNews(text, parse);
            return alt == null ? whole : Confidence.askedAbout(input, alt);
        }
        if (whole.confidence() >= Confidence.ACT) {
            return whole;
        }
        Frame alt = read(text, parse);
        if (alt == null || alt.confidence() < whole.confidence() && !whole.isUnknown()) {
            return whole;
        }
        return Confidence.askedAbout(input, alt);
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\S)|\\s+[-–—]\\s+");

    /** A request said inside news ("I need to log …", "can you …"): the news is then a request too. */
    private static final Pattern ASKED_INSIDE = Pattern.compile(
            "(?i)\\b(?:please|pls|can you|could you|would you|need to|want to|like to|have to|gotta|let's)\\s+"
                    + VERBS);

    /**
     * A phrase refused as two requests that is news and then one request: the sentences before
     * told something (none starts with a request verb, none asks for one, none read alone as a
     * request), the last part asks. The request is read alone, or with what the news named put back
     * for its pointers; null when the phrase is not that.
     */
    private static Frame afterNews(String text, Function<String, Frame> parse) {
        if (text == null || text.length() > 400) {
            return null;
        }
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            String news = text.substring(0, m.start()).strip();
            String request = text.substring(m.end()).strip();
            if (news.split("\\s+").length < 2 || request.split("\\s+").length < 2) {
                continue;
            }
            for (String sentence : news.split("(?<=[.!?])\\s+|\\s+[-–—]\\s+")) {
                if (REQUEST_FIRST.matcher(sentence.strip()).lookingAt()) {
                    return null; // "Log 2h on Acme. Then invoice Globex.": two requests, as refused
                }
            }
            if (ASKED_INSIDE.matcher(news).find()) {
                return null;
            }
            Frame told = parse.apply(news);
            if (told != null && !told.isUnknown() && told.confidence() >= 0.7) {
                Frame alone = pointsBack(request) ? parse.apply(request) : null;
                if (alone != null && told.intent().equals(alone.intent())) {
                    // "Umbrella Corp sent a cheque for $1,200 yesterday. Record the payment please.": the news
                    // told the payment, the request asks to record that one; one request, read from the news
                    return told;
                }
                return null; // the news reads as a request of its own
            }
            Frame alone = parse.apply(request);
            if (alone == null || alone.isUnknown()) {
                continue; // the request starts later ("…. Sorry. Delete …")
            }
            Frame pointed = read(text, parse);
            return pointed != null && !pointed.isUnknown() && pointed.intent().equals(alone.intent()) ? pointed : alone;
        }
        return null;
    }

    /** A request that points back at what the news told ("record the payment", "log it") and says no value of its own. */
    private static final Pattern POINTS_BACK = Pattern.compile(
            "(?i)\\b(?:it|that|this|them|those|the same|the (?:payment|cheque|check|expense|entry|time|hours|invoice|estimate))\\b");

    private static boolean pointsBack(String request) {
        return POINTS_BACK.matcher(request).find() && !request.matches("(?s).*\\d.*");
    }

    /** The capitalised names in the news, in order, without a sentence's first word that is not one. */
    static List<String> names(String news) {
        List<String> out = new ArrayList<>();
        Matcher n = NAME.matcher(news);
        while (n.find()) {
            String run = n.group().replaceFirst("(?:'s|[.'-])+$", ""); // "Jordan's joining …": Jordan
            boolean first = n.start() == 0 || news.substring(0, n.start()).matches(".*[.!?:]\\s*");
            if (first) {
                String[] words = run.split(" ", 2);
                if (NOT_A_NAME.matcher(words[0]).matches()) {
                    if (words.length == 1) {
                        continue;
                    }
                    run = words[1];
                }
            }
            if (run.equals("I") || run.matches("(?i)(?:I'm|I've|I'd|I'll)")) {
                continue;
            }
            out.add(run);
        }
        return out;
    }
}
