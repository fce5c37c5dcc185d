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
     * corrections made; whether any name was given capitals; whether a typo of a name was corrected.
     */
    record Read(String text, String typed, List<Correction> corrections, boolean recased, boolean nameTypos) {
        boolean unchanged() {
            return corrections.isEmpty() && !recased;
        }
    }

    private LexicalFront() {}

    /** One word of a phrase: {@code [start, end)}, and whether it must be left as typed. */
    private record Word(int start, int end, boolean fixed) {}

    /** Reads {@code text} (normalized) with the account's {@code names} (none: the vocabulary only). */
    static Read read(String text, AccountNames names, boolean nameTypos) {
        Gazetteer g = Gazetteer.of(names);
        List<Word> ws = scan(text);
        StringBuilder out = new StringBuilder(text.length() + 8);
        StringBuilder typed = new StringBuilder(text.length() + 8);
        List<Correction> corrections = new ArrayList<>();
        boolean recased = false;
        boolean nameFixed = false;
        int pos = 0;
        for (int i = 0; i < ws.size(); ) {
            Word w = ws.get(i);
            Match m = g.isEmpty() ? null : match(g, text, ws, i, nameTypos);
            if (m != null) {
                String gap = text.substring(pos, w.start());
                out.append(gap);
                typed.append(gap);
                int end = ws.get(i + m.entry().low().size() - 1).end();
                String said = text.substring(w.start(), end);
                if (m.fuzzy()) {
                    String name = String.join(" ", m.entry().cased());
                    out.append(name);
                    typed.append(name);
                    corrections.add(new Correction(said, name));
                    nameFixed = true;
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
            String fix = w.fixed() ? null : vocabularyFix(word, i == 0 || sentenceStart(text, w.start()), g);
            if (fix != null) {
                String gap = text.substring(pos, w.start());
                out.append(gap).append(fix);
                typed.append(gap).append(fix);
                corrections.add(new Correction(word, fix));
                pos = w.end();
            }
            i++;
        }
        if (corrections.isEmpty() && !recased) {
            return new Read(text, text, List.of(), false, false);
        }
        out.append(text, pos, text.length());
        typed.append(text, pos, text.length());
        return new Read(out.toString(), typed.toString(), List.copyOf(corrections), recased, nameFixed);
    }

    /** {@code f} with the names as typed, the corrections listed and their cost in confidence. */
    static Frame finish(Frame f, Read r) {
        if (r.unchanged()) {
            return f;
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

    private static Match match(Gazetteer g, String text, List<Word> ws, int i, boolean nameTypos) {
        for (Gazetteer.Entry e : g.entries) {
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
                if (nameTypos && !fuzzy && mayBeTypo(low, g) && e.low().get(k).equals(g.correct(low))) {
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

    /** The vocabulary word {@code word} is a typo of, in the case it was typed, or null. */
    private static String vocabularyFix(String word, boolean first, Gazetteer g) {
        String low = word.toLowerCase(Locale.ROOT);
        if (!mayBeTypo(low, g) && !(low.length() == 3 && !vocabularyWord(low) && !g.knows(low))) {
            return null;
        }
        boolean capital = !word.equals(low);
        if (capital && word.length() > 1 && word.substring(1).chars().anyMatch(Character::isUpperCase)) {
            return null; // "ACMEE", "McDonal": a name or an acronym
        }
        String fix = Speller.vocabulary().correct(low);
        if (fix == null) {
            return null;
        }
        if (capital && !first && !PROPER.contains(fix)) {
            return null; // a capitalised word inside a phrase is a name
        }
        return capital ? Character.toUpperCase(fix.charAt(0)) + fix.substring(1) : fix;
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
            out.add(new Word(i, j, quoted[i] || technical(text, i, j)));
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
