package dev.fbcli.nlp.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A spelling corrector over a fixed list of words, SymSpell-style: every word's deletes (up to two
 * letters) are indexed once, a typo's deletes are looked up in that index, and each candidate is
 * checked with the optimal-string-alignment (Damerau-Levenshtein) distance. The closest word wins,
 * then the one listed first.
 *
 * <p>The rules keep it from "correcting" real words: only lower-case letters, 3 letters or more;
 * the first letter must match (or the first two be swapped); one edit for words up to 6 letters,
 * two from 7; a 3- or 4-letter word is corrected only when two neighbouring letters are swapped
 * ("lgo", "lsit") or a letter is typed twice ("hrss"), a 4-letter word also by one letter more
 * ("shoow"); and a word on the protected
 * list (real words near a vocabulary word: "smart", "stark") is left alone. {@code
 * nlp/scripts/protected-words.py} mirrors these rules.
 */
final class Speller {
    private static final String WORDS = "/dev/fbcli/nlp/parse/words/";

    /** Longest word looked at (longer ones are not typos of a vocabulary word). */
    static final int MAX_WORD = 24;

    private final Map<String, Integer> rank;
    private final Map<String, List<String>> deletes = new HashMap<>();
    private final Set<String> protectedWords;

    /** Each word's letters with doubled letters written once ("apollo" → "apolo"), and the word; null when two words share one. */
    private final Map<String, String> skeletons = new HashMap<>();

    /**
     * A corrector over {@code words}, earlier words first in a tie, never correcting a word of
     * {@code protectedWords}. Words are lower-cased; blank ones are skipped.
     */
    Speller(List<String> words, Set<String> protectedWords) {
        this.rank = new LinkedHashMap<>();
        for (String w : words) {
            String low = w == null ? "" : w.strip().toLowerCase(java.util.Locale.ROOT);
            if (!low.isEmpty() && low.length() <= MAX_WORD && !rank.containsKey(low)) {
                rank.put(low, rank.size());
            }
        }
        this.protectedWords = Set.copyOf(protectedWords);
        for (String w : rank.keySet()) {
            String k = skeleton(w);
            skeletons.put(k, skeletons.containsKey(k) ? null : w);
        }
        for (String w : rank.keySet()) {
            Set<String> ds = new HashSet<>();
            deletes(w, 2, ds);
            ds.add(w);
            for (String d : ds) {
                deletes.computeIfAbsent(d, k -> new ArrayList<>(2)).add(w);
            }
        }
    }

    /** The domain vocabulary ({@code words/vocabulary.txt}), built once on first use. */
    static Speller vocabulary() {
        return Vocabulary.SPELLER;
    }

    private static final class Vocabulary {
        static final Speller SPELLER = new Speller(read("vocabulary.txt"), new HashSet<>(read("protected.txt")));
    }

