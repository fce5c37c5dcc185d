package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.ClientSlots.*;
import static dev.fbcli.nlp.parse.ExpenseSlots.*;
import static dev.fbcli.nlp.parse.Grammar.*;
import static dev.fbcli.nlp.parse.InvoiceSlots.*;
import static dev.fbcli.nlp.parse.ProjectSlots.*;
import static dev.fbcli.nlp.parse.TimeSlots.*;

import dev.fbcli.nlp.intent.NameRef;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What the slot logic of every intent family shares: marking cue words used, names cleaned, an
 * invoice number, a status word, a day or a range, a note, billable or not, the names of the work
 * and who it was for. Split out of {@link Grammar}.
 */
final class Slots {
    private Slots() {}

    /**
     * The words the slots hold, lower case, each between spaces (" globex design "), to ask whether a
     * token some step looked at is in a slot ({@code inSlots.contains(" " + low + " ")}); {@code except}
     * names a slot left out, or is null.
     */
    static String heldWords(Map<String, ?> slots, String except) {
        StringBuilder held = new StringBuilder(" ");
        slots.forEach((k, v) -> {
            if (!k.equals(except) && v instanceof String str) {
                held.append(str.toLowerCase(java.util.Locale.ROOT)).append(' ');
            }
        });
        return held.toString();
    }

    /** Strips quotes, a leading article, a trailing possessive and punctuation. */
    static String clean(String name) {
        String n = name.strip();
        n = n.replaceAll("^[\"'“‘(\\[]+|[\"'”’)\\].,;:!?]+$", "").strip();
        n = n.replaceFirst("(?i)^(the|a|an)\\s+", "");
        n = n.replaceFirst("(?i)'s$", "");
        return n.strip();
    }

