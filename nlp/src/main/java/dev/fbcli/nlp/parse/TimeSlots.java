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
    }

    static void timeList(Fill f) {
        BillingGrammar.timeListExtras(f);
        range(f);
        workNames(f);
    }

    static void timerStart(Fill f) {
        note(f);
        workNames(f);
    }
}
