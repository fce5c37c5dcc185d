package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.ClientSlots.*;
import static dev.fbcli.nlp.parse.ExpenseSlots.*;
import static dev.fbcli.nlp.parse.Grammar.*;
import static dev.fbcli.nlp.parse.InvoiceSlots.*;
import static dev.fbcli.nlp.parse.ProjectSlots.*;
import static dev.fbcli.nlp.parse.Slots.*;

import java.time.LocalDate;

/**
 * Slot logic of time entries and timers: how much time, on what, when, billable or not. Split out of {@link Grammar}, which decides the intent and calls these to fill its
 * slots; the helpers every family shares stay there.
 */
final class TimeSlots {
    private TimeSlots() {}

    static void timeLog(Fill f) {
        Sentence s = f.s;
        Tok d = s.first(Tok.Kind.DURATION);
        if (d != null && ((DurationExtractor.DurationMention) d.value).start() == null) {
            // "log 2h design from 9 to 11": the length said, then the stretch it filled; when the stretch is as long,
            // it is the same time, read once with its start
            for (Tok other : s.all(Tok.Kind.DURATION)) {
                if (other != d
                        && other.value instanceof DurationExtractor.DurationMention range
                        && range.start() != null
                        && range.minutes() == ((DurationExtractor.DurationMention) d.value).minutes()) {
                    d.used = true;
                    d = other;
                    break;
                }
            }
        }
        if (d != null) {
            DurationExtractor.DurationMention dm = (DurationExtractor.DurationMention) d.value;
            f.put("duration_minutes", dm.minutes());
            if (dm.minutes() > 16 * 60) {
                f.conf -= 0.4; // more than a working day in one entry: surely misread
            }
            if (dm.start() != null) {
                f.put("start_time", dm.start());
            }
            d.used = true;
        }
        if (!f.slots.containsKey("start_time")) {
            f.put("start_time", StartTimes.read(s));
        }
        if (d != null && !f.slots.containsKey("start_time") && !d.text.contains(":")) {
            // "log 45m meetings initech 16:45": the length said with its unit, then a clock time, which is when it
            // started (a second length is never said as a clock)
            for (Tok t : s.all(Tok.Kind.DURATION)) {
                if (!t.used && t.text.matches("(?:[01]?\\d|2[0-3]):[0-5]\\d")) {
                    java.time.LocalTime at = java.time.LocalTime.parse(t.text.length() == 4 ? "0" + t.text : t.text);
                    // "1:30" with no am or pm in a working day is the afternoon, as a bare "from 1" is
                    f.put(
                            "start_time",
                            at.getHour() >= 1 && at.getHour() < 7 && t.text.matches("\\d:.*") ? at.plusHours(12) : at);
                    t.used = true;
                    break;
                }
            }
        }
        if (d != null && s.all(Tok.Kind.DURATION).stream().anyMatch(t -> !t.used)) {
            f.conf -= 0.15; // a second length, not the start time: which one is meant?
        }
        note(f);
        if (!f.slots.containsKey("note") && d != null) {
            int di = s.toks.indexOf(d);
            for (int i = di + 1; i + 1 < s.size(); i++) {
                Tok t = s.get(i);
                if (t.kind == Tok.Kind.PUNCT && !t.used && (t.text.equals("-") || t.text.equals(":")) && i > di + 1) {
                    int from = i + 1;
                    f.put("note", clean(s.slice(from, s.size())));
                    for (int k = i; k < s.size(); k++) {
                        s.get(k).used = true;
                    }
                    break;
                }
            }
        }
        Boolean b = billable(f);
        if (b != null) {
            f.put("billable", b);
        }
        LocalDate day = day(f, false);
        f.put("date", day == null ? f.today : day);
        serviceAfterOf(f);
        workNames(f);
        trailingNote(f);
    }

    /** What asks for a note to be set, before the note itself ("and set its note to …", "attach the note …"). */
    private static final java.util.regex.Pattern STOP_NOTE_CUE = java.util.regex.Pattern.compile(
            "(?i)^(?:and\\s+|then\\s+|,\\s*)*(?:(?:set|put|add|write|attach|leave|make|with|saying|note)\\s+)?"
                    + "(?:(?:its|the|a|my|this)\\s+)?(?:(?:note|notes|memo|comment|description)\\s+)?"
                    + "(?:(?:to|that|as|saying|of|:|-)\\s*)?");

    /** The note named after it instead of before ("put 'X' as the note", "X as its note"). */
    private static final java.util.regex.Pattern AS_THE_NOTE =
            java.util.regex.Pattern.compile("(?i)\\s+as\\s+(?:the|its|a|my)?\\s*(?:note|memo|comment|description)$");

