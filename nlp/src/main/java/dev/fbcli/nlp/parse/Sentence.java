package dev.fbcli.nlp.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A phrase cut into tokens after the values in it (money, durations, dates, e-mails, phones,
 * paths, web addresses) were found, each of those becoming one token. Offers the small queries
 * the grammar is written with: lemmas, name chunks, and slices of the original text.
 */
final class Sentence {
    /** Words that never belong to a name chunk. */
    static final Set<String> STOP = Set.of(
            "the",
            "a",
            "an",
            "my",
            "our",
            "their",
            "his",
            "her",
            "its",
            "your",
            "this",
            "that",
            "these",
            "those",
            "me",
            "us",
            "them",
            "him",
            "it",
            "i",
            "we",
            "you",
            "they",
            "he",
            "she",
            "i'm",
            "i've",
            "i'd",
            "i'll",
            "and",
            "or",
            "but",
            "so",
            "then",
            "also",
            "please",
            "pls",
            "plz",
            "kindly",
            "just",
            "quickly",
            "can",
            "could",
            "would",
            "will",
            "should",
            "shall",
            "may",
            "might",
            "must",
            "do",
            "does",
            "did",
            "done",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "am",
            "have",
            "has",
            "had",
            "want",
            "wanna",
            "need",
            "like",
            "let",
            "let's",
            "lets",
            "hey",
            "hi",
            "hello",
            "ok",
            "okay",
            "thanks",
            "thank",
            "now",
            "go",
            "ahead",
            "some",
            "all",
            "any",
            "every",
            "each",
            "what",
            "what's",
            "whats",
            "which",
            "who",
            "how",
            "how's",
            "hows",
            "much",
            "many",
            "there",
            "here",
            "still",
            "already",
            "again",
            "yet",
            "not",
            "no",
            "to",
            "for",
            "on",
            "at",
            "in",
            "by",
            "with",
            "from",
            "about",
            "of",
            "into",
            "onto",
            "via",
            "as",
            "than",
            "over",
            "under",
            "above",
            "below",
            "since",
            "until",
            "till",
            "during",
            "within",
            "between",
            "per",
            "up",
            "off",
            "out",
            "called",
            "named",
            "titled",
            "work",
            "worth",
            "total",
            "amount",
            "today",
            "if",
            "when",
            "where",
            "why",
            "too",
            "very",
            "really",
            "new",
            "latest",
            "last",
            "recent",
            "most",
            "newest",
            "outstanding",
            "due",
            "net",
            "old",
            "older",
            "more",
            "less",
            "least",
            "paid",
            "unpaid",
            "overdue",
            "draft",
            "sent",
            "partial",
            "note",
            "notes",
            "billable",
            "non-billable",
            "nonbillable",
            "unbillable",
            "non",
            "anything",
            "something",
            "money",
            "owe",
            "entry",
            "time",
            "hour",
            "minute",
            "budget",
            "status",
            "details",
            "everything",
            "one",
            "ones",
            "it's",
            "thats",
            "that's",
            "account",
            "against",
            "morning",
            "afternoon",
            "evening",
            "around",
            "roughly",
            "approximately",
            "approx",
            "left",
            "dated",
            "instead",
            "actually",
            "rather");

    static final Set<String> ARTICLES =
            Set.of("the", "a", "an", "my", "our", "their", "his", "her", "its", "your", "this", "some");

    final String text;
    final List<Tok> toks;

    private Sentence(String text, List<Tok> toks) {
        this.text = text;
        this.toks = toks;
    }

