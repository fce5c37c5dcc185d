package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.InvoiceLine;
import dev.fbcli.nlp.intent.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Invoice and estimate lines said one after another: "3h design at $140 and 1h review at $90"
 * (a length, what, a rate), "$500 for the logo and $300 for business cards" (an amount, what).
 * A description runs over "and" ("setup and training") unless a new line starts after it.
 */
final class InvoiceLines {
    /** Words that end a description: what follows is a term, a date or a second verb. */
    private static final Set<String> ENDS = Set.of(
            "due",
            "net",
            "send",
            "email",
            "e-mail",
            "payable",
            "by",
            "on",
            "to",
            "with",
            "at",
            "@",
            "per",
            "and",
            "plus",
            "then",
            "for",
            "in",
            "within",
            "from",
            "starting");

    private InvoiceLines() {}

    /** The lines when the phrase says two or more, each read in full; else null (nothing is marked used). */
    static List<InvoiceLine> read(Sentence s) {
        List<InvoiceLine> lines = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            int[] end = new int[1];
            InvoiceLine line = lineAt(s, i, end);
            if (line == null) {
                if (lines.size() >= 2) {
                    break;
                }
                lines.clear();
                spans.clear();
                i++;
                continue;
            }
            lines.add(line);
            spans.add(new int[] {i, end[0]});
            i = end[0];
            Tok sep = s.get(i);
            if (sep != null
                    && (sep.isLow("and") || sep.isLow("plus") || sep.text.equals(",") || sep.text.equals("+"))) {
                int next = i + 1;
                Tok after = s.get(next);
                if (after != null && (after.isLow("and") || after.isLow("plus"))) {
                    next++;
                }
                int[] probe = new int[1];
                if (lineAt(s, next, probe) != null) {
                    i = next;
                    continue;
                }
            }
            if (lines.size() >= 2) {
                break;
            }
            lines.clear();
            spans.clear();
        }
        if (lines.size() < 2) {
            return null;
        }
        int from = spans.get(0)[0];
        int to = spans.get(spans.size() - 1)[1];
        for (int k = from; k < to; k++) {
            s.get(k).used = true;
        }
        return lines;
    }

    /** A line starting at {@code i}: "3h [of] design at $140" or "$500 for [the] logo". */
    private static InvoiceLine lineAt(Sentence s, int i, int[] end) {
        Tok t = s.get(i);
        if (t == null || t.used) {
            return null;
        }
        if (t.kind == Tok.Kind.DURATION) {
            int j = i + 1;
            if (s.get(j) != null && s.get(j).isLow("of")) {
                j++;
            }
            j = s.skipArticles(j);
            int e = descEnd(s, j);
            if (e == j) {
                return null;
            }
            int k = e;
            if (s.get(k) != null && (s.get(k).isLow("at") || s.get(k).text.equals("@"))) {
                k++;
            }
            Tok m = s.get(k);
            boolean bareAt = m != null
                    && k > e
                    && m.kind == Tok.Kind.NUMBER
                    && !m.used
                    && m.text.matches("[1-9]\\d{0,5}(?:\\.\\d{1,2})?"); // "@ 150": a rate said without its sign
            if (m == null || m.kind != Tok.Kind.MONEY && !bareAt || m.used) {
                return null;
            }
            BigDecimal hours =
                    Decimals.plain(BigDecimal.valueOf(((DurationExtractor.DurationMention) t.value).minutes())
                            .divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP));
            end[0] = k + 1;
            return new InvoiceLine(
                    Slots.clean(s.slice(j, e)), hours, bareAt ? new Money(new BigDecimal(m.text), null) : money(m));
        }
        if (t.kind == Tok.Kind.NUMBER && t.text.matches("[1-9]\\d{0,3}")) {
            // "3 rounds of revisions at $120 each", "2 x workshop @ $900": a count, what, at a price each
            int j = i + 1;
            if (s.get(j) != null && (s.get(j).isLow("x") || s.get(j).text.equals("×"))) {
                j++;
            }
            j = s.skipArticles(j);
            int e = descEnd(s, j);
            if (e == j
                    || s.get(e) == null
                    || !(s.get(e).isLow("at") || s.get(e).text.equals("@"))) {
                return null;
            }
            Tok m = s.get(e + 1);
            if (m == null || m.kind != Tok.Kind.MONEY || m.used) {
                return null;
            }
            int k = e + 2;
            if (s.get(k) != null && s.get(k).kind == Tok.Kind.WORD && EACH.contains(s.get(k).low)) {
                k++;
            }
            end[0] = k;
            return new InvoiceLine(Slots.clean(s.slice(j, e)), new BigDecimal(t.text), money(m));
        }
        if (t.kind == Tok.Kind.WORD && i > 0 && SEPARATORS.contains(s.get(i - 1).low) && !ENDS.contains(t.low)) {
            // "…: logo design $800, plus …", "… for a discovery workshop $2,000 plus …": what, then its price
            int j = s.skipArticles(i);
            int e = overAnd(s, descEnd(s, j));
            if (e > j + 6) {
                return null;
            }
            int at = e;
            if (s.get(at) != null && (s.get(at).isLow("at") || s.get(at).text.equals("@"))) {
                at++; // "the data audit follow-up at $1,800": a price said with "at"
            }
            Tok m = s.get(at);
            if (e > j && m != null && m.kind == Tok.Kind.DURATION && at == e) {
                return timeAfter(s, j, e, at, end); // "report writing 5 hours at $120"
            }
            if (e > j
                    && m != null
                    && m.text.equals(",")
                    && s.get(at + 1) != null
                    && s.get(at + 1).kind == Tok.Kind.DURATION) {
                return timeAfter(s, j, e, at + 1, end); // "report writing, 5 hours at $120"
            }
            if (e == j
                    || m == null
                    || m.kind != Tok.Kind.MONEY
                    || m.used
                    || ((MoneyExtractor.MoneyMention) m.value).rate()) {
                return null;
            }
            int k = at + 1;
            if (s.get(k) != null && s.get(k).kind == Tok.Kind.WORD && s.get(k).isLow("flat")) {
                k++;
            }
            end[0] = k;
            return new InvoiceLine(Slots.clean(s.slice(j, e)), BigDecimal.ONE, money(m));
        }
        if (t.kind == Tok.Kind.MONEY && !((MoneyExtractor.MoneyMention) t.value).rate()) {
            Tok f = s.get(i + 1);
            if (f == null || !f.isLow("for")) {
                return null;
            }
            int j = s.skipArticles(i + 2);
            int e = descEnd(s, j);
            if (e == j) {
                return null;
            }
            end[0] = e;
            return new InvoiceLine(Slots.clean(s.slice(j, e)), BigDecimal.ONE, money(t));
        }
        return null;
    }

    /**
     * A line said description first and its hours after: the description {@code [j, e)}, the length
     * at {@code d}, then "at"/"@" and the rate ("report writing, 5 hours at $120 an hour"); or null.
     */
    private static InvoiceLine timeAfter(Sentence s, int j, int e, int d, int[] end) {
        Tok t = s.get(d);
        if (t.used) {
            return null;
        }
        int k = d + 1;
        if (s.get(k) != null && (s.get(k).isLow("at") || s.get(k).text.equals("@"))) {
            k++;
        }
        Tok m = s.get(k);
        if (m == null || m.kind != Tok.Kind.MONEY || m.used) {
            return null;
        }
        BigDecimal hours = Decimals.plain(BigDecimal.valueOf(((DurationExtractor.DurationMention) t.value).minutes())
                .divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP));
        end[0] = k + 1;
        return new InvoiceLine(Slots.clean(s.slice(j, e)), hours, money(m));
    }

    private static Money money(Tok t) {
        return ((MoneyExtractor.MoneyMention) t.value).money();
    }

    /** The end of a description of one to six words from {@code j}. */
    private static int descEnd(Sentence s, int j) {
        int e = j;
        while (e < s.size() && e - j < 6) {
            Tok w = s.get(e);
            if (w.used || w.kind != Tok.Kind.WORD || ENDS.contains(w.low)) {
                break;
            }
            e++;
        }
        return e;
    }

    /**
     * Where a description ending at {@code end} really ends when it goes on over "and": "setup and
     * training" is one description unless an amount or a length follows the words after "and".
     */
    static int overAnd(Sentence s, int end) {
        int e = onWords(s, end);
        while (s.get(e) != null && s.get(e).isLow("and")) {
            int k = e + 1;
            while (s.get(k) != null
                    && s.get(k).kind == Tok.Kind.WORD
                    && !s.get(k).used
                    && !ENDS.contains(s.get(k).low)
                    && !Sentence.STOP.contains(s.get(k).low)) {
                k++;
            }
            if (k == e + 1) {
                break;
            }
            Tok after = s.get(k);
            if (after != null && (after.kind == Tok.Kind.MONEY || after.kind == Tok.Kind.DURATION)) {
                break;
            }
            e = onWords(s, k);
        }
        return e;
    }

    /** What a line's price may be followed by: "at $120 each". */
    private static final java.util.Set<String> EACH = java.util.Set.of("each", "apiece", "ea");

    /** What may come before a line said description first: a colon, a comma, a dash, "plus", "and", "for". */
    private static final java.util.Set<String> SEPARATORS =
            java.util.Set.of(":", ",", "-", "–", "+", "plus", "and", "for", ";");

    /** Words that end a description although they are plain words: thanks, and the phrase's own asides. */
    private static final java.util.Set<String> AFTER = java.util.Set.of(
            "please", "pls", "thanks", "thank", "cheers", "asap", "today", "tomorrow", "yesterday", "now", "it");

    /**
     * {@code end} moved over the plain words that go on the description ("the penetration test
     * report", "the video edit", "api work"): a word of the grammar's vocabulary is still part of
     * what was done when it comes before any word that ends a description.
     */
    static int onWords(Sentence s, int end) {
        int e = end;
        while (s.get(e) != null
                && s.get(e).kind == Tok.Kind.WORD
                && (!s.get(e).used || s.get(e).isLow("work")) // "api work": the grammar took "work" as a cue
                && !ENDS.contains(s.get(e).low)
                && !AFTER.contains(s.get(e).low)
                && (!Sentence.STOP.contains(s.get(e).low) || s.get(e).isLow("work"))) {
            e++;
        }
        return e;
    }
}