    /**
     * "stop timr waiting on client feedbak", "stop the timer and set its note to 'X'", "wrap up my
     * timer and attach the note tablet wireframes signed off": the words after the stopped timer
     * that no step read are its note, once the words that ask for a note are taken off. Words that
     * say which timer ("for Acme", "on the website") are no note.
     */
    static void stopNote(Fill f) {
        if (f.slots.containsKey("note")) {
            return;
        }
        Sentence s = f.s;
        int last = -1;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.used && (t.isLow("timer") || t.isLow("clock") || t.isLow("timers") || t.isLow("tracking"))) {
                last = i;
            }
        }
        if (last < 0) {
            return;
        }
        int end = s.size();
        while (end > last + 1 && s.get(end - 1).kind == Tok.Kind.PUNCT) {
            end--;
        }
        for (int i = last + 1; i < end; i++) {
            Tok t = s.get(i);
            if (t.used || t.kind != Tok.Kind.WORD && t.kind != Tok.Kind.PUNCT && t.kind != Tok.Kind.NUMBER) {
                return; // a value or a word some step read: not one free run
            }
        }
        if (end <= last + 1) {
            return;
        }
        String said = s.slice(last + 1, end).strip();
        String note = STOP_NOTE_CUE.matcher(said).replaceFirst("");
        note = AS_THE_NOTE.matcher(note).replaceFirst("");
        note = SAYER.matcher(Slots.clean(note)).replaceFirst("").strip();
        String first = note.isEmpty() ? "" : note.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        if (note.isEmpty()
                || note.equals(said) && JOINING.contains(first) // "stop the timer for Acme": which timer
                || java.util.Arrays.stream(
                                note.toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                        .allMatch(w -> Grammar.FILLERS.contains(w) || STOP_FILLERS.contains(w))) {
            return;
        }
        f.put("note", note);
        for (int i = last + 1; i < end; i++) {
            s.get(i).used = true;
        }
    }

    /** Words after "stop the timer" that are no note ("now", "please", "for today"). */
    private static final java.util.Set<String> STOP_FILLERS = java.util.Set.of(
            "now", "please", "pls", "thanks", "thank", "you", "right", "away", "for", "today", "the", "day", "asap",
            "already", "running", "current", "too", "then", "ok", "okay");

    /** Who said it, or a hedge, dropped from the front of a note ("…, mostly pricing review"). */
    private static final java.util.regex.Pattern SAYER = java.util.regex.Pattern.compile(
            "(?i)^(?:i was|i am|i'm|we were|we are|we're|it was|that was|this was|mostly|mainly|just|i|we)\\s+");

    /**
     * "log 2h design for Acme today, menu pricing review": words after the last comma (or ";")
     * that no slot read are what the work was — the note — never dropped while the frame is sure
     * of itself. A sentence after "." or "?" ("…for Initech? I patched the rate limiter") is not
     * read as the note yet: it does not reach this step (why is not traced yet).
     */
    static void trailingNote(Fill f) {
        if (f.slots.containsKey("note")) {
            return;
        }
        Sentence s = f.s;
        int end = s.size();
        while (end > 0 && s.get(end - 1).kind == Tok.Kind.PUNCT && !s.get(end - 1).used) {
            end--;
        }
        String inSlots = Slots.heldWords(f.slots, null);
        int from = end;
        while (from > 0) {
            Tok t = s.get(from - 1);
            // a word some step looked at but put in no slot is still free
            if (t.kind == Tok.Kind.PUNCT || (t.used && inSlots.contains(" " + t.low + " "))) {
                break;
            }
            if (t.kind != Tok.Kind.WORD && t.kind != Tok.Kind.NUMBER) {
                if (t.used) {
                    break; // a value read (a day, a length): what follows may be a note typed without a comma
                }
                return;
            }
            from--;
        }
        if (from == 0 || from == end) {
            return;
        }
        Tok before = s.get(from - 1);
        int least = 2;
        if (before.kind != Tok.Kind.PUNCT
                || !java.util.Set.of(",", ";", ".", "?", "!").contains(before.text)) {
            from = terseNote(f, end, inSlots);
            if (from < 0) {
                return;
            }
            least = 1;
        }
        int words = 0;
        for (int i = from; i < end; i++) {
            if (!Grammar.FILLERS.contains(s.get(i).low)) {
                words++;
            }
        }
        if (words < least) {
            return;
        }
        String note = SAYER.matcher(Slots.clean(s.slice(from, end))).replaceFirst("");
        if (note.isBlank()) {
            return;
        }
        f.put("note", note);
        for (int i = from; i < end; i++) {
            s.get(i).used = true;
        }
    }

    /** Words that join or place, never the first word of a note typed without punctuation. */
    private static final java.util.Set<String> JOINING = java.util.Set.of(
            "for", "on", "at", "with", "to", "and", "of", "in", "from", "by", "as", "the", "a", "an", "my", "our",
            "under", "into", "per", "about", "re", "via", "w");

    /**
     * "3.5h dev apollo yday csv importer retries", "log 20 mins meetings harvest 9am standup": typed
     * without punctuation, the words after a value (a day, a start time, a length) that follows the
     * names are what the work was, once the frame has both the kind of work and who it is for (so
     * the words cannot be either). The start of that run, or -1.
     */
    private static int terseNote(Fill f, int end, String inSlots) {
        if (!f.slots.containsKey("service")
                || !(f.slots.containsKey("target")
                        || f.slots.containsKey("client")
                        || f.slots.containsKey("project"))) {
            return -1;
        }
        Sentence s = f.s;
        int from = end;
        while (from > 0
                && !value(s.get(from - 1))
                && !(s.get(from - 1).used && inSlots.contains(" " + s.get(from - 1).low + " "))) {
            Tok t = s.get(from - 1);
            if (t.kind != Tok.Kind.WORD && t.kind != Tok.Kind.NUMBER) {
                return -1;
            }
            from--;
        }
        if (from == 0 || from == end || JOINING.contains(s.get(from).low) || !value(s.get(from - 1))) {
            return -1;
        }
        return from;
    }

    /** A value the frame read (a day, a length, a start time, billable), not a name. */
    private static boolean value(Tok t) {
        return t.used
                && (t.kind == Tok.Kind.DATE
                        || t.kind == Tok.Kind.DURATION
                        || t.text.chars().anyMatch(Character::isDigit)
                        || t.low.equals("billable")
                        || t.low.equals("nonbillable"));
    }

    static void timeList(Fill f) {
        BillingGrammar.timeListExtras(f);
        range(f);
        workNames(f);
    }

    static void timerStart(Fill f) {
        note(f);
        workNames(f);
        trailingNote(f);
    }
}
