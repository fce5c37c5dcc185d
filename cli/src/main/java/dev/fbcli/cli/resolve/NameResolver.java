package dev.fbcli.cli.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves a name as the user said it to one record (pure: no I/O). The rules, strictest first:
 *
 * <ol>
 *   <li>the id itself ({@code 101}, {@code #101});
 *   <li>the exact name;
 *   <li>the name ignoring case, accents, punctuation, a leading "the", a possessive "'s" and a
 *       trailing "project"/"client"/"inc"/"corp"-style noise word;
 *   <li>a unique prefix ("Umb" for "Umbrella Corp"), or all the said words among the name's words
 *       ("acme" for "Acme Corp"), or all the name's words among the said words ("software
 *       subscription" for "Software"); the contact/email ({@code detail}) counts here too;
 *   <li>fuzzy: Jaro-Winkler and token-set similarity, accepted only when the best clearly beats
 *       the runner-up.
 * </ol>
 *
 * At every step a single active record beats inactive ones; two or more that fit equally are
 * {@link Resolution.Ambiguous}. Nothing fitting gives {@link Resolution.NotFound} with the closest
 * names as suggestions.
 */
public final class NameResolver {
    /** Fuzzy matches below this similarity are never accepted. */
    static final double FUZZY_ACCEPT = 0.88;
    /** ... and the best must beat the runner-up by this much. */
    static final double FUZZY_MARGIN = 0.06;
    /** Suggestions in a "not found" answer are at least this similar. */
    static final double SUGGEST = 0.70;

    private static final Set<String> NOISE = Set.of("the", "a", "an", "project", "client", "customer");
    static final Set<String> LEGAL_SUFFIXES =
            Set.of("inc", "corp", "corporation", "co", "ltd", "llc", "limited", "gmbh", "plc", "company");

    private NameResolver() {}

    /**
     * Resolves {@code said} among {@code candidates}. Builds a {@link NameIndex} for this one call:
     * to resolve several names among the same candidates, build the index once and use {@link
     * NameIndex#resolve}.
     */
    public static Resolution resolve(String said, List<Candidate> candidates) {
        return NameIndex.of(candidates).resolve(said);
    }

    /** Lower case, no accents, no punctuation, single spaces, no noise words or possessive "'s". */
    public static String normalize(String s) {
        String n = s;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= 128) {
                n = withoutMarks(s);
                break;
            }
        }
        if (n == null) {
            return normalizeAnyText(s);
        }
        String lower = n.toLowerCase(Locale.ROOT);
        if (lower.length() != n.length()) {
            return normalizeAnyText(s); // a letter whose lower case is longer ("İ"): the general form
        }
        return normalizeLower(lower.replace('\u2019', '\''));
    }

    /** The general form, with regular expressions (kept as the definition the quick form follows). */
    static String normalizeAnyText(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        n = n.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        n = n.replaceAll("'s\\b", "");
        n = n.replaceAll("[^\\p{L}\\p{N}@.+&/ -]", " ").replaceAll("[-/&]", " ");
        List<String> w = new ArrayList<>(Arrays.asList(n.trim().split("\\s+")));
        return finish(w);
    }

    /** Decomposed, without accents and other marks; null for text beyond 16-bit characters. */
    private static String withoutMarks(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            if (Character.isSurrogate(c)) {
                return null;
            }
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK
                    && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@link #normalizeAnyText} from its lower-casing on, without regular expressions (a name cache
     * of 10,000 names is normalized on every load; {@code NameIndexTest} checks both agree).
     */
    private static String normalizeLower(String s) {
        int len = s.length();
        StringBuilder cleaned = new StringBuilder(len);
        for (int k = 0; k < len; k++) {
            char c = s.charAt(k);
            if (c == '\'' && k + 1 < len && s.charAt(k + 1) == 's' && (k + 2 == len || !isWordChar(s.charAt(k + 2)))) {
                k++; // a possessive "'s": dropped
                continue;
            }
            cleaned.append(isKept(c) ? c : ' ');
        }
        List<String> w = new ArrayList<>();
        int start = -1;
        for (int k = 0; k <= cleaned.length(); k++) {
            boolean space = k == cleaned.length() || cleaned.charAt(k) == ' ';
            if (!space && start < 0) {
                start = k;
            } else if (space && start >= 0) {
                w.add(cleaned.substring(start, k));
                start = -1;
            }
        }
        if (w.isEmpty()) {
            w.add("");
        }
        return finish(w);
    }

    /** A letter, a number, or one of "@.+" (what the general form's character class keeps). */
    private static boolean isKept(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '@'
                    || c == '.'
                    || c == '+';
        }
        int type = Character.getType(c);
        return Character.isLetter(c)
                || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static String finish(List<String> w) {
        while (w.size() > 1 && NOISE.contains(w.get(0))) {
            w.remove(0);
        }
        while (w.size() > 1 && NOISE.contains(w.get(w.size() - 1))) {
            w.remove(w.size() - 1);
        }
        String joined = String.join(" ", w);
        if (joined.indexOf('.') < 0) {
            return joined.trim();
        }
        StringBuilder out = new StringBuilder(joined.length());
        for (int k = 0; k < joined.length(); k++) {
            char c = joined.charAt(k);
            // a full stop before a space or at the end goes ("Corp." is "Corp"); "a.b" stays
            if (c == '.' && (k + 1 == joined.length() || joined.charAt(k + 1) == ' ')) {
                continue;
            }
            out.append(c);
        }
        return out.toString().trim();
    }

    static String stripLegal(String norm) {
        List<String> w = new ArrayList<>(words(norm));
        while (w.size() > 1 && LEGAL_SUFFIXES.contains(w.get(w.size() - 1))) {
            w.remove(w.size() - 1);
        }
        return String.join(" ", w);
    }

    static List<String> words(String norm) {
        return norm.isEmpty() ? List.of() : Arrays.asList(norm.split(" "));
    }

    /** Jaro-Winkler similarity in [0, 1]. */
    public static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] ma = new boolean[la];
        boolean[] mb = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int lo = Math.max(0, i - window);
            int hi = Math.min(lb - 1, i + window);
            for (int j = lo; j <= hi; j++) {
                if (!mb[j] && a.charAt(i) == b.charAt(j)) {
                    ma[i] = true;
                    mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int t = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            if (ma[i]) {
                while (!mb[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    t++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - t / 2.0) / m) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(la, lb)) && a.charAt(i) == b.charAt(i); i++) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /** Share of distinct words in common, over the words of the shorter side (0 for no words). */
    public static double tokenSetSimilarity(String a, String b) {
        Set<String> wa = new LinkedHashSet<>(words(a));
        Set<String> wb = new LinkedHashSet<>(words(b));
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0.0;
        }
        Set<String> common = new LinkedHashSet<>(wa);
        common.retainAll(wb);
        return (double) common.size() / Math.max(wa.size(), wb.size());
    }
}
