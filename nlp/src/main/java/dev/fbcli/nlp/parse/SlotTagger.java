package dev.fbcli.nlp.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A trained slot tagger: for each word of a phrase (as the {@link LexicalFront} reads it), which
 * text slot of the frame it belongs to — {@code target}, {@code client}, {@code project},
 * {@code service}, {@code note}, {@code vendor}, {@code category}, a new client's or project's
 * name, a member, an invoice line's description, a changed record's new values — or none
 * ({@code O}). A multinomial logistic
 * regression per word ({@link IntentModel} holds its weights, resource {@code slot-model.bin}),
 * learned by {@code SlotTaggerTrainer} from the labelled corpus: a training phrase's tags are where
 * its labelled slot values stand in it.
 *
 * <p>Its features are the word and its neighbours, their shapes and pieces, the nearest word of a
 * short list of markers to its left ("for", "on", "from", "note", …), the kind of an account name
 * ({@code client}, {@code project}, …), and each of them joined with the intent the phrase was read
 * as: "for X" is a client in an invoice and a category in an expense. {@link SlotReview} uses it to
 * check the rules' reading, never to write a slot.
 */
final class SlotTagger {
    static final String RESOURCE = "slot-model.bin";
    static final String NONE = "O";

    /** The text slots the tagger learns; every other slot (amounts, dates, numbers) is {@link #NONE}. */
    static final List<String> SLOTS = List.of(
            "target",
            "client",
            "project",
            "service",
            "note",
            "notes",
            "vendor",
            "category",
            "organization",
            "first_name",
            "last_name",
            "title",
            "member",
            "method",
            "description",
            "name",
            "city",
            "street",
            "new_target",
            "new_client",
            "new_project",
            "new_service",
            "new_category",
            "new_vendor",
            "new_title",
            "new_note");

    /**
     * Slots read as one when the tagger checks the rules: the scorer meets an expected target with a
     * client or a project of that name; and a note or an invoice line's description is the words
     * left over, which the corpus labels only as far as it is scored (a description by the expected
     * words it contains), so a word in either and a word in no slot are the same to the check; and
     * whether a new client's name is a person's or a company's is the given-name list's to say, not
     * the tagger's (it doubted "rita acosta" read as a person), so the three name slots are one.
     */
    static String family(String slot) {
        return switch (slot) {
            case "target", "client", "project" -> "who";
            case "organization", "first_name", "last_name" -> "name";
            case "new_target", "new_client", "new_project" -> "new_who";
            case "note", "notes", "new_note", "description", NONE -> NONE;
            default -> slot;
        };
    }

    private static final Pattern TOKEN = Pattern.compile(
            "[$€£]?\\d[\\d,.:]*\\p{L}*" // 3h, $1,200.50, 9:30am
                    + "|[~/][^\\s,;]+" // a file path
                    + "|\\p{L}[\\p{L}\\p{N}'’]*(?:[.@_&-][\\p{L}\\p{N}]+)*" // a word, e-mail, hyphenated
                    + "|\\S");

    private static final Set<String> MARKERS = Set.of(
            "for",
            "on",
            "at",
            "to",
            "from",
            "with",
            "under",
            "in",
            "of",
            "about",
            "re",
            "note",
            "notes",
            "category",
            "vendor",
            "client",
            "project",
            "service",
            "via",
            "as",
            "by",
            "called",
            "named",
            "titled",
            "add",
            "-",
            ":",
            "doing",
            "into",
            "against",
            "is",
            "new",
            "contact");

    /** A word of a phrase and where it stands. */
    record Token(String text, int start, int end) {
        String low() {
            return text.toLowerCase(Locale.ROOT).replace('’', '\'');
        }
    }

