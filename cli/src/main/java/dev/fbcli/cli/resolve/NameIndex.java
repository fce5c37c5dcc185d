package dev.fbcli.cli.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of one kind of record, prepared once for {@link NameResolver}'s rules: every name is
 * normalized when the index is built (not on every lookup), exact, case-insensitive, contact and
 * "without legal suffix" forms are hash maps, prefixes are a binary search over the sorted
 * normalized names, words are an inverted index, and the fuzzy step scores only the names whose
 * similarity can reach the suggestion threshold (an upper bound from the letters two names share
 * rules the others out). The answers are those of scoring every name: same winner, same ties, same
 * suggestions in the same order ({@code NameIndexTest} compares both over thousands of names).
 *
 * <p>Build one per name-cache load ({@link Names} does) and use it for every lookup. It is built in
 * steps, each on the first lookup that needs it: ids and exact names at once, the normalized names
 * when a name is not said exactly, the words and the sorted names when it is not said in full (a
 * name said exactly never pays for normalizing 10,000 others).
 */
public final class NameIndex {
    private static final int[] NONE = new int[0];

    private final List<Candidate> candidates;
    private String[] norm;
    private String[] core;
    private List<String>[] words;
    private Set<String>[] wordSet;
    private List<String>[] significant;
    private Set<String>[] detailWords;
    private final Map<String, int[]> byId;
    private final Map<String, int[]> byExact;
    private Map<String, int[]> byNorm;
    private Map<String, int[]> byDetailFolded;
    private Map<String, int[]> byCore;
    private Map<String, int[]> byWord;
    private Map<String, int[]> byFirstSignificant;
    private Map<String, int[]> byDetailWord;
    /** Candidate positions sorted by normalized name, for prefix ranges. */
    private int[] sorted;

    private NameIndex(List<Candidate> candidates) {
        this.candidates = List.copyOf(candidates);
        Map<String, List<Integer>> id = new HashMap<>();
        Map<String, List<Integer>> exact = new HashMap<>();
        for (int i = 0; i < this.candidates.size(); i++) {
            add(id, this.candidates.get(i).id(), i);
            add(exact, this.candidates.get(i).name(), i);
        }
        byId = frozen(id);
        byExact = frozen(exact);
    }