    /** The lines of a {@code words/} resource, comments and blank lines dropped. */
    static List<String> read(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Speller.class.getResourceAsStream(WORDS + name)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + WORDS + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                String s = l.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** True when {@code low} (lower case) is one of the words. */
    boolean knows(String low) {
        return rank.containsKey(low);
    }

    boolean isProtected(String low) {
        return protectedWords.contains(low);
    }

    /**
     * The word {@code low} (lower case) is a typo of, or null when it is a known or protected word,
     * not a plain word, or near no word (or near two at once with nothing to choose between them).
     */
    String correct(String low) {
        int n = low.length();
        if (n < 3 || n > MAX_WORD || rank.containsKey(low) || protectedWords.contains(low)) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            char c = low.charAt(i);
            if (c < 'a' || c > 'z') {
                return null;
            }
        }
        int max = n >= 7 ? 2 : 1;
        Set<String> probes = new HashSet<>();
        deletes(low, max, probes);
        probes.add(low);
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        int bestRank = Integer.MAX_VALUE;
        for (String p : probes) {
            List<String> cands = deletes.get(p);
            if (cands == null) {
                continue;
            }
            for (String t : cands) {
                if (Math.abs(t.length() - n) > max || !allowed(low, t)) {
                    continue;
                }
                int d = distance(low, t, max);
                if (d > max) {
                    continue;
                }
                int r = rank.get(t);
                boolean swap = isSwap(low, t) || isDoubled(low, t);
                boolean bestSwap = best != null && (isSwap(low, best) || isDoubled(low, best));
                // a tie goes to a slip of the fingers, two letters swapped or one typed twice ("projecst" is
                // projects, not project; "expensse" is expense), then to the word that ends as the typo does
                // ("acceptd" is accepted, not accept; "cliens" clients, not client: a word's ending is typed with
                // care more often than its middle), then to the earlier word
                boolean sameEnd = t.charAt(t.length() - 1) == low.charAt(n - 1);
                boolean bestSameEnd = best != null && best.charAt(best.length() - 1) == low.charAt(n - 1);
                if (d < bestDist
                        || (d == bestDist
                                && (swap && !bestSwap
                                        || swap == bestSwap && sameEnd && !bestSameEnd
                                        || swap == bestSwap && sameEnd == bestSameEnd && r < bestRank))) {
                    best = t;
                    bestDist = d;
                    bestRank = r;
                }
            }
        }
        if (best == null && n >= 5) {
            // "appolo", "inittech": a letter doubled in the wrong place, two edits apart but the same
            // letters in the same order once doubled letters count once
            String k = skeleton(low);
            String w = skeletons.get(k);
            if (w != null && w.charAt(0) == low.charAt(0) && !w.equals(low) && k.length() >= 4) {
                best = w;
            }
        }
        return best;
    }

    /** {@code w} with each run of one letter written once. */
    static String skeleton(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                sb.append(w.charAt(i));
            }
        }
        return sb.toString();
    }

    /** The rules other than the distance: first letters, and short words only by a swap. */
    private static boolean allowed(String w, String t) {
        boolean firstSwapped =
                w.length() > 1 && t.length() > 1 && w.charAt(0) == t.charAt(1) && w.charAt(1) == t.charAt(0);
        if (w.charAt(0) != t.charAt(0) && !firstSwapped) {
            return false;
        }
        if (w.length() == 3 || t.length() == 3 || (w.length() == 4 && t.length() == 4)) {
            return isSwap(w, t) || isDoubled(w, t);
        }
        return true;
    }

    /** True when {@code a} is {@code b} with two neighbouring letters swapped. */
    static boolean isSwap(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first < 0) {
                    first = i;
                } else {
                    return i == first + 1
                            && a.charAt(first) == b.charAt(i)
                            && a.charAt(i) == b.charAt(first)
                            && a.substring(i + 1).equals(b.substring(i + 1));
                }
            }
        }
        return false;
    }

    /** True when {@code a} is {@code b} with one of its letters typed twice ("hrss", "logg"). */
    static boolean isDoubled(String a, String b) {
        if (a.length() != b.length() + 1) {
            return false;
        }
        for (int i = 1; i < a.length(); i++) {
            if (a.charAt(i) == a.charAt(i - 1) && (a.substring(0, i) + a.substring(i + 1)).equals(b)) {
                return true;
            }
        }
        return false;
    }

    private static void deletes(String w, int depth, Set<String> out) {
        if (depth == 0 || w.length() <= 1) {
            return;
        }
        for (int i = 0; i < w.length(); i++) {
            String d = w.substring(0, i) + w.substring(i + 1);
            if (out.add(d)) {
                deletes(d, depth - 1, out);
            }
        }
    }

    /**
     * The optimal-string-alignment distance of {@code a} and {@code b} (insert, delete, substitute,
     * swap two neighbours), or {@code max + 1} once it is known to exceed {@code max}.
     */
    static int distance(String a, String b, int max) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > max) {
            return max + 1;
        }
        int[][] d = new int[la + 1][lb + 1];
        for (int i = 0; i <= la; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= lb; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= la; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= lb; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return Math.min(d[la][lb], max + 1);
    }
}