    private SlotTagger() {}

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(new Token(m.group(), m.start(), m.end()));
        }
        return out;
    }

    /** The model shipped with fb, or null when the resource is missing (the rules then stand alone). */
    static IntentModel shipped() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final IntentModel MODEL = IntentModel.resource(RESOURCE);
    }

    /**
     * Where the text slots of {@code slots} stand in {@code toks}: a tag per token, or null when a
     * slot's value is not found word for word (a value the phrase does not spell out).
     */
    static String[] tags(List<Token> toks, Map<String, ?> slots) {
        String[] tags = new String[toks.size()];
        java.util.Arrays.fill(tags, NONE);
        for (String slot : SLOTS) {
            Object v = slots.get(slot);
            List<String> values = new ArrayList<>();
            if (v instanceof String s) {
                values.add(s);
            } else if (slot.equals("description") && slots.get("lines") instanceof List<?> lines) {
                for (Object line : lines) {
                    if (line instanceof Map<?, ?> l && l.get("description") instanceof String d) {
                        values.add(d);
                    } else if (line instanceof dev.fbcli.nlp.intent.InvoiceLine l && l.description() != null) {
                        values.add(l.description());
                    }
                }
            }
            for (String value : values) {
                if (!place(toks, tags, slot, value)) {
                    return null;
                }
            }
        }
        return tags;
    }

    private static boolean place(List<Token> toks, String[] tags, String slot, String value) {
        List<Token> want = tokens(value);
        if (want.isEmpty()) {
            return true;
        }
        outer:
        for (int i = 0; i + want.size() <= toks.size(); i++) {
            for (int j = 0; j < want.size(); j++) {
                if (!tags[i + j].equals(NONE)
                        || !toks.get(i + j).low().equals(want.get(j).low())) {
                    continue outer;
                }
            }
            for (int j = 0; j < want.size(); j++) {
                tags[i + j] = slot;
            }
            return true;
        }
        return false;
    }

    /** The features of each token of a phrase read as {@code intent}. */
    static List<List<String>> features(List<Token> toks, String intent, AccountNames names) {
        Map<String, String> kinds = IntentFeatures.kinds(names);
        List<String> low = new ArrayList<>(toks.size());
        for (Token t : toks) {
            low.add(t.low());
        }
        List<List<String>> out = new ArrayList<>(toks.size());
        for (int i = 0; i < toks.size(); i++) {
            List<String> f = new ArrayList<>(40);
            String w = low.get(i);
            add(f, intent, "b");
            add(f, intent, "w=" + w);
            add(f, intent, "s=" + shape(toks.get(i).text()));
            add(f, intent, "w-1=" + at(low, i - 1));
            add(f, intent, "w+1=" + at(low, i + 1));
            add(f, intent, "w-2=" + at(low, i - 2));
            add(f, intent, "w+2=" + at(low, i + 2));
            add(f, intent, "b-=" + at(low, i - 1) + "_" + w);
            add(f, intent, "b+=" + w + "_" + at(low, i + 1));
            add(f, intent, "s-1=" + (i > 0 ? shape(toks.get(i - 1).text()) : "<s>"));
            add(f, intent, "s+1=" + (i + 1 < toks.size() ? shape(toks.get(i + 1).text()) : "</s>"));
            if (w.length() > 3) {
                add(f, intent, "p3=" + w.substring(0, 3));
                add(f, intent, "x3=" + w.substring(w.length() - 3));
            }
            String kind = kinds.get(w);
            if (kind != null) {
                add(f, intent, "k=" + kind);
            }
            // the nearest markers to the left, and how far
            int seen = 0;
            for (int j = i - 1; j >= 0 && j >= i - 6 && seen < 2; j--) {
                if (MARKERS.contains(low.get(j))) {
                    add(f, intent, "m" + seen + "=" + low.get(j));
                    if (seen == 0) {
                        add(f, intent, "md=" + low.get(j) + "_" + Math.min(i - j, 4));
                    }
                    seen++;
                }
            }
            if (seen == 0) {
                add(f, intent, "m0=<none>");
            }
            add(f, intent, "pos=" + (i == 0 ? "first" : i == toks.size() - 1 ? "last" : Math.min(i, 5)));
            out.add(f);
        }
        return out;
    }

    private static void add(List<String> f, String intent, String feature) {
        f.add(feature);
        f.add(intent + "|" + feature);
    }

    private static String at(List<String> low, int i) {
        return i < 0 ? "<s>" : i >= low.size() ? "</s>" : low.get(i);
    }

    /** "Xx", "x", "X", "d", "$d", "x.x" (an e-mail or file), "p" (punctuation). */
    static String shape(String t) {
        char c = t.charAt(0);
        if (c == '$' || c == '€' || c == '£') {
            return "$d";
        }
        if (Character.isDigit(c)) {
            return Character.isLetter(t.charAt(t.length() - 1)) ? "dx" : "d";
        }
        if (c == '~' || c == '/' || t.indexOf('@') > 0) {
            return "x.x";
        }
        if (!Character.isLetter(c)) {
            return "p";
        }
        if (Character.isUpperCase(c)) {
            return t.length() > 1 && t.chars().skip(1).allMatch(Character::isUpperCase) ? "X" : "Xx";
        }
        return "x";
    }

    /** Each token's probability of each of the model's labels. */
    static double[][] probabilities(IntentModel model, List<Token> toks, String intent, AccountNames names) {
        List<List<String>> f = features(toks, intent, names);
        double[][] out = new double[toks.size()][];
        for (int i = 0; i < toks.size(); i++) {
            out[i] = model.probabilities(f.get(i));
        }
        return out;
    }

    /** The probability of each slot family (and {@link #NONE}) from the model's labels' probabilities. */
    static Map<String, Double> families(IntentModel model, double[] p) {
        Map<String, Double> out = new HashMap<>();
        for (int l = 0; l < p.length; l++) {
            String label = model.labels().get(l);
            out.merge(family(label), p[l], Double::sum);
        }
        return out;
    }
}