    /** The invoice number said ("0042", "#117" → "117", "invoice 57"), optionally marking its tokens. */
    static String invoiceNumber(Sentence s, boolean take) {
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            boolean zeroPadded = t.kind == Tok.Kind.NUMBER && t.text.length() > 1 && t.text.startsWith("0");
            Tok before = s.get(i - 1);
            boolean afterMark = t.kind == Tok.Kind.NUMBER && before != null && before.is("mark");
            if (zeroPadded || afterMark) {
                if (take) {
                    t.used = true;
                }
                return t.text;
            }
            if (t.kind == Tok.Kind.NUMBER && t.text.startsWith("#")) {
                if (take) {
                    t.used = true;
                }
                return t.text.substring(1);
            }
            if (t.is("invoice")) {
                int j = i + 1;
                Tok n = s.get(j);
                while (n != null
                        && (n.isLow("number")
                                || n.isLow("no")
                                || n.isLow("num")
                                || n.isLow("nr")
                                || n.text.equals("#")
                                || n.text.equals(".")
                                || n.isLow("#"))) {
                    n = s.get(++j);
                }
                if (n != null && n.kind == Tok.Kind.NUMBER) {
                    if (take) {
                        for (int k = i + 1; k <= j; k++) {
                            s.get(k).used = true;
                        }
                    }
                    return n.text.startsWith("#") ? n.text.substring(1) : n.text;
                }
            }
        }
        return null;
    }

    /** "not paid", "never paid", "nobody has paid": a negation within three words before {@code i}. */
    /** Words that turn the status after them around: "not paid", "nothing paid yet", "haven't been sent". */
    static final Set<String> NEGATIONS = Set.of(
            "not", "never", "nobody", "no", "nothing", "none", "isn't", "aren't", "hasn't", "haven't", "wasn't",
            "weren't", "don't", "doesn't", "didn't", "isnt", "arent", "hasnt", "havent", "wasnt", "werent", "dont",
            "doesnt", "didnt", "yet");

    static boolean negated(Sentence s, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            Tok t = s.get(k);
            if (NEGATIONS.contains(t.low.replace('\u2019', '\''))) {
                return true; // the negation stays unexplained: a reading through it is not sure
            }
        }
        return false;
    }

    /** Words after "paid" that say only part was paid: "paid some of it", "paid part", "paid half". */
    private static final Set<String> PART = Set.of("some", "part", "half", "portion", "bit");

    /** "paid some of it but not all", "paid only part of the total": part of an invoice paid. */
    private static boolean partly(Sentence s, int paid) {
        for (int k = paid + 1; k < Math.min(s.size(), paid + 4); k++) {
            if (PART.contains(s.get(k).low)) {
                return true;
            }
        }
        for (int k = paid + 1; k < Math.min(s.size(), paid + 6); k++) {
            if (s.get(k).isLow("not")
                    && s.get(k + 1) != null
                    && (s.get(k + 1).isLow("all")
                            || s.get(k + 1).isLow("fully")
                            || s.get(k + 1).isLow("everything"))) {
                return true; // "paid, but not all of it"
            }
        }
        return false;
    }

    static String statusWord(Sentence s, int verbIdx) {
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (i == verbIdx || t.kind != Tok.Kind.WORD) {
                continue;
            }
            if (t.lemma.equals("partial")
                    || (t.is("paid") && s.get(i - 1) != null && s.get(i - 1).is("partial"))) {
                return "partial";
            }
            if (t.lemma.equals("unpaid")
                    || t.lemma.equals("outstanding")
                    || t.isLow("open")
                    || t.isLow("owing")
                    || t.isLow("pending")) {
                return "unpaid";
            }
            if (t.lemma.equals("overdue")
                    || t.isLow("past") && s.get(i + 1) != null && s.get(i + 1).isLow("due")) {
                return "overdue";
            }
            if (t.is("paid") && partly(s, i)) {
                return "partial"; // "paid some of it but not all", "paid only part of it"
            }
            if (t.is("paid")) {
                return negated(s, i) ? "unpaid" : "paid";
            }
            if (t.lemma.equals("draft")) {
                return "draft";
            }
            if (t.is("sent")) {
                return negated(s, i) ? "draft" : "sent"; // "invoices that haven't been sent": drafts
            }
            if (t.isLow("unsent")) {
                return "draft";
            }
        }
        return null;
    }

    /** The first date mention, as a single day (null when none or when it is a range). */
    static LocalDate day(Fill f, boolean due) {
        for (Tok t : f.s.toks) {
            if (t.kind == Tok.Kind.DATE && !t.used) {
                DateExtractor.DateMention d = (DateExtractor.DateMention) t.value;
                t.used = true;
                if (d.range()) {
                    f.conf -= 0.15;
                    return d.from();
                }
                return due ? d.upcoming() : d.from();
            }
        }
        return null;
    }

    static void range(Fill f) {
        for (Tok t : f.s.toks) {
            if (t.kind == Tok.Kind.DATE && !t.used) {
                DateExtractor.DateMention d = (DateExtractor.DateMention) t.value;
                t.used = true;
                f.put("date_from", d.from());
                f.put("date_to", d.to());
                return;
            }
        }
    }

    /** "note: ...", "with note ...", "notes ...", "saying ...": the rest of the phrase. */
    static void note(Fill f) {
        note(f, "note");
    }

    static void note(Fill f, String slot) {
        Sentence s = f.s;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.used
                    || !(t.isLow("note")
                            || t.isLow("notes")
                            || t.isLow("memo")
                            || t.isLow("comment")
                            || t.isLow("description")
                            || t.isLow("saying"))) {
                continue;
            }
            Tok prev = s.get(i - 1);
            Tok next = s.get(i + 1);
            Tok prev2 = s.get(i - 2);
            boolean marked = next != null && (next.text.equals(":") || next.text.equals("-") || next.text.equals("="))
                    || prev != null
                            && (prev.isLow("the") || prev.isLow("a"))
                            && prev2 != null
                            && (prev2.isLow("with")
                                    || prev2.isLow("add")
                                    || prev2.isLow("and")
                                    || prev2.text.equals(","))
                    || prev != null
                            && (prev.isLow("with")
                                    || prev.isLow("add")
                                    || prev.text.equals(",")
                                    || prev.isLow("and")
                                    || prev.isLow("a"))
                    || i == 0
                    || t.isLow("saying")
                    || trailingLabel(s, i);
            if (!marked || next == null) {
                continue;
            }
            int from = i + 1;
            while (from < s.size()
                    && (s.get(from).kind == Tok.Kind.PUNCT
                            || s.get(from).isLow("that")
                            || s.get(from).isLow("saying"))) {
                from++;
            }
            if (from >= s.size()) {
                continue;
            }
            String text = clean(s.slice(from, s.size()));
            for (int k = i; k < s.size(); k++) {
                s.get(k).used = true;
            }
            f.put(slot, text);
            return;
        }
    }

    /** Words before "note" that make it a noun of the phrase ("the note", "on note taking") rather than a label. */
    static final Set<String> NOT_A_LABEL = Set.of(
            "the", "my", "this", "that", "its", "his", "her", "our", "their", "your", "which", "what", "whose", "on",
            "for", "to", "of", "in", "about", "edit", "change", "update", "show", "delete", "remove", "clear");

    /** Words after "note" that make it a noun of the phrase ("note to self", "note on the invoice"). */
    static final Set<String> NOT_A_NOTE_START =
            Set.of("to", "on", "in", "of", "for", "from", "at", "is", "was", "and", "or", "with");

    /**
     * "... for hosting note draft review", "... 3 days ago note kickoff call": a label word after the
     * frame's values, not after a determiner or a preposition, starts the note, which runs to the end.
     */
    static boolean trailingLabel(Sentence s, int i) {
        Tok t = s.get(i);
        Tok prev = s.get(i - 1);
        if (!(t.isLow("note") || t.isLow("notes") || t.isLow("memo")) || prev == null || i + 1 >= s.size()) {
            return false;
        }
        if (prev.kind == Tok.Kind.WORD && NOT_A_LABEL.contains(prev.low)) {
            return false;
        }
        Tok next = s.get(i + 1);
        return next.kind == Tok.Kind.WORD && !NOT_A_NOTE_START.contains(next.low) || next.kind == Tok.Kind.NUMBER;
    }

    static Boolean billable(Fill f) {
        Sentence s = f.s;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.isLow("non-billable")
                    || t.isLow("nonbillable")
                    || t.isLow("unbillable")
                    || t.isLow("billable")
                            && s.get(i - 1) != null
                            && (s.get(i - 1).isLow("non") || s.get(i - 1).isLow("not"))) {
                t.used = true;
                if (s.get(i - 1) != null
                        && (s.get(i - 1).isLow("non") || s.get(i - 1).isLow("not"))) {
                    s.get(i - 1).used = true;
                }
                useAround(s, i);
                return Boolean.FALSE;
            }
            if (t.isLow("billable")) {
                t.used = true;
                useAround(s, i);
                // "billable yes", "billable: no": the flag said as a field and its value
                int v = s.get(i + 1) != null && s.get(i + 1).text.equals(":") ? i + 2 : i + 1;
                Tok said = s.get(v);
                if (said != null && said.kind == Tok.Kind.WORD && YES_NO.containsKey(said.low)) {
                    said.used = true;
                    if (v == i + 2) {
                        s.get(i + 1).used = true;
                    }
                    return YES_NO.get(said.low);
                }
                return Boolean.TRUE;
            }
        }
        return null;
    }

    static final Map<String, Boolean> YES_NO =
            Map.of("yes", true, "y", true, "true", true, "no", false, "n", false, "false", false);

    static void useAround(Sentence s, int i) {
        Tok p = s.get(i - 1);
        if (p != null && (p.isLow("as") || p.isLow("is"))) {
            p.used = true;
        }
    }

    static NameRef.Kind explicitKind(Sentence s, Sentence.Chunk c) {
        Tok b = s.before(c);
        Tok a = s.after(c);
        if (b != null && b.is("client") && !isPluralTok(b)) {
            b.used = true;
            return NameRef.Kind.CLIENT;
        }
        if (b != null && b.is("project") && !isPluralTok(b)) {
            b.used = true;
            return NameRef.Kind.PROJECT;
        }
        if (a != null && a.is("project")) {
            a.used = true;
            return NameRef.Kind.PROJECT;
        }
        if (a != null && a.is("client")) {
            a.used = true;
            return NameRef.Kind.CLIENT;
        }
        return null;
    }

    /**
     * "2h design client acme", "2h40 copywriting website redesign proj": typed without "for" or
     * "on", the kind of work stands before the "client"/"project" marker — so the marker names the
     * name after it, or the words between the kind of work and the marker. A lower-case chunk that
     * opens with words of a kind of work ({@link #SERVICES}) followed by a marker is split there:
     * the kind of work is the service; the rest, if any, is the name the marker labels. Whether it
     * was split.
     */
    static boolean serviceBeforeMarker(Fill f, Sentence.Chunk c) {
        Sentence s = f.s;
        Tok a = s.after(c);
        if (a == null || !(a.is("client") || a.is("project")) || isPluralTok(a) || f.slots.containsKey("service")) {
            return false;
        }
        int end = c.from();
        while (end < c.to() && SERVICES.contains(s.get(end).low) && !s.get(end).capitalized()) {
            end++;
        }
        if (end == c.from()) {
            return false;
        }
        int ai = s.toks.indexOf(a);
        Tok next = ai + 1 < s.size() ? s.get(ai + 1) : null;
        boolean nameAfter =
                next != null && next.kind == Tok.Kind.WORD && !next.used && !Sentence.STOP.contains(next.low);
        if (end == c.to() && !nameAfter) {
            return false; // "design client": the kind of work is the client's name, as said
        }
        s.use(c);
        f.put("service", clean(s.slice(c.from(), end)));
        if (end < c.to()) {
            a.used = true;
            f.ref(a.is("client") ? NameRef.Kind.CLIENT : NameRef.Kind.PROJECT, s.slice(end, c.to()));
        }
        return true;
    }

    static boolean isPluralTok(Tok t) {
        return t.low.endsWith("s");
    }

    static String lowOf(Tok t) {
        if (t == null) {
            return "";
        }
        return t.kind == Tok.Kind.WORD || t.kind == Tok.Kind.NUMBER ? t.low : t.kind.name();
    }

    /** Splits a chunk into its capitalised part and its lower-case part when it is one of each. */
    static Sentence.Chunk[] caseSplit(Sentence s, Sentence.Chunk c) {
        int i = c.from();
        boolean cap0 = s.get(i).capitalized();
        while (i < c.to() && s.get(i).capitalized() == cap0) {
            i++;
        }
        int j = i;
        while (j < c.to() && s.get(j).capitalized() != cap0) {
            j++;
        }
        if (i == c.to() || j != c.to()) {
            return null;
        }
        Sentence.Chunk first = new Sentence.Chunk(c.from(), i);
        Sentence.Chunk second = new Sentence.Chunk(i, c.to());
        return cap0 ? new Sentence.Chunk[] {first, second} : new Sentence.Chunk[] {second, first};
    }

    static boolean serviceWords(Sentence s, Sentence.Chunk c) {
        for (int i = c.from(); i < c.to(); i++) {
            if (SERVICES.contains(s.get(i).low)) {
                return true;
            }
        }
        return false;
    }

    /** Nothing for a known kind of work; more the longer an unknown one runs ("blorp zing wibble"). */
    static double unknownServicePenalty(Sentence s, Sentence.Chunk c) {
        if (serviceWords(s, c)) {
            return 0.0;
        }
        return Math.min(0.3, 0.08 + 0.06 * (c.size() - 1));
    }

    /** The service after "N hours of": any lower-case word, even one the grammar keys on ("email"). */
    static void serviceAfterOf(Fill f) {
        Sentence s = f.s;
        for (int i = 0; i + 1 < s.size(); i++) {
            if (s.get(i).kind == Tok.Kind.DURATION && s.get(i + 1).isLow("of")) {
                int j = s.skipArticles(i + 2);
                Tok t = s.get(j);
                if (t == null
                        || t.used
                        || t.kind != Tok.Kind.WORD
                        || Sentence.STOP.contains(t.low) && !t.low.equals("time")) {
                    return;
                }
                int e = j + 1;
                while (s.nameable(e) && !s.get(e).capitalized()) {
                    e++;
                }
                Sentence.Chunk c = new Sentence.Chunk(j, e);
                s.get(i + 1).used = true;
                f.put("service", clean(s.text(c)));
                s.use(c);
                if (s.get(e) != null && s.get(e).is("work")) {
                    s.get(e).used = true;
                }
                return;
            }
        }
    }

    /** Whether a name other than {@code c} is said for whom: capitalised after "on", "for" or "at", or marked. */
    private static boolean otherName(Sentence s, Sentence.Chunk c) {
        for (Sentence.Chunk o : s.chunks()) {
            if (o.from() == c.from() || s.get(o.from()).used) {
                continue;
            }
            String b = lowOf(s.before(o));
            if (explicitKind(s, o) != null || !s.allLower(o) && (b.equals("on") || b.equals("for") || b.equals("at"))) {
                return true;
            }
        }
        return false;
    }

    /** Names for time entries and timers: target / client / project and the service. */
    static void workNames(Fill f) {
        Sentence s = f.s;
        Sentence.Chunk with = null;
        for (Sentence.Chunk c : s.chunks()) {
            if (s.get(c.from()).used) {
                continue;
            }
            Tok label = s.get(c.from());
            if (with == null
                    && lowOf(s.before(c)).equals("with")
                    && !s.allLower(c)
                    && explicitKind(s, c) == null
                    && !(label.isLow("service") || label.isLow("task") || label.isLow("activity") || label.isLow("the"))
                    && otherName(s, c)) {
                // "log 2h with Marco on Apollo": whom the work was with is whom it is for only when no other
                // name says so; read after the others
                with = c;
                continue;
            }
            if (serviceBeforeMarker(f, c)) {
                continue;
            }
            NameRef.Kind k = explicitKind(s, c);
            Tok b = s.before(c);
            Tok a = s.after(c);
            String bl = lowOf(b);
            s.use(c);
            if (k != null) {
                f.ref(k, s.text(c));
                continue;
            }
            if (c.size() > 1
                    && label.capitalized()
                    && (label.text.equals("Project") || label.text.equals("Client"))
                    && s.get(c.from() + 1).capitalized()) {
                // "against Project Orion", "for Client Hooli": the record's kind said as a title before its name
                f.ref(
                        label.text.equals("Project") ? NameRef.Kind.PROJECT : NameRef.Kind.CLIENT,
                        s.slice(c.from() + 1, c.to()));
                continue;
            }
            if (c.size() > 1 && (label.isLow("service") || label.isLow("task") || label.isLow("activity"))) {
                f.put("service", clean(s.slice(c.from() + 1, c.to())));
                continue;
            }
            if (a != null && a.is("hour")) {
                f.put("service", clean(s.text(c)));
                a.used = true;
                continue;
            }
            if (bl.equals("of") && !f.slots.containsKey("service")) {
                f.put("service", clean(s.text(c)));
                continue;
            }
            boolean lower = s.allLower(c);
            Sentence.Chunk[] split = caseSplit(s, c);
            if (split != null) {
                f.ref(NameRef.Kind.TARGET, s.text(split[0]));
                f.put("service", clean(s.text(split[1])));
                f.conf -= 0.03 + unknownServicePenalty(s, split[1]);
                continue;
            }
            if (Sentence.isPrep(bl)) {
                if (lower && !f.slots.containsKey("service") && (serviceWords(s, c) || f.hasRef())) {
                    f.put("service", clean(s.text(c)));
                    continue;
                }
                if (lower) {
                    f.conf -= 0.12;
                }
                if (f.hasRef() && lower && !f.slots.containsKey("service")) {
                    f.put("service", clean(s.text(c)));
                } else {
                    f.ref(NameRef.Kind.TARGET, s.text(c));
                }
                continue;
            }
            // right after the verb, the duration, or nothing: terse "log 3h design Acme"
            if (lower) {
                if (!f.slots.containsKey("service")) {
                    f.put("service", clean(s.text(c)));
                    f.conf -= unknownServicePenalty(s, c);
                } else {
                    f.conf -= 0.1;
                }
            } else {
                f.ref(NameRef.Kind.TARGET, s.text(c));
                f.conf -= 0.05;
            }
        }
        if (with != null && !f.hasRef()) {
            s.use(with);
            f.ref(NameRef.Kind.TARGET, s.text(with));
        }
    }
}
