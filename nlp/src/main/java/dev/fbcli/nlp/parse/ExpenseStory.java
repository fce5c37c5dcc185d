package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An expense told as a story and then filed: "Grabbed lunch with Hank today, $38.40 at Blue Bottle,
 * meals, charge it to Globex", "Paid £24 for a cab to the Tyrell office yesterday, pop it under
 * travel", "coffee this morning was 9.75, log it as an expense". The story holds the amount, the
 * vendor and the day; the request after it ("charge it to X", "put it under Y") says who it is for
 * or its category. Read whole, the story's verbs and people fill the slots ("Grabbed lunch" as the
 * vendor, "charge" as an invoice); here the amount is put first and the request's object is said
 * as the field it names, and the phrase is read as the expense. Who and what are guesses from a
 * story, so such a frame is asked about (below {@link Confidence#ACT}).
 */
final class ExpenseStory {
    private ExpenseStory() {}

    private static final Pattern AMOUNT = Pattern.compile(
            "(?i)(?:[$€£]\\s?\\d[\\d,]*(?:\\.\\d{1,2})?k?|\\b\\d[\\d,]*(?:\\.\\d{1,2})?\\s?(?:dollars?|bucks|euros?|pounds?|usd|eur|gbp|cad)\\b"
                    + "|\\b\\d{1,5}\\.\\d\\d\\b)");

    /** ", charge it to Globex", ". Put it under Rent or Lease.", ", log it as an expense". */
    private static final Pattern FILE_IT = Pattern.compile(
            "(?i)[,.;!?]\\s*(?:(?:so|and|then|please|pls|can you|could you|would you)\\s+)*"
                    + "(?:charge|bill|put|pop|file|log|add|record|book|stick|enter|chuck|expense)"
                    + "(?: (?:it|that|this|them))(?: down)?(?:\\s+(to|under|as|against|in|on|for))?\\s*(.*?)\\s*[.!?]?$");

    /** A story's first word that tells, not names ("Grabbed", "Paid", "Couriered"). */
    private static final Pattern STORY_VERB = Pattern.compile(
            "(?i)^(?:i |we |just |so )*(?:\\p{L}+ed|paid|spent|bought|got|had|took|grabbed|ran|caught)\\b\\s*");

    /** What the request files the expense under or charges it to, without a closing "thanks". */
    private static String object(Matcher tail) {
        String o = tail.group(2)
                .strip()
                .replaceFirst("(?i)[,\\s]+(?:ta|thanks|thx|cheers|pls|please|mate)$", "")
                .strip();
        if (o.matches("(?i)(?:an? |my |the )?(?:business )?(?:expense|expenses|cost)")) {
            return o; // "log it as an expense": nothing more than the record itself
        }
        // "as an office supplies expense": the category, without its article and the record's noun
        if (!o.matches("(?i).*\\S\\s+(?:expense|expenses|cost|costs|purchase)")) {
            return o;
        }
        return o.replaceFirst("(?i)^(?:an?|my|the)\\s+(?=\\S+\\s+\\S)", "")
                .replaceFirst("(?i)(?<=\\S)\\s+(?:expense|expenses|cost|costs|purchase)$", "")
                .strip();
    }

    /** Whether a slot of {@code f} holds {@code object} (the words, any case). */
    private static boolean holds(Frame f, String object) {
        String o = object.toLowerCase(java.util.Locale.ROOT)
                .replaceFirst("^(?:the |client |project |customer )+", "")
                .replaceFirst("\\s+(?:category|project|client)$", "");
        if (o.isEmpty() || o.matches("(?:an? |my )?(?:expense|expenses|business expense|cost)")) {
            return true;
        }
        for (Object v : f.slots().values()) {
            if (v instanceof String s && s.toLowerCase(java.util.Locale.ROOT).equals(o)) {
                return true;
            }
        }
        return false;
    }

    static Frame choose(String input, String text, Frame whole, Function<String, Frame> parse) {
        Matcher tail = FILE_IT.matcher(text);
        boolean filed = tail.find();
        if (whole.confidence() >= Confidence.ACT
                && !whole.isUnknown()
                && !(filed && whole.intent().equals("expense.create") && !holds(whole, object(tail)))) {
            return whole; // read surely, and what the request files it under is in the frame
        }
        if (!filed) {
            return whole;
        }
        String story = text.substring(0, tail.start()).strip();
        Matcher amount = AMOUNT.matcher(story);
        if (!amount.find()) {
            return whole;
        }
        String money = amount.group().strip();
        // "$54.20 with Amtrak": who was paid, said after the amount
        story = story.substring(0, amount.end())
                + story.substring(amount.end())
                        .replaceFirst("^\\s+(?:with|from|via|through|on)\\s+(?=(?-i:\\p{Lu}))", " at ");
        amount = AMOUNT.matcher(story);
        amount.find();
        String rest = (story.substring(0, amount.start()) + " " + story.substring(amount.end()))
                .replaceAll("\\s+,", ",")
                .replaceAll("\\s{2,}", " ")
                .strip();
        rest = STORY_VERB.matcher(rest).replaceFirst("").replaceFirst("^(?:for|on|of)\\s+", "");
        String prep = tail.group(1) == null ? "" : tail.group(1).toLowerCase(java.util.Locale.ROOT);
        String object = object(tail);
        String field = "";
        if (!object.isEmpty() && !object.matches("(?i)(?:an? |my )?(?:expense|expenses|business expense|cost)")) {
            if (object.matches("(?i)(?:the )?(?:client|customer) .+")) {
                field = ", for client " + object.replaceFirst("(?i)^(?:the )?(?:client|customer) ", "");
            } else if (object.matches("(?i)(?:the )?project .+")) {
                field = ", for project " + object.replaceFirst("(?i)^(?:the )?project ", "");
            } else if (prep.equals("under") || prep.equals("as") || prep.equals("in")) {
                field = ", category: "
                        + object.replaceFirst("(?i)^(?:the )?", "").replaceFirst("(?i)\\s+category$", "");
            } else {
                field = ", for " + object;
            }
        }
        if (rest.matches("(?i).*\\bat (?-i:\\p{Lu}).*")) {
            // "the train to the Wayne site …, at Amtrak": where one went is not who was paid
            rest = rest.replaceAll(
                    "(?i)\\bto (?:the )?(?:[\\p{L}'-]+ ){0,3}?(?:site|office|airport|station|client|meeting|hotel)\\b",
                    "");
        }
        if (!field.isEmpty() && !field.startsWith(", category")) {
            // "lunch with Hank": who was there, not who it is for (the request says that)
            rest = rest.replaceAll("\\bwith (?-i:\\p{Lu})\\p{L}+(?: (?-i:\\p{Lu})\\p{L}+)?\\b", "")
                    .replaceAll("\\s{2,}", " ");
        }
        String said = "expense " + money + (rest.isEmpty() ? "" : " " + rest) + field;
        Frame alt = parse.apply(said);
        if (alt == null || !alt.intent().equals("expense.create")) {
            return whole;
        }
        return Confidence.askedAbout(input, alt);
    }
}
