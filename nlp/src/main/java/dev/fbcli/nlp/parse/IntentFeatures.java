package dev.fbcli.nlp.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the intent model sees of a phrase: its words after the {@link LexicalFront} (typos of the
 * vocabulary corrected, the account's names given their case), with every value replaced by its
 * kind — an amount is {@code <money>}, "3h" is {@code <dur>}, "9:30" is {@code <clock>}, "11/20" is
 * {@code <date>}, "#0006" is {@code <docnum>}, "95/hr" is {@code <rate>}, an e-mail {@code <email>},
 * any other number {@code <num>} — and a word capitalized after the first is {@code <Name>} as
 * well as itself. From those tokens: words, pairs of words, the first word, and the four-letter
 * pieces of each word (so that a slip the front did not correct still shares most of its pieces);
 * and, when the {@link ValueGuard} refuses a value of the phrase, the kind it refuses
 * ({@code guard:negative}, {@code guard:date}, …), so that a refusal is learned from its value,
 * and {@code value:over-a-day} for a number of hours above 24.
 *
 * <p>Features are strings, hashed into the model's buckets by {@link IntentModel}; the same code
 * makes them when the model is trained and when it is used, so both see the same thing.
 */
final class IntentFeatures {
    /** What a masked note reads as: one token, {@code <note>}. */
    static final String NOTE = "\u27e8note\u27e9";

    private static final Pattern TOKEN = Pattern.compile(
            "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+" // e-mail
                    + "|[$€£]\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?[kK]\\b)?" // $1,200.50
                    + "|\\d[\\d,]*(?:\\.\\d+)?\\s?(?:/|per\\s)(?:hr|hour|h|day|d)\\b" // 95/hr
                    + "|#\\s?\\d+" // #0006
                    + "|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?" // dates
                    + "|\\d{1,2}(?::\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)|\\d{1,2}:\\d{2}" // clock
                    + "|\\d+(?:\\.\\d+)?(?:h|hr|hrs|m|min|mins)\\b" // 3h, 90min
                    + "|\\d[\\d,]*(?:\\.\\d+)?" // a number
                    + "|\\p{L}[\\p{L}'’]*" // a word
                    + "|[?:=|]" // punctuation that says something
                    + "|" + NOTE // a note's text, masked
            );

    private static final Pattern HOURS =
            Pattern.compile("(?<![\\w.,$])(\\d{1,5}(?:\\.\\d{1,2})?)\\s?(?:h|hr|hrs|hours?)\\b");

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    private static final Set<String> CURRENCY_WORDS = Set.of("usd", "cad", "eur", "gbp", "dollars", "bucks");

    private IntentFeatures() {}

    /** The tokens of {@code text} (as the front read it), lower case, values as their kinds. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        boolean first = true;
        while (m.find()) {
            String t = m.group();
            String kind = kind(t);
            if (kind != null) {
                out.add(kind);
            } else {
                String low = t.toLowerCase(Locale.ROOT).replace('’', '\'');
                // a number followed by a currency word is an amount ("120 usd")
                if (CURRENCY_WORDS.contains(low)
                        && !out.isEmpty()
                        && out.get(out.size() - 1).equals("<num>")) {
                    out.set(out.size() - 1, "<money>");
                }
                if (!first && Character.isUpperCase(t.charAt(0))) {
                    out.add("<Name>");
                }
                out.add(low);
            }
            first = false;
        }
        return out;
    }

    private static String kind(String t) {
        char c = t.charAt(0);
        if (t.equals(NOTE)) {
            return "<note>";
        }
        if (t.indexOf('@') > 0) {
            return "<email>";
        }
        if (c == '$' || c == '€' || c == '£') {
            return "<money>";
        }
        if (c == '#') {
            return "<docnum>";
        }
        if (!Character.isDigit(c)) {
            return null;
        }
        String low = t.toLowerCase(Locale.ROOT);
        if (low.contains("/h") || low.contains("/d") || low.contains("per ")) {
            return "<rate>";
        }
        if (low.indexOf('/') > 0 || (low.length() >= 8 && low.charAt(4) == '-')) {
            return "<date>";
        }
        if (low.endsWith("am") || low.endsWith("pm") || low.endsWith(".m.") || low.indexOf(':') > 0) {
            return "<clock>";
        }
        if (NUMBER.matcher(low).matches()) {
            return low.length() == 4 && low.charAt(0) == '0' ? "<docnum>" : "<num>";
        }
        return "<dur>";
    }

    /** The features of {@code text}: each once, in a fixed order. */
    static List<String> of(String text) {
        return of(text, AccountNames.none());
    }

    /**
     * The features of {@code text}, a word of one of the account's {@code names} also giving its
     * kind ({@code k:client}, {@code k:project}, …): which kind of record a phrase names says much of
     * what it asks, whatever the name.
     */
    static List<String> of(String text, AccountNames names) {
        return of(text, text, names);
    }

    /**
     * The features of {@code text} with a note masked ({@link #mask}); the values the guard refuses
     * are looked for in {@code whole}, the phrase unmasked.
     */
    static List<String> of(String text, String whole, AccountNames names) {
        Map<String, String> kinds = kinds(names);
        List<String> toks = tokens(text);
        Set<String> f = new LinkedHashSet<>();
        f.add("bias");
        String prev = "<s>";
        boolean firstWord = true;
        for (String t : toks) {
            if (t.equals("<Name>")) {
                f.add("w:<Name>");
                f.add("b:" + prev + "_<Name>");
                continue;
            }
            if (firstWord) {
                f.add("first:" + t);
                firstWord = false;
            }
            f.add("w:" + t);
            f.add("b:" + prev + "_" + t);
            String kind = kinds.get(t);
            if (kind != null) {
                f.add("k:" + kind);
                f.add("kb:" + prev + "_" + kind);
            }
            if (t.charAt(0) != '<' && t.length() >= 4) {
                String w = "^" + t + "$";
                for (int i = 0; i + 4 <= w.length(); i++) {
                    f.add("c:" + w.substring(i, i + 4));
                }
            }
            prev = t;
        }
        f.add("b:" + prev + "_</s>");
        f.add("len:" + Math.min(toks.size() / 4, 6));
        String low = whole.toLowerCase(Locale.ROOT);
        String refused = ValueGuard.kind(low);
        if (refused != null) {
            f.add("guard:" + refused);
        }
        // a length over a day: a time entry cannot have it, a budget can
        for (Matcher h = HOURS.matcher(low); h.find(); ) {
            if (Double.parseDouble(h.group(1)) > 24) {
                f.add("value:over-a-day");
                break;
            }
        }
        return List.copyOf(f);
    }

    /** {@code text} with {@code note} (found whatever its case) replaced by {@link #NOTE}; unchanged when absent. */
    static String mask(String text, String note) {
        String low = text.toLowerCase(Locale.ROOT);
        int at = low.length() == text.length() ? low.indexOf(note.toLowerCase(Locale.ROOT)) : -1;
        if (at < 0) {
            return text;
        }
        return text.substring(0, at) + " " + NOTE + " " + text.substring(at + note.length());
    }

    private static volatile Map.Entry<AccountNames, Map<String, String>> lastKinds;

    /** Each word of three letters or more of the account's names, with its kind (none when kinds share it). */
    static Map<String, String> kinds(AccountNames names) {
        if (names == null) {
            return Map.of();
        }
        Map.Entry<AccountNames, Map<String, String>> last = lastKinds;
        if (last != null && last.getKey() == names) {
            return last.getValue();
        }
        Map<String, String> out = new HashMap<>();
        Set<String> shared = new HashSet<>();
        String[] kinds = {"client", "project", "service", "category", "vendor"};
        List<List<String>> lists =
                List.of(names.clients(), names.projects(), names.services(), names.categories(), names.vendors());
        for (int k = 0; k < kinds.length; k++) {
            for (String name : lists.get(k)) {
                for (String w : tokens(name)) {
                    if (w.length() >= 3 && w.charAt(0) != '<') {
                        String before = out.putIfAbsent(w, kinds[k]);
                        if (before != null && !before.equals(kinds[k])) {
                            shared.add(w);
                        }
                    }
                }
            }
        }
        out.keySet().removeAll(shared);
        Map<String, String> done = Map.copyOf(out);
        lastKinds = Map.entry(names, done);
        return done;
    }
}
