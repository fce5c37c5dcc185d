package dev.fbcli.cli.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** The resolver as it was before {@link NameIndex} (every pass normalizes every candidate): the reference the index must agree with.
 *
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
final class ReferenceResolver {
    /** Fuzzy matches below this similarity are never accepted. */
    static final double FUZZY_ACCEPT = 0.88;
    /** ... and the best must beat the runner-up by this much. */
    static final double FUZZY_MARGIN = 0.06;
    /** Suggestions in a "not found" answer are at least this similar. */
    static final double SUGGEST = 0.70;

    private static final Set<String> NOISE = Set.of("the", "a", "an", "project", "client", "customer");
    private static final Set<String> LEGAL_SUFFIXES =
            Set.of("inc", "corp", "corporation", "co", "ltd", "llc", "limited", "gmbh", "plc", "company");

    private ReferenceResolver() {}

    public static Resolution resolve(String said, List<Candidate> candidates) {
        String raw = said == null ? "" : said.strip();
        if (raw.isEmpty() || candidates.isEmpty()) {
            return new Resolution.NotFound(List.of());
        }
        String id = raw.startsWith("#") ? raw.substring(1) : raw;
        List<Candidate> byId =
                candidates.stream().filter(c -> c.id().equals(id)).toList();
        if (byId.size() == 1
                && id.chars().allMatch(Character::isLetterOrDigit)
                && id.chars().anyMatch(Character::isDigit)) {
            return new Resolution.Match(byId.get(0), Resolution.How.ID);
        }

        Resolution r = pick(candidates, c -> c.name().equals(raw), Resolution.How.EXACT);
        if (r != null) {
            return r;
        }
        String norm = normalize(raw);
        r = pick(
                candidates,
                c -> normalize(c.name()).equals(norm)
                        || (c.detail() != null && c.detail().equalsIgnoreCase(raw)),
                Resolution.How.CASE_INSENSITIVE);
        if (r != null) {
            return r;
        }
        // "Globex Corporation" for "Globex Inc": only when a legal suffix was said, so that a bare
        // "Umbrella" stays ambiguous between "Umbrella Corp" and "Umbrella Health".
        String core = stripLegal(norm);
        if (!core.equals(norm)) {
            r = pick(candidates, c -> stripLegal(normalize(c.name())).equals(core), Resolution.How.CASE_INSENSITIVE);
            if (r != null) {
                return r;
            }
        }
        List<String> saidWords = words(norm);
        r = pick(candidates, c -> prefixOrWords(norm, saidWords, c), Resolution.How.PREFIX_OR_WORDS);
        if (r != null) {
            return r;
        }
        return fuzzy(norm, candidates);
    }

    private static boolean prefixOrWords(String norm, List<String> saidWords, Candidate c) {
        String name = normalize(c.name());
        if (norm.length() >= 2 && name.startsWith(norm)) {
            return true;
        }
        List<String> nameWords = words(name);
        if (!saidWords.isEmpty() && nameWords.containsAll(saidWords)) {
            return true;
        }
        List<String> significant =
                nameWords.stream().filter(w -> !LEGAL_SUFFIXES.contains(w)).toList();
        if (!significant.isEmpty() && saidWords.containsAll(significant)) {
            return true;
        }
        if (c.detail() != null) {
            List<String> detailWords = words(normalize(c.detail()));
            return !saidWords.isEmpty() && detailWords.containsAll(saidWords);
        }
        return false;
    }

    /** One match among those passing {@code test}, preferring active records; null when none passes. */
    private static Resolution pick(List<Candidate> candidates, Predicate<Candidate> test, Resolution.How how) {
        List<Candidate> hits = candidates.stream().filter(test).toList();
        if (hits.isEmpty()) {
            return null;
        }
        if (hits.size() == 1) {
            return new Resolution.Match(hits.get(0), how);
        }
        List<Candidate> active = hits.stream().filter(Candidate::active).toList();
        if (active.size() == 1) {
            return new Resolution.Match(active.get(0), how);
        }
        return new Resolution.Ambiguous(active.isEmpty() ? hits : active);
    }

    private static Resolution fuzzy(String norm, List<Candidate> candidates) {
        record Scored(Candidate c, double score) {}
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            String name = normalize(c.name());
            double s = Math.max(jaroWinkler(norm, name), tokenSetSimilarity(norm, name));
            String saidCore = stripLegal(norm);
            if (!saidCore.equals(norm)) {
                s = Math.max(s, jaroWinkler(saidCore, stripLegal(name)));
            }
            scored.add(new Scored(c, s));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        Scored best = scored.get(0);
        double second = scored.size() > 1 ? scored.get(1).score() : 0;
        if (best.score() >= FUZZY_ACCEPT && best.score() - second >= FUZZY_MARGIN) {
            return new Resolution.Match(best.c(), Resolution.How.FUZZY);
        }
        List<Candidate> close = scored.stream()
                .filter(s -> s.score() >= FUZZY_ACCEPT)
                .map(Scored::c)
                .toList();
        if (close.size() > 1) {
            return new Resolution.Ambiguous(close);
        }
        return new Resolution.NotFound(scored.stream()
                .filter(s -> s.score() >= SUGGEST)
                .limit(3)
                .map(Scored::c)
                .toList());
    }

    /** Lower case, no accents, no punctuation, single spaces, no noise words or possessive "'s". */
    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        n = n.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        n = n.replaceAll("'s\\b", "");
        n = n.replaceAll("[^\\p{L}\\p{N}@.+&/ -]", " ").replaceAll("[-/&]", " ");
        List<String> w = new ArrayList<>(Arrays.asList(n.trim().split("\\s+")));
        while (w.size() > 1 && NOISE.contains(w.get(0))) {
            w.remove(0);
        }
        while (w.size() > 1 && NOISE.contains(w.get(w.size() - 1))) {
            w.remove(w.size() - 1);
        }
        return String.join(" ", w).replaceAll("\\.(?=\\s|$)", "").trim();
    }

    private static String stripLegal(String norm) {
        List<String> w = new ArrayList<>(words(norm));
        while (w.size() > 1 && LEGAL_SUFFIXES.contains(w.get(w.size() - 1))) {
            w.remove(w.size() - 1);
        }
        return String.join(" ", w);
    }

    private static List<String> words(String norm) {
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