    static Sentence of(String text, LocalDate today) {
        List<Tok> ents = new ArrayList<>();
        for (Span<String> u : PathExtractor.urls(text)) {
            claim(ents, new Tok(Tok.Kind.URL, u.start(), u.end(), text.substring(u.start(), u.end()), u.value()));
        }
        for (Span<String> e : ContactExtractor.emails(text)) {
            claim(ents, new Tok(Tok.Kind.EMAIL, e.start(), e.end(), text.substring(e.start(), e.end()), e.value()));
        }
        for (Span<String> p : PathExtractor.paths(text)) {
            claim(ents, new Tok(Tok.Kind.PATH, p.start(), p.end(), text.substring(p.start(), p.end()), p.value()));
        }
        // ISO dates first (a phone-like 2026-11-02 is a date)
        List<Span<DateExtractor.DateMention>> dates = new DateExtractor(today).findAll(text);
        for (Span<DateExtractor.DateMention> d : dates) {
            if (isIso(text, d)) {
                claim(ents, new Tok(Tok.Kind.DATE, d.start(), d.end(), text.substring(d.start(), d.end()), d.value()));
            }
        }
        for (Span<String> p : ContactExtractor.phones(text)) {
            claim(ents, new Tok(Tok.Kind.PHONE, p.start(), p.end(), text.substring(p.start(), p.end()), p.value()));
        }
        for (Span<MoneyExtractor.MoneyMention> m : MoneyExtractor.findAll(text)) {
            claim(ents, new Tok(Tok.Kind.MONEY, m.start(), m.end(), text.substring(m.start(), m.end()), m.value()));
        }
        for (Span<DurationExtractor.DurationMention> d : DurationExtractor.findAll(text)) {
            claim(ents, new Tok(Tok.Kind.DURATION, d.start(), d.end(), text.substring(d.start(), d.end()), d.value()));
        }
        for (Span<DateExtractor.DateMention> d : dates) {
            claim(ents, new Tok(Tok.Kind.DATE, d.start(), d.end(), text.substring(d.start(), d.end()), d.value()));
        }
        ents.sort(new Comparator<Tok>() {
            @Override
            public int compare(Tok a, Tok b) {
                return Integer.compare(a.start, b.start);
            }
        });
        List<Tok> toks = new ArrayList<>();
        int i = 0;
        int e = 0;
        int n = text.length();
        while (i < n) {
            if (e < ents.size() && ents.get(e).start <= i) {
                Tok t = ents.get(e++);
                toks.add(t);
                i = Math.max(i, t.end);
                continue;
            }
            int limit = e < ents.size() ? ents.get(e).start : n;
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '#') {
                int j = i + 1;
                while (j < limit) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d) || d == '_') {
                        j++;
                    } else if ((d == '\'' || d == '-' || d == '.' || d == '&')
                            && j + 1 < limit
                            && Character.isLetterOrDigit(text.charAt(j + 1))) {
                        if (d == '\''
                                && j + 2 <= limit
                                && (j + 2 == limit || !Character.isLetterOrDigit(text.charAt(j + 2)))
                                && (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')) {
                            break; // possessive 's
                        }
                        j++;
                    } else {
                        break;
                    }
                }
                String w = text.substring(i, j);
                boolean number = w.matches("#?\\d{1,12}");
                toks.add(new Tok(number ? Tok.Kind.NUMBER : Tok.Kind.WORD, i, j, w, null));
                i = j;
                continue;
            }
            if (c == '\''
                    && i + 1 < limit
                    && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= limit || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                toks.add(new Tok(Tok.Kind.POSS, i, i + 2, text.substring(i, i + 2), null));
                i += 2;
                continue;
            }
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            toks.add(new Tok(Tok.Kind.PUNCT, i, i + len, text.substring(i, i + len), null));
            i += len;
        }
        for (int k = 0; k < toks.size(); k++) {
            Tok t = toks.get(k);
            if (t.kind != Tok.Kind.WORD) {
                continue;
            }
            String lemma = Lexicon.lemma(t.low);
            if (lemma.equals(t.low) && !Lexicon.isKnown(t.low)) {
                boolean nameLike = t.capitalized()
                        && (k > 0
                                || (k + 1 < toks.size()
                                        && toks.get(k + 1).capitalized()
                                        && toks.get(k + 1).isWord()));
                String fixed = nameLike ? null : Lexicon.correct(t.low);
                if (fixed != null) {
                    lemma = Lexicon.lemma(fixed);
                    t.corrected = true;
                }
            }
            t.lemma = lemma;
        }
        return new Sentence(text, toks);
    }

    private static boolean isIso(String text, Span<DateExtractor.DateMention> d) {
        return text.substring(d.start(), d.end()).matches("\\d{4}-\\d{1,2}-\\d{1,2}");
    }

    private static void claim(List<Tok> ents, Tok t) {
        for (Tok o : ents) {
            if (o.start < t.end && t.start < o.end) {
                return;
            }
        }
        ents.add(t);
    }

    // ------------------------------------------------------------------ queries

    int size() {
        return toks.size();
    }

    Tok get(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i) : null;
    }

    int find(String lemma) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).is(lemma)) {
                return i;
            }
        }
        return -1;
    }

    int findLow(String low) {
        return findLow(low, 0);
    }

    int findLow(String low, int from) {
        for (int i = Math.max(0, from); i < toks.size(); i++) {
            if (toks.get(i).isLow(low)) {
                return i;
            }
        }
        return -1;
    }

    boolean has(String lemma) {
        return find(lemma) >= 0;
    }

    boolean hasLow(String... lows) {
        for (String l : lows) {
            if (findLow(l) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the words {@code w0 w1 ...} (lower case) appear in a row. */
    boolean hasSeq(String... words) {
        return seq(0, words) >= 0;
    }

    int seq(int from, String... words) {
        outer:
        for (int i = Math.max(0, from); i + words.length <= toks.size(); i++) {
            for (int j = 0; j < words.length; j++) {
                if (!toks.get(i + j).isLow(words[j])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    List<Tok> all(Tok.Kind kind) {
        List<Tok> out = new ArrayList<>();
        for (Tok t : toks) {
            if (t.kind == kind) {
                out.add(t);
            }
        }
        return out;
    }

    Tok first(Tok.Kind kind) {
        for (Tok t : toks) {
            if (t.kind == kind && !t.used) {
                return t;
            }
        }
        return null;
    }

    /** The original text of tokens {@code [from, to)}. */
    String slice(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(toks.get(from).start, toks.get(to - 1).end);
    }

    /** The next index at or after {@code i} that is not an article. */
    int skipArticles(int i) {
        while (i < toks.size() && ARTICLES.contains(toks.get(i).low)) {
            i++;
        }
        return i;
    }

    /** The previous index at or before {@code i} that is not an article. */
    int skipArticlesBack(int i) {
        while (i >= 0 && ARTICLES.contains(toks.get(i).low)) {
            i--;
        }
        return i;
    }

    /** Four words or more, four in five of them capitalised: capitals mark no names ("How Much Does Acme Owe"). */
    boolean titleCase() {
        if (titleCase == null) {
            titleCase = countTitleCase();
        }
        return titleCase;
    }

    private Boolean titleCase;

    private boolean countTitleCase() {
        int words = 0;
        int caps = 0;
        for (Tok t : toks) {
            if (t.kind == Tok.Kind.WORD) {
                words++;
                if (t.capitalized()) {
                    caps++;
                }
            }
        }
        return words >= 4 && caps * 5 >= words * 4;
    }

    /** True when a token strictly between {@code from} and {@code to} is one of {@code words} (or that punctuation). */
    boolean hasBetween(int from, int to, String... words) {
        for (int i = from + 1; i < to; i++) {
            Tok t = get(i);
            for (String w : words) {
                if (t != null && (t.low.equals(w) || t.text.equals(w))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when token {@code i} may be part of a name. */
    boolean nameable(int i) {
        Tok t = get(i);
        if (t == null || t.used) {
            return false;
        }
        if (t.kind == Tok.Kind.NUMBER) {
            // "Apollo 2", "Studio 54" are names; "Stark Industries 5000" ends with an amount
            if (t.text.length() <= 2 && !t.text.startsWith("#")) {
                return true;
            }
            // a year ending a project's name: "the Brand Refresh 2027 project", "project Annual Report 2026"
            return t.text.matches("(?:19|20)\\d{2}")
                    && nameWord(i - 1)
                    && get(i - 1).kind == Tok.Kind.WORD
                    && (get(i + 1) != null && get(i + 1).is("project") || projectNamed(i));
        }
        if (t.kind == Tok.Kind.PUNCT) {
            return (t.text.equals("&") || t.text.equals("+")) && nameWord(i - 1) && nameWord(i + 1);
        }
        if (t.kind != Tok.Kind.WORD) {
            return false;
        }
        if (t.low.equals("of") || t.low.equals("and")) {
            return capWord(i - 1) && capWord(i + 1) && i > 1;
        }
        boolean stop = STOP.contains(t.low) || STOP.contains(t.lemma);
        boolean keyword = Grammar.KEYWORDS.contains(t.lemma);
        if ((keyword || stop && !STOP.contains(t.low))
                && (!t.capitalized() || titleCase())
                && !t.corrected
                && inProjectName(i)) {
            // "project q4 launch for acme", "the annual report project": a word of the project's name
            return true;
        }
        if (stop) {
            return t.capitalized() && i > 0 && !ARTICLES.contains(t.low) && capWord(i - 1) && !isPrep(t.low);
        }
        if (keyword && !t.capitalized() && !t.corrected && endsNameAfterPrep(i)) {
            // "1.25 hours for podcast launch": the phrase's last word, after "for"/"on" and a name's word
            return true;
        }
        if (keyword) {
            if (titleCase()) {
                // "What Did I Bill Kestrel Labs", "Which Payments Did Northwind Make": every word has a
                // capital, so a request's word joins a name only inside it ("Stark Bill Partners")
                return t.capitalized() && i > 0 && !t.corrected && capWord(i - 1) && capWord(i + 1);
            }
            return t.capitalized() && i > 0 && !t.corrected && (capWord(i - 1) || capWord(i + 1));
        }
        return true;
    }

    /** True when word {@code i} is the phrase's last and follows "for"/"on"/"to" and one word of a name. */
    private boolean endsNameAfterPrep(int i) {
        Tok n = get(i + 1);
        Tok prev = get(i - 1);
        Tok prep = get(i - 2);
        return (n == null || n.kind == Tok.Kind.PUNCT && i + 2 >= size())
                && prev != null
                && prev.kind == Tok.Kind.WORD
                && !prev.used
                && !STOP.contains(prev.low)
                && !STOP.contains(prev.lemma)
                && !Grammar.KEYWORDS.contains(prev.lemma)
                && !LexicalFront.isServiceWord(prev.low)
                && prep != null
                && (prep.low.equals("for") || prep.low.equals("on") || prep.low.equals("to"));
    }

    /**
     * True when word {@code i} ends a name that "project" opens ("project podcast launch", "project
     * q4 launch for acme") or stands before the "project" that closes it ("the annual report project").
     */
    private boolean inProjectName(int i) {
        Tok n = get(i + 1);
        if (projectNamed(i)) {
            return n == null || n.kind == Tok.Kind.PUNCT || n.kind == Tok.Kind.WORD && isPrep(n.low);
        }
        Tok prev = get(i - 1);
        return n != null
                && n.is("project")
                && prev != null
                && prev.kind == Tok.Kind.WORD
                && !prev.used
                && !STOP.contains(prev.low)
                && !STOP.contains(prev.lemma)
                && !isPrep(prev.low)
                && !Grammar.KEYWORDS.contains(prev.lemma);
    }

    /** True when the words before {@code i} back to "project" are all name words ("project brand refresh"). */
    private boolean projectNamed(int i) {
        for (int j = i - 1; j >= 0 && j >= i - 5; j--) {
            Tok t = get(j);
            if (t.kind == Tok.Kind.WORD && t.is("project")) {
                return j < i - 1;
            }
            if (t.kind != Tok.Kind.WORD || t.used || STOP.contains(t.low) || isPrep(t.low)) {
                return false;
            }
        }
        return false;
    }

    private boolean nameWord(int i) {
        Tok t = get(i);
        return t != null && (t.kind == Tok.Kind.WORD || t.kind == Tok.Kind.NUMBER) && !t.used;
    }

    private boolean capWord(int i) {
        Tok t = get(i);
        return t != null && t.kind == Tok.Kind.WORD && !t.used && t.capitalized() && !STOP.contains(t.low);
    }

    private static final Set<String> PREPS = Set.of(
            "to", "for", "on", "at", "in", "by", "with", "from", "about", "of", "into", "onto", "via", "as", "against");

    static boolean isPrep(String low) {
        return PREPS.contains(low);
    }

    /** A run of nameable tokens {@code [from, to)}. */
    record Chunk(int from, int to) {
        int size() {
            return to - from;
        }
    }

    /** The chunk that starts at {@code i} (after articles), or null. */
    Chunk chunkAt(int i) {
        int s = skipArticles(i);
        if (s > 0 && s <= toks.size() && isQuote(toks.get(s - 1))) {
            // quoted text is one chunk, commas and grammar words in it too: "to 'wireframes, round 2'"
            String q = toks.get(s - 1).text;
            for (int k = s; k < toks.size(); k++) {
                if (isQuote(toks.get(k)) && toks.get(k).text.equals(q)) {
                    if (k > s) {
                        return new Chunk(s, k);
                    }
                    break;
                }
            }
        }
        int e = s;
        while (nameable(e)) {
            e++;
        }
        return e > s ? new Chunk(s, e) : null;
    }

    /** The chunk that ends just before {@code i} (articles before it are not part of it), or null. */
    Chunk chunkBefore(int i) {
        int e = i;
        int s = e;
        while (s - 1 >= 0 && nameable(s - 1)) {
            s--;
        }
        return e > s ? new Chunk(s, e) : null;
    }

    /** Every maximal chunk, left to right. */
    List<Chunk> chunks() {
        List<Chunk> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            if (nameable(i)) {
                int s = i;
                while (nameable(i)) {
                    i++;
                }
                out.add(new Chunk(s, i));
            } else {
                i++;
            }
        }
        return out;
    }

    String text(Chunk c) {
        return slice(c.from(), c.to());
    }

    void use(Chunk c) {
        for (int i = c.from(); i < c.to(); i++) {
            toks.get(i).used = true;
        }
    }

    void use(int i) {
        Tok t = get(i);
        if (t != null) {
            t.used = true;
        }
    }

    /** The token before chunk {@code c}, skipping articles, or null. */
    Tok before(Chunk c) {
        int i = c.from() - 1;
        while (i >= 0 && (ARTICLES.contains(toks.get(i).low) || isQuote(toks.get(i)))) {
            i--;
        }
        return get(i);
    }

    Tok after(Chunk c) {
        int i = c.to();
        while (i < toks.size() && isQuote(toks.get(i))) {
            i++;
        }
        return get(i);
    }

    private static boolean isQuote(Tok t) {
        return t.kind == Tok.Kind.PUNCT && (t.text.equals("\"") || t.text.equals("'"));
    }

    boolean allCapitalized(Chunk c) {
        for (int i = c.from(); i < c.to(); i++) {
            Tok t = toks.get(i);
            if (t.kind == Tok.Kind.WORD && !t.capitalized() && !t.low.equals("of") && !t.low.equals("and")) {
                return false;
            }
        }
        return true;
    }

    boolean allLower(Chunk c) {
        for (int i = c.from(); i < c.to(); i++) {
            Tok t = toks.get(i);
            if (t.kind == Tok.Kind.WORD && t.capitalized()) {
                return false;
            }
        }
        return true;
    }
}