    /**
     * The normalized names, contacts and names without a legal suffix, mapped: built on the first
     * lookup that gets past the exact name.
     */
    private synchronized void prepareNames() {
        if (byCore != null) {
            return;
        }
        int n = candidates.size();
        String[] normal = new String[n];
        String[] cores = new String[n];
        Map<String, List<Integer>> byNormal = new HashMap<>(n * 2);
        Map<String, List<Integer>> byCores = new HashMap<>(n * 2);
        Map<String, List<Integer>> detail = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            normal[i] = NameResolver.normalize(c.name());
            cores[i] = NameResolver.stripLegal(normal[i]);
            add(byNormal, normal[i], i);
            add(byCores, cores[i], i);
            if (c.detail() != null) {
                add(detail, fold(c.detail()), i);
            }
        }
        norm = normal;
        core = cores;
        byNorm = frozen(byNormal);
        byDetailFolded = frozen(detail);
        byCore = frozen(byCores); // last: it marks this step as done
    }

    /** The words of every name and contact, and the names in order: for prefixes, words and typos. */
    @SuppressWarnings("unchecked")
    private synchronized void prepareWords() {
        prepareNames();
        if (sorted != null) {
            return;
        }
        int n = candidates.size();
        words = new List[n];
        wordSet = new Set[n];
        significant = new List[n];
        detailWords = new Set[n];
        Map<String, List<Integer>> word = new HashMap<>();
        Map<String, List<Integer>> firstSignificant = new HashMap<>();
        Map<String, List<Integer>> detailWord = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            words[i] = NameResolver.words(norm[i]);
            wordSet[i] = new LinkedHashSet<>(words[i]);
            List<String> sig = new ArrayList<>(words[i].size());
            for (String w : words[i]) {
                if (!NameResolver.LEGAL_SUFFIXES.contains(w)) {
                    sig.add(w);
                }
            }
            significant[i] = sig;
            for (String w : wordSet[i]) {
                add(word, w, i);
            }
            if (!sig.isEmpty()) {
                add(firstSignificant, sig.get(0), i);
            }
            if (c.detail() != null) {
                detailWords[i] = new HashSet<>(NameResolver.words(NameResolver.normalize(c.detail())));
                for (String w : detailWords[i]) {
                    add(detailWord, w, i);
                }
            }
        }
        byWord = frozen(word);
        byFirstSignificant = frozen(firstSignificant);
        byDetailWord = frozen(detailWord);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> norm[i]));
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) {
            positions[i] = order[i];
        }
        sorted = positions; // last: it marks this step as done
    }

    public static NameIndex of(List<Candidate> candidates) {
        return new NameIndex(candidates);
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    public boolean isEmpty() {
        return candidates.isEmpty();
    }

    /** {@link NameResolver#resolve(String, List)} over this index's candidates. */
    public Resolution resolve(String said) {
        Resolution r = withoutTypos(said);
        if (r != null) {
            return r;
        }
        String said0 = NameResolver.normalize(said.strip());
        return fuzzy(said0, NameResolver.stripLegal(said0), NameResolver.words(said0));
    }

    /**
     * {@link #resolve}'s answer when it comes before the typo step (by id, exact, in any case, by
     * prefix or words; none for an empty name), or null when only the typo step is left: a caller
     * that needs no typo's answer when another kind of record fits skips scoring every name.
     */
    public Resolution withoutTypos(String said) {
        String raw = said == null ? "" : said.strip();
        if (raw.isEmpty() || candidates.isEmpty()) {
            return new Resolution.NotFound(List.of());
        }
        String id = raw.startsWith("#") ? raw.substring(1) : raw;
        int[] byTheId = byId.getOrDefault(id, NONE);
        if (byTheId.length == 1
                && id.chars().allMatch(Character::isLetterOrDigit)
                && id.chars().anyMatch(Character::isDigit)) {
            return new Resolution.Match(candidates.get(byTheId[0]), Resolution.How.ID);
        }
        Resolution r = pick(byExact.getOrDefault(raw, NONE), Resolution.How.EXACT);
        if (r != null) {
            return r;
        }
        prepareNames();
        String said0 = NameResolver.normalize(raw);
        r = pick(
                union(byNorm.getOrDefault(said0, NONE), byDetailFolded.getOrDefault(fold(raw), NONE)),
                Resolution.How.CASE_INSENSITIVE);
        if (r != null) {
            return r;
        }
        String saidCore = NameResolver.stripLegal(said0);
        if (!saidCore.equals(said0)) {
            r = pick(byCore.getOrDefault(saidCore, NONE), Resolution.How.CASE_INSENSITIVE);
            if (r != null) {
                return r;
            }
        }
        prepareWords();
        List<String> saidWords = NameResolver.words(said0);
        return pick(prefixOrWords(said0, saidWords), Resolution.How.PREFIX_OR_WORDS);
    }

    /** The candidates NameResolver's prefix-or-words rule accepts, in candidate order. */
    private int[] prefixOrWords(String said, List<String> saidWords) {
        BitSet hits = new BitSet(candidates.size());
        if (said.length() >= 2) {
            int lo = lowerBound(said);
            for (int k = lo; k < sorted.length && norm[sorted[k]].startsWith(said); k++) {
                hits.set(sorted[k]);
            }
        }
        if (!saidWords.isEmpty()) {
            // every said word among the name's words: scan the rarest said word's names
            int[] rarest = null;
            for (String w : saidWords) {
                int[] p = byWord.getOrDefault(w, NONE);
                if (rarest == null || p.length < rarest.length) {
                    rarest = p;
                }
            }
            for (int i : rarest) {
                if (wordSet[i].containsAll(saidWords)) {
                    hits.set(i);
                }
            }
            // every significant word of the name among the said words: the name's first one is said
            for (String w : new HashSet<>(saidWords)) {
                for (int i : byFirstSignificant.getOrDefault(w, NONE)) {
                    if (saidWords.containsAll(significant[i])) {
                        hits.set(i);
                    }
                }
            }
            // the contact's words hold every said word
            int[] rarestDetail = null;
            for (String w : saidWords) {
                int[] p = byDetailWord.getOrDefault(w, NONE);
                if (rarestDetail == null || p.length < rarestDetail.length) {
                    rarestDetail = p;
                }
            }
            for (int i : rarestDetail) {
                if (detailWords[i].containsAll(saidWords)) {
                    hits.set(i);
                }
            }
        }
        return hits.stream().toArray();
    }

    private int lowerBound(String key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (norm[sorted[mid]].compareTo(key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private Resolution fuzzy(String said, String saidCore, List<String> saidWords) {
        boolean legal = !saidCore.equals(said);
        // words in common with each name (token-set similarity), from the word index
        Set<String> saidSet = new LinkedHashSet<>(saidWords);
        Map<Integer, Integer> common = new HashMap<>();
        for (String w : saidSet) {
            for (int i : byWord.getOrDefault(w, NONE)) {
                common.merge(i, 1, Integer::sum);
            }
        }
        record Scored(int i, double score) {}
        List<Scored> kept = new ArrayList<>();
        LetterBound bound = new LetterBound(said);
        LetterBound coreBound = legal ? new LetterBound(saidCore) : null;
        double floor = NameResolver.SUGGEST;
        for (int i = 0; i < norm.length; i++) {
            double token = 0;
            Integer shared = common.get(i);
            if (shared != null && !saidSet.isEmpty()) {
                token = (double) shared / Math.max(saidSet.size(), wordSet[i].size());
            }
            boolean worthScoring =
                    token >= floor || bound.upTo(norm[i]) >= floor || (legal && coreBound.upTo(core[i]) >= floor);
            if (!worthScoring) {
                continue; // cannot reach a suggestion: it changes neither the winner nor the list
            }
            double s = Math.max(NameResolver.jaroWinkler(said, norm[i]), token);
            if (legal) {
                s = Math.max(s, NameResolver.jaroWinkler(saidCore, core[i]));
            }
            if (s >= floor) {
                kept.add(new Scored(i, s));
            }
        }
        // a stable sort: equal scores keep the candidates' order, as scoring every name did
        kept.sort(Comparator.comparingDouble(Scored::score).reversed());
        if (kept.isEmpty()) {
            return new Resolution.NotFound(List.of());
        }
        Scored best = kept.get(0);
        // a runner-up below the suggestion floor never blocks a winner above the accept line
        double second = kept.size() > 1 ? kept.get(1).score() : 0;
        if (best.score() >= NameResolver.FUZZY_ACCEPT && best.score() - second >= NameResolver.FUZZY_MARGIN) {
            return new Resolution.Match(candidates.get(best.i()), Resolution.How.FUZZY);
        }
        List<Candidate> close = kept.stream()
                .filter(s -> s.score() >= NameResolver.FUZZY_ACCEPT)
                .map(s -> candidates.get(s.i()))
                .toList();
        if (close.size() > 1) {
            return new Resolution.Ambiguous(close);
        }
        return new Resolution.NotFound(
                kept.stream().limit(3).map(s -> candidates.get(s.i())).toList());
    }

    /**
     * An upper bound of {@link NameResolver#jaroWinkler} from the letters two strings share: Jaro
     * matches pair equal letters, so there are at most as many as the letters in common (counted
     * with repeats), and with no transpositions Jaro is at most {@code (m/|a| + m/|b| + 1) / 3};
     * the Winkler bonus then uses the actual common prefix.
     */
    private static final class LetterBound {
        private final String said;
        private final int[] counts = new int[128];
        private final int[] left = new int[128];

        LetterBound(String said) {
            this.said = said;
            for (int k = 0; k < said.length(); k++) {
                counts[said.charAt(k) & 127]++;
            }
        }

        double upTo(String name) {
            int la = said.length();
            int lb = name.length();
            if (la == 0 || lb == 0) {
                return said.equals(name) ? 1.0 : 0.0;
            }
            System.arraycopy(counts, 0, left, 0, 128);
            int m = 0;
            for (int k = 0; k < lb; k++) {
                if (left[name.charAt(k) & 127]-- > 0) {
                    m++;
                }
            }
            if (m == 0) {
                return 0.0;
            }
            double jaro = ((double) m / la + (double) m / lb + 1.0) / 3.0;
            int prefix = 0;
            for (int k = 0; k < Math.min(4, Math.min(la, lb)) && said.charAt(k) == name.charAt(k); k++) {
                prefix++;
            }
            // a hair above the bound, so rounding can never rule out a name that reaches the floor
            return Math.min(1.0, jaro + prefix * 0.1 * (1 - jaro)) + 1e-9;
        }
    }

    /** One match among {@code hits} (candidate positions, ascending), preferring active records. */
    private Resolution pick(int[] hits, Resolution.How how) {
        if (hits.length == 0) {
            return null;
        }
        if (hits.length == 1) {
            return new Resolution.Match(candidates.get(hits[0]), how);
        }
        List<Candidate> all = new ArrayList<>(hits.length);
        List<Candidate> active = new ArrayList<>();
        for (int i : hits) {
            Candidate c = candidates.get(i);
            all.add(c);
            if (c.active()) {
                active.add(c);
            }
        }
        if (active.size() == 1) {
            return new Resolution.Match(active.get(0), how);
        }
        return new Resolution.Ambiguous(active.isEmpty() ? all : active);
    }

    /** {@link String#equalsIgnoreCase} as a key: two strings fold equal exactly when it says so. */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return out.toString();
    }

    private static int[] union(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        BitSet s = new BitSet();
        for (int i : a) {
            s.set(i);
        }
        for (int i : b) {
            s.set(i);
        }
        return s.stream().toArray();
    }

    private static void add(Map<String, List<Integer>> m, String key, int i) {
        List<Integer> l = m.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (l.isEmpty() || l.get(l.size() - 1) != i) {
            l.add(i);
        }
    }

    private static Map<String, int[]> frozen(Map<String, List<Integer>> m) {
        Map<String, int[]> out = new HashMap<>(m.size() * 2);
        for (Map.Entry<String, List<Integer>> e : m.entrySet()) {
            out.put(
                    e.getKey(),
                    e.getValue().stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }
}
