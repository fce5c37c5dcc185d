package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Correction;
import dev.fbcli.nlp.intent.Frame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What happens to a phrase's words before the grammar reads it: typos of the domain vocabulary
 * are corrected ("tuseday" → tuesday, "minuets" → minutes, {@link Speller}), and the account's
 * names are found whatever their case or small typos ("acme" is the client Acme, "globx" is
 * Globex, {@link Gazetteer}). A name is given the account's capitals for the grammar, which reads
 * capitals as names; the frame then gets the name back as it was typed. Numbers, e-mails, paths,
 * web addresses, amounts and quoted text are never touched. Each correction is reported in the
 * frame's {@code corrections} and costs a little confidence ({@link #CORRECTION_COST}).
 */
final class LexicalFront {
    /** Confidence a frame loses per corrected word. */
    static final double CORRECTION_COST = 0.04;

    /** Vocabulary words written with a capital, so corrected even when typed with one. */
    private static final Set<String> PROPER = Set.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");

    /**
     * The phrase as the grammar reads it ({@code text}); the same with the names in the case they
     * were typed ({@code typed}, same length, so a slot's text can be found back in it); the
     * corrections made; whether any name was given capitals.
     */
    record Read(String text, String typed, List<Correction> corrections, boolean recased) {
        boolean unchanged() {
            return corrections.isEmpty() && !recased;
        }
    }

    private LexicalFront() {}

    /** One word of a phrase: {@code [start, end)}, and whether it must be left as typed. */
    private record Word(int start, int end, boolean fixed, boolean quoted) {}

    /** The last phrase the reviews read, per thread: (input, names) → the front's text. */
    private record Reviewed(String input, AccountNames names, String text) {}

    private static final ThreadLocal<Reviewed> REVIEWED = new ThreadLocal<>();

    /**
     * The text the trained reviews read of a raw {@code input}: {@link #read} of it normalized. The
     * intent and slot reviews read the same phrase one after the other, so the last answer is kept
     * per thread (a pure function of its arguments; {@link AccountNames} is immutable).
     */
    static String reviewText(String input, AccountNames names) {
        Reviewed last = REVIEWED.get();
        if (last != null && last.names() == names && last.input().equals(input)) {
            return last.text();
        }
        String text = read(RuleBasedIntentParser.normalize(input), names).text();
        REVIEWED.set(new Reviewed(input, names, text));
        return text;
    }

    /** Reads {@code text} (normalized) with the account's {@code names} (none: the vocabulary only). */
    static Read read(String text, AccountNames names) {
        Gazetteer g = Gazetteer.of(names);
        List<Word> ws = scan(text);
        boolean titleCase = titleCase(text, ws);
        StringBuilder out = new StringBuilder(text.length() + 8);
        StringBuilder typed = new StringBuilder(text.length() + 8);
        List<Correction> corrections = new ArrayList<>();
        boolean recased = false;
        boolean expanded = false;
        int pos = 0;
        for (int i = 0; i < ws.size(); ) {
            Word w = ws.get(i);
            Match m = g.isEmpty() ? null : match(g, text, ws, i);
            if (m != null) {
                String gap = text.substring(pos, w.start());
                out.append(gap);
                typed.append(gap);
                int end = ws.get(i + m.entry().low().size() - 1).end();
                String said = text.substring(w.start(), end);
                if (m.fuzzy() && !m.entry().proper()) {
                    // a service or category misspelt ("desing"): the account's own word, said as a
                    // correction, as the vocabulary's typos are
                    String name = String.join(" ", m.entry().low()); // lower case: a kind of work, not a name
                    out.append(name);
                    typed.append(name);
                    corrections.add(new Correction(said, name));
                } else if (m.fuzzy()) {
                    // a typo of a client's or project's name is still a name, kept as typed (the
                    // resolver matches close spellings): it gets capitals for the grammar
                    String name = capitalise(said);
                    out.append(name);
                    typed.append(said);
                    recased |= !name.equals(said);
                } else if (m.entry().proper() && recasable(m.entry())) {
                    String name = String.join(" ", m.entry().cased());
                    if (name.length() == said.length() && !name.equals(said)) {
                        out.append(name);
                        recased = true;
                    } else {
                        out.append(said);
                    }
                    typed.append(said);
                } else {
                    out.append(said);
                    typed.append(said);
                }
                pos = end;
                i += m.entry().low().size();
                continue;
            }
            String word = text.substring(w.start(), w.end());
            boolean first = i == 0 || sentenceStart(text, w.start());
            String full = w.fixed() || w.quoted() ? null : shorthand(word, first, g);
            // In A Phrase Typed In Title Case capitals mark no names: its words are corrected as at the start
            first |= titleCase;
            if (full != null) {
                String gap = text.substring(pos, w.start());
                out.append(gap).append(full);
                typed.append(gap).append(full);
                expanded = true;
                pos = w.end();
                i++;
                continue;
            }
            String fix = w.fixed() ? unitFix(text, w) : vocabularyFix(word, first, g);
            if (fix != null) {
                String gap = text.substring(pos, w.start());
                out.append(gap).append(fix);
                typed.append(gap).append(fix);
                corrections.add(new Correction(word, fix));
                pos = w.end();
            }
            i++;
        }
        if (corrections.isEmpty() && !recased && !expanded) {
            return new Read(text, text, List.of(), false);
        }
        out.append(text, pos, text.length());
        typed.append(text, pos, text.length());
        return new Read(out.toString(), typed.toString(), List.copyOf(corrections), recased);
    }

    private static final class Shorthand {
        static final Map<String, String> WORDS = read();

        private static Map<String, String> read() {
            Map<String, String> m = new java.util.HashMap<>();
            for (String line : Speller.read("shorthand.txt")) {
                String[] kv = line.split("\\s+");
                m.put(kv[0], kv[1]);
            }
            return Map.copyOf(m);
        }
    }

    /**
     * The word a shorthand stands for ({@code words/shorthand.txt}), or null: only a word typed in
     * lower case, or capitalised at the start, and never one of the account's names.
     */
    private static String shorthand(String word, boolean first, Gazetteer g) {
        String low = word.toLowerCase(Locale.ROOT);
        String full = Shorthand.WORDS.get(low);
        if (full == null
                || g.knows(low)
                || !(word.equals(low) || (first && word.substring(1).equals(low.substring(1))))) {
            return null;
        }
        return word.equals(low) ? full : Character.toUpperCase(full.charAt(0)) + full.substring(1);
    }

    /** The slots a name read from its case can fill. */
    private static final List<String> NAME_SLOTS = List.of("target", "client", "project", "vendor");

    /**
     * {@code r} with capitals on every run (at most three words) of lower-case words that neither
     * the grammar, the corrector nor the service list knows ("start timer globex", "4hrs wayne
     * ent"), for a second reading; null when there is none. The runs, in lower case, are in {@link
     * Read#typed()}'s place in {@code runs}.
     */
    static Read unknownCased(Read r, List<String> runs) {
        String text = r.text();
        List<Word> ws = scan(text);
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < ws.size(); i++) {
            if (!nameCandidate(text, ws.get(i))) {
                continue;
            }
            int e = i;
            while (e + 1 < ws.size()
                    && e + 1 - i < 3
                    && nameCandidate(text, ws.get(e + 1))
                    && text.substring(ws.get(e).end(), ws.get(e + 1).start()).isBlank()) {
                e++;
            }
            found.add(new int[] {i, e});
            runs.add(text.substring(ws.get(i).start(), ws.get(e).end()));
            i = e;
        }
        return found.isEmpty() ? null : capitalized(r, ws, found);
    }

    /**
     * True when {@code alt} (read with {@link #unknownCased}) is {@code f} with one of the {@code
     * runs} read as a name: the same intent, a name slot holding the run that {@code f} did not
     * have, and every other slot of {@code f} the same or the same with the run taken out of it
     * ("service qa stark" -> service qa, target stark); nothing else added, nothing more missing.
     */
    static boolean namesUnknown(Frame f, Frame alt, List<String> runs) {
        if (!f.intent().equals(alt.intent())
                || f.isUnknown()
                || alt.missing().size() > f.missing().size()) {
            return false;
        }
        String key = null;
        String name = null;
        for (String k : NAME_SLOTS) {
            if (alt.slots().get(k) instanceof String v
                    && runs.contains(v.toLowerCase(Locale.ROOT))
                    && !(f.slots().get(k) instanceof String fv && fv.equalsIgnoreCase(v))) {
                key = k;
                name = v.toLowerCase(Locale.ROOT);
            }
        }
        if (key == null) {
            return false;
        }
        for (Map.Entry<String, Object> e : f.slots().entrySet()) {
            Object a = alt.slots().get(e.getKey());
            if (e.getKey().equals(key) || e.getValue().equals(a)) {
                continue;
            }
            String fv = e.getValue() instanceof String v ? v.toLowerCase(Locale.ROOT) : null;
            if (fv != null && fv.contains(name)) {
                if (a instanceof String av
                        && fv.length() > av.length()
                        && fv.startsWith(av.toLowerCase(Locale.ROOT))
                        && fv.endsWith(name)) {
                    continue; // the name was read onto the end of this slot ("qa stark")
                }
                if (a instanceof String av
                        && e.getKey().equals("service")
                        && isServiceWord(av.toLowerCase(Locale.ROOT))
                        && fv.equals(name + " " + av.toLowerCase(Locale.ROOT))
                        && introducedName(f.input(), name)) {
                    continue; // the name before the kind of work ("timer for marigold media design")
                }
                if (a == null && fv.equals(name) && e.getKey().equals("service") && !introducedWork(f.input(), name)) {
                    continue; // the name alone was read as the kind of work ("start timer globex")
                }
            }
            return false;
        }
        for (String k : alt.slots().keySet()) {
            if (!k.equals(key) && !f.slots().containsKey(k)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> WORK_BEFORE = Set.of("on", "of", "for", "doing", "with", "in", "at");

    /** True when the word before {@code name} in {@code input} says work follows ("on illustration"). */
    private static boolean introducedWork(String input, String name) {
        String low = input.toLowerCase(Locale.ROOT);
        int at = low.indexOf(name);
        if (at < 0) {
            return true;
        }
        List<String> before = words(low.substring(0, at));
        return !before.isEmpty() && WORK_BEFORE.contains(before.get(before.size() - 1));
    }

    /**
     * True when the word before {@code name} in {@code input} is "for", which names follow ("on"
     * comes before work as often: "on user testing").
     */
    private static boolean introducedName(String input, String name) {
        String low = input.toLowerCase(Locale.ROOT);
        int at = low.indexOf(name);
        List<String> before = at < 0 ? List.of() : words(low.substring(0, at));
        return !before.isEmpty() && before.get(before.size() - 1).equals("for");
    }

    /** Small words that a phrase capitalises only when it capitalises every word. */
    private static final Set<String> TITLE_SMALL =
            Set.of("the", "my", "all", "a", "an", "to", "for", "on", "of", "our", "me", "in", "with", "from");

    /** Four words or more, four in five of them capitalised ("Show All Unpaid Invioces For Acme"). */
    private static boolean titleCase(String text, List<Word> ws) {
        int words = 0;
        int caps = 0;
        boolean cappedSmallWord = false; // "Stop The Timer", "Show All Clients": a small word with a capital
        for (Word w : ws) {
            char c = text.charAt(w.start());
            if (!w.fixed() && Character.isLetter(c)) {
                words++;
                if (Character.isUpperCase(c)) {
                    caps++;
                    String low = text.substring(w.start(), w.end()).toLowerCase(Locale.ROOT);
                    if (words > 1 && TITLE_SMALL.contains(low)) {
                        cappedSmallWord = true;
                    }
                }
            }
        }
        return words >= 4 && caps * 5 >= words * 4 || words == 3 && caps == 3 && cappedSmallWord;
    }

    /** Words after which a lower-case unknown word stands where a name does ("for globex"). */
    private static final Set<String> BEFORE_NAME = Set.of(
            "for",
            "on",
            "to",
            "from",
            "with",
            "does",
            "did",
            "client",
            "customer",
            "project",
            "invoice",
            "bill",
            "charge");

    /** Words before which one does ("globex owes"). */
    private static final Set<String> AFTER_NAME = Set.of("owes", "owe", "'s");

    /**
     * {@code r} with capitals on the lower-case words that stand where a name does ("show
     * invoices for globex", "what does acme owe"), for a second reading: words the grammar or the
     * corrector key on are left alone. All such runs of words at once first, then each alone (at
     * most three); empty when there is none.
     */
    static List<Read> nameCase(Read r) {
        String text = r.text();
        List<Word> ws = scan(text);
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < ws.size(); i++) {
            if (!nameCandidate(text, ws.get(i))) {
                continue;
            }
            int e = i;
            while (e + 1 < ws.size()
                    && e + 1 - i < 4
                    && nameCandidate(text, ws.get(e + 1))
                    && text.substring(ws.get(e).end(), ws.get(e + 1).start()).isBlank()) {
                e++;
            }
            if ((introduced(text, ws, i) || followed(text, ws, e)) && !continuesIntoKeyword(text, ws, e)) {
                runs.add(new int[] {i, e});
            }
            i = e;
        }
        List<Read> out = new ArrayList<>();
        if (runs.isEmpty()) {
            return out;
        }
        out.add(capitalized(r, ws, runs));
        if (runs.size() > 1) {
            for (int k = 0; k < runs.size() && k < 3; k++) {
                out.add(capitalized(r, ws, List.of(runs.get(k))));
            }
        }
        return out;
    }

    /**
     * True when the run ending at {@code e} is followed by one lower-case word that ends the phrase
     * ("budget left on annual report?", "time on podcast launch"): the name may well run into that
     * word, which the grammar keys on, so capitalising the run alone would cut the name.
     */
    private static boolean continuesIntoKeyword(String text, List<Word> ws, int e) {
        if (e + 1 != ws.size() - 1) {
            return false;
        }
        Word next = ws.get(e + 1);
        String w = text.substring(next.start(), next.end());
        return !next.fixed()
                && w.equals(w.toLowerCase(Locale.ROOT))
                && text.substring(ws.get(e).end(), next.start()).isBlank()
                && !Sentence.isPrep(w)
                && !Sentence.STOP.contains(w)
                && text.substring(next.end()).matches("\\s*[?.!]?\\s*");
    }

    /** True when {@code low} is a kind of work of the service list ({@code words/services.txt}). */
    /** The service list's words ({@code words/services.txt}), sorted. */
    static List<String> serviceWords() {
        return Services.WORDS.stream().sorted().toList();
    }

    static boolean isServiceWord(String low) {
        return Services.WORDS.contains(low);
    }

    private static final class Services {
        static final Set<String> WORDS = Set.copyOf(Speller.read("services.txt"));
        static final Speller SPELLER =
                new Speller(Speller.read("services.txt"), new java.util.HashSet<>(Speller.read("protected.txt")));
    }

    /**
     * {@code r} with capitals on the unknown lower-case words that directly follow a service word
     * ({@code words/services.txt}) and end the phrase or come before a comma, a date or an amount
     * ("log 2h design initech"), or null when there are none.
     */
    static Read afterService(Read r) {
        String text = r.text();
        List<Word> ws = scan(text);
        List<int[]> runs = new ArrayList<>();
        for (int i = 1; i < ws.size(); i++) {
            Word prev = ws.get(i - 1);
            if (!Services.WORDS.contains(low(text, prev))
                    || !nameCandidate(text, ws.get(i))
                    || !text.substring(prev.end(), ws.get(i).start()).isBlank()) {
                continue;
            }
            int e = i;
            while (e + 1 < ws.size()
                    && e + 1 - i < 4
                    && nameCandidate(text, ws.get(e + 1))
                    && text.substring(ws.get(e).end(), ws.get(e + 1).start()).isBlank()) {
                e++;
            }
            runs.add(new int[] {i, e});
            i = e;
        }
        return runs.isEmpty() ? null : capitalized(r, ws, runs);
    }

    /**
     * True when {@code alt} is {@code f} with the words after its service read as the client or
     * project instead: service "design initech" became service "design" and target "initech",
     * every other slot the same.
     */
    static boolean splitsService(Frame f, Frame alt) {
        if (!f.intent().equals(alt.intent())
                || !(f.slots().get("service") instanceof String whole)
                || !(alt.slots().get("service") instanceof String head)
                || whole.length() <= head.length()
                || !whole.regionMatches(true, 0, head, 0, head.length())) {
            return false;
        }
        String rest = whole.substring(head.length()).strip();
        String name = null;
        for (String k : List.of("target", "client", "project")) {
            if (alt.slots().get(k) instanceof String v && !f.slots().containsKey(k)) {
                name = v;
            }
        }
        if (name == null || !name.equalsIgnoreCase(rest)) {
            return false;
        }
        for (Map.Entry<String, Object> e : f.slots().entrySet()) {
            if (!e.getKey().equals("service")
                    && !e.getValue().equals(alt.slots().get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static Read capitalized(Read r, List<Word> ws, List<int[]> runs) {
        char[] out = r.text().toCharArray();
        for (int[] run : runs) {
            for (int k = run[0]; k <= run[1]; k++) {
                int at = ws.get(k).start();
                out[at] = Character.toUpperCase(out[at]);
            }
        }
        return new Read(new String(out), r.typed(), r.corrections(), true);
    }

    private static boolean nameCandidate(String text, Word w) {
        if (w.fixed() || w.end() - w.start() < 3) {
            return false;
        }
        String word = text.substring(w.start(), w.end());
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        // "gardening", "bookkeeping": an activity, not a name
        return !(word.length() > 5 && word.endsWith("ing")) && !grammarWord(word);
    }

    /** A word the grammar keys on or the corrector knows (not merely a known English word). */
    private static boolean grammarWord(String low) {
        return !Lexicon.lemma(low).equals(low)
                || Sentence.STOP.contains(low)
                || Grammar.KEYWORDS.contains(low)
                || Services.WORDS.contains(low)
                || Speller.vocabulary().knows(low);
    }

    /** True when the word before word {@code i} (articles skipped) introduces a name. */
    private static boolean introduced(String text, List<Word> ws, int i) {
        int j = i - 1;
        while (j >= 0 && Sentence.ARTICLES.contains(low(text, ws.get(j)))) {
            j--;
        }
        return j >= 0
                && BEFORE_NAME.contains(low(text, ws.get(j)))
                && wordsOnly(text, ws.get(j).end(), ws.get(i).start());
    }

    /** True when {@code text[from, to)} holds only letters and spaces (no comma, no quote). */
    private static boolean wordsOnly(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isLetter(c) && c != ' ') {
                return false;
            }
        }
        return true;
    }

    /** True when word {@code e} is followed by "owes" or a possessive. */
    private static boolean followed(String text, List<Word> ws, int e) {
        int end = ws.get(e).end();
        if (text.startsWith("'s", end) || text.startsWith("'S", end)) {
            return true;
        }
        return e + 1 < ws.size()
                && text.substring(end, ws.get(e + 1).start()).isBlank()
                && AFTER_NAME.contains(low(text, ws.get(e + 1)));
    }

    private static String low(String text, Word w) {
        return text.substring(w.start(), w.end()).toLowerCase(Locale.ROOT);
    }

    /** True when two frames say the same, names compared without case. */
    static boolean sameReading(Frame a, Frame b) {
        if (!a.intent().equals(b.intent())
                || !a.missing().equals(b.missing())
                || !a.slots().keySet().equals(b.slots().keySet())) {
            return false;
        }
        for (Map.Entry<String, Object> e : a.slots().entrySet()) {
            Object x = e.getValue();
            Object y = b.slots().get(e.getKey());
            boolean same = x instanceof String xs && y instanceof String ys ? xs.equalsIgnoreCase(ys) : x.equals(y);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static String capitalise(String said) {
        char[] cs = said.toCharArray();
        for (int k = 0; k < cs.length; k++) {
            if (k == 0 || cs[k - 1] == ' ') {
                cs[k] = Character.toUpperCase(cs[k]);
            }
        }
        return new String(cs);
    }

    /** {@code f} with the names as typed, the corrections listed and their cost in confidence. */
    static Frame finish(Frame f, Read r) {
        if (r.unchanged()) {
            return f;
        }
        if (f.intent().equals("unknown")) {
            return f; // nothing was read: no correction to report
        }
        Map<String, Object> slots = f.slots();
        if (r.recased()) {
            slots = new LinkedHashMap<>(f.slots());
            for (Map.Entry<String, Object> e : slots.entrySet()) {
                if (e.getValue() instanceof String v && !v.isEmpty()) {
                    int at = r.text().indexOf(v);
                    if (at >= 0) {
                        e.setValue(r.typed().substring(at, at + v.length()));
                    }
                }
            }
        }
        List<Correction> corrections = new ArrayList<>(r.corrections());
        for (Correction c : f.corrections()) {
            if (!corrections.contains(c)) {
                corrections.add(c);
            }
        }
        double conf =
                Math.max(0.0, f.confidence() - CORRECTION_COST * r.corrections().size());
        return new Frame(f.input(), f.intent(), slots, f.missing(), conf, f.parser(), f.reason(), corrections);
    }

    /** A name found at a word: its entry, and whether a word of it was a typo. */
    private record Match(Gazetteer.Entry entry, boolean fuzzy) {}

    private static Match match(Gazetteer g, String text, List<Word> ws, int i) {
        // only the names that begin with this word, or with the word it is a typo of (was: every name, at every word)
        Word w0 = ws.get(i);
        if (w0.fixed()) {
            return null;
        }
        String low0 = text.substring(w0.start(), w0.end()).toLowerCase(Locale.ROOT);
        List<Gazetteer.Entry> candidates = g.startingWith(low0);
        if (mayBeTypo(low0, g)) {
            String fixed = g.correct(low0);
            if (fixed != null && !fixed.equals(low0) && !g.startingWith(fixed).isEmpty()) {
                List<Gazetteer.Entry> both = new ArrayList<>(candidates);
                both.addAll(g.startingWith(fixed));
                both.sort((a, b) -> Integer.compare(b.low().size(), a.low().size()));
                candidates = both;
            }
        }
        for (Gazetteer.Entry e : candidates) {
            int n = e.low().size();
            if (i + n > ws.size()) {
                continue;
            }
            boolean fuzzy = false;
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                Word w = ws.get(i + k);
                if (w.fixed()
                        || (k > 0
                                && !text.substring(ws.get(i + k - 1).end(), w.start())
                                        .isBlank())) {
                    ok = false;
                    break;
                }
                String low = text.substring(w.start(), w.end()).toLowerCase(Locale.ROOT);
                if (low.equals(e.low().get(k))) {
                    continue;
                }
                if (!fuzzy && mayBeTypo(low, g) && e.low().get(k).equals(g.correct(low))) {
                    fuzzy = true;
                } else {
                    ok = false;
                }
            }
            if (ok) {
                return new Match(e, fuzzy);
            }
        }
        return null;
    }

    /** A one-word name given capitals only when it is no word of the grammar's ("Admin" stays "admin"). */
    private static boolean recasable(Gazetteer.Entry e) {
        return e.low().size() > 1 || !vocabularyWord(e.low().get(0));
    }

    private static boolean vocabularyWord(String low) {
        return Lexicon.isKnown(low)
                || !Lexicon.lemma(low).equals(low)
                || Sentence.STOP.contains(low)
                || Grammar.KEYWORDS.contains(low)
                || Speller.vocabulary().knows(low);
    }

    /** True when {@code low} may be a typo: no word the grammar or the corrector knows as it is. */
    private static boolean mayBeTypo(String low, Gazetteer g) {
        return low.length() >= 4
                && !vocabularyWord(low)
                && !Speller.vocabulary().isProtected(low)
                && !g.knows(low);
    }

    private static final class Proper {
        static final Speller SPELLER = new Speller(List.copyOf(new java.util.TreeSet<>(PROPER)), Set.of());
    }

    /**
     * The vocabulary word {@code word} is a typo of, in the case it was typed, or null. A word with
     * a capital inside the phrase is a name unless it is a typo of a day or a month ("Tuseday"),
     * and even then not when it only adds or drops letters at the end ("Marc", "Augusta").
     */
    private static String vocabularyFix(String word, boolean first, Gazetteer g) {
        String low = word.toLowerCase(Locale.ROOT);
        if (low.length() < 3
                || low.length() > Speller.MAX_WORD
                || Lexicon.isKnown(low)
                || !Lexicon.lemma(low).equals(low)
                || Sentence.STOP.contains(low)
                || Grammar.KEYWORDS.contains(low)
                || g.knows(low)) {
            return null;
        }
        boolean capital = !word.equals(low);
        if (capital && word.length() > 1 && word.substring(1).chars().anyMatch(Character::isUpperCase)) {
            return null; // "ACMEE", "McDonal": a name or an acronym
        }
        if (capital && !first) {
            String fix = low.length() < 5 ? null : Proper.SPELLER.correct(low);
            if (fix == null || fix.startsWith(low) || low.startsWith(fix) || farKeys(low, fix)) {
                return null;
            }
            return Character.toUpperCase(fix.charAt(0)) + fix.substring(1);
        }
        if (low.length() > 3 && !mayBeTypo(low, g)) {
            return null;
        }
        String fix = Speller.vocabulary().correct(low);
        if (fix == null && !capital && !Services.WORDS.contains(low)) {
            fix = Services.SPELLER.correct(low); // "desing", "suport": a kind of work misspelt
            if (fix != null && Speller.distance(low, fix, 2) > 1) {
                fix = null; // one slip only: "tracjing" is not training
            }
        }
        if (fix == null) {
            return null;
        }
        return capital ? Character.toUpperCase(fix.charAt(0)) + fix.substring(1) : fix;
    }

    /** The rows of a QWERTY keyboard, to tell a slip of a finger from another word. */
    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    /**
     * True when {@code typed} and {@code fix} differ in one letter only and the two letters are not
     * neighbours on the keyboard: "Marco" is no slip of "March" (o and h are far apart), so a
     * capitalised word read that way is a name; "Marxh" is.
     */
    static boolean farKeys(String typed, String fix) {
        if (typed.length() != fix.length()) {
            return false;
        }
        int at = -1;
        for (int i = 0; i < typed.length(); i++) {
            if (typed.charAt(i) != fix.charAt(i)) {
                if (at >= 0) {
                    return false; // two letters differ: a swap or more, not one wrong key
                }
                at = i;
            }
        }
        return at >= 0 && !neighbours(typed.charAt(at), fix.charAt(at));
    }

    private static boolean neighbours(char a, char b) {
        int ra = -1;
        int rb = -1;
        int ca = -1;
        int cb = -1;
        for (int r = 0; r < ROWS.length; r++) {
            if (ROWS[r].indexOf(a) >= 0) {
                ra = r;
                ca = ROWS[r].indexOf(a);
            }
            if (ROWS[r].indexOf(b) >= 0) {
                rb = r;
                cb = ROWS[r].indexOf(b);
            }
        }
        if (ra < 0 || rb < 0) {
            return true; // not a letter of the keyboard's rows: no evidence either way
        }
        // rows are staggered by about half a key: a key touches the one to each side and two on the next row
        return Math.abs(ra - rb) <= 1 && Math.abs((ca + 0.5 * ra) - (cb + 0.5 * rb)) <= 1.0;
    }

    private static final Set<String> UNITS = Set.of("hours", "hour", "hrs", "minutes", "minute", "mins", "min");

    /** An amount with a unit typo written against it ("2hrss", "45minuets"): the number and the unit. */
    private static final java.util.regex.Pattern NUMBER_UNIT =
            java.util.regex.Pattern.compile("(\\d{1,4}(?:\\.\\d{1,2})?)([a-z]{3,12})");

    /**
     * The amount and unit {@code w} stands for when it is a number with a mistyped unit, standing
     * alone (not in a path, an address or quotes), or null.
     */
    private static String unitFix(String text, Word w) {
        boolean alone = (w.start() == 0 || text.charAt(w.start() - 1) == ' ')
                && (w.end() == text.length() || " ,;!?".indexOf(text.charAt(w.end())) >= 0);
        java.util.regex.Matcher m = NUMBER_UNIT.matcher(text.substring(w.start(), w.end()));
        if (!alone
                || w.quoted()
                || !m.matches()
                || UNITS.contains(m.group(2))
                || !Lexicon.lemma(m.group(2)).equals(m.group(2))
                || Lexicon.isKnown(m.group(2))) {
            return null;
        }
        String unit = Speller.vocabulary().correct(m.group(2));
        return unit != null && UNITS.contains(unit) ? m.group(1) + unit : null;
    }

    private static boolean sentenceStart(String text, int at) {
        int j = at - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j < 0
                || text.charAt(j) == '.'
                || text.charAt(j) == '!'
                || text.charAt(j) == '?'
                || text.charAt(j) == ':';
    }

    /** The words of a name as spelled ("Acme Corp." → Acme, Corp). */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (Word w : scan(s)) {
            out.add(s.substring(w.start(), w.end()));
        }
        return out;
    }

    /**
     * The words of {@code text}: runs of letters and digits, with inner ' - . & ("o'brien",
     * "e-mail") but not a possessive 's. A word in quotes, or in a run of non-spaces holding a
     * digit or one of @ / \ : $ # _ ~ = (an amount, an e-mail, a path, a web address, "2hrs"),
     * is marked fixed: it is never corrected.
     */
    private static List<Word> scan(String text) {
        List<Word> out = new ArrayList<>();
        int n = text.length();
        boolean[] quoted = quoted(text);
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n) {
                char d = text.charAt(j);
                if (Character.isLetterOrDigit(d)) {
                    j++;
                } else if ((d == '-' || d == '.' || d == '&' || d == '\'')
                        && j + 1 < n
                        && Character.isLetterOrDigit(text.charAt(j + 1))
                        && !(d == '\''
                                && (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                                && (j + 2 == n || !Character.isLetterOrDigit(text.charAt(j + 2))))) {
                    j++;
                } else {
                    break;
                }
            }
            out.add(new Word(i, j, quoted[i] || technical(text, i, j), quoted[i]));
            i = j;
        }
        return out;
    }

    private static boolean technical(String text, int start, int end) {
        int s = start;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        int e = end;
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c) || "@/\\:$#_~=".indexOf(c) >= 0) {
                return true;
            }
        }
        for (int k = start; k < end; k++) {
            if (!Character.isLetter(text.charAt(k))) {
                return true; // "o'brien", "e-mail", "a.m": left as typed
            }
        }
        return false;
    }

    /** Which characters are inside "double" or 'single' quotes. */
    private static boolean[] quoted(String text) {
        int n = text.length();
        boolean[] q = new boolean[n];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean opens = c == '"' || (c == '\'' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))));
            if (!opens) {
                continue;
            }
            for (int j = i + 1; j < n; j++) {
                if (text.charAt(j) == c && (c == '"' || j + 1 == n || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
                    for (int k = i; k <= j; k++) {
                        q[k] = true;
                    }
                    i = j;
                    break;
                }
            }
        }
        return q;
    }
}
