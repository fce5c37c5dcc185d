package dev.fbcli.nlp.parse;

import java.time.LocalTime;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start time of a time entry said on its own: "starting at 9am", "from 3pm", "from 16:45",
 * "at 9", "began at 8:30". A bare hour 1 to 6 is in the afternoon, 7 to 11 in the morning
 * (docs/intents.md, decisions); "16:45" is read as a 24-hour clock.
 */
final class StartTimes {
    private static final Set<String> CUES =
            Set.of("starting", "started", "start", "starts", "beginning", "began", "begin", "from", "at", "@", "since");
    private static final Pattern HOUR_AMPM = Pattern.compile("(\\d{1,2})(am|pm|a\\.m|p\\.m)\\.?");
    private static final Pattern MIN_AMPM = Pattern.compile("(\\d{2})(am|pm|a\\.m|p\\.m)?\\.?");

    private static final Pattern CLOCK = Pattern.compile("(?i)(\\d{1,2})[:.](\\d{2})\\s?(am|pm)?");

    private StartTimes() {}

    /** The start time the phrase says, its tokens marked used; null when it says none. */
    static LocalTime read(Sentence s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            Tok cue = s.get(i);
            if (cue.used || !(cue.kind == Tok.Kind.WORD || cue.text.equals("@")) || !CUES.contains(cue.low)) {
                continue;
            }
            int j = i + 1;
            if (!cue.low.equals("at")
                    && s.get(j) != null
                    && (s.get(j).isLow("at") || s.get(j).text.equals("@"))) {
                j++;
            }
            int[] end = new int[1];
            LocalTime t =
                    timeAt(s, j, end, cue.low.equals("at") || cue.text.equals("@") || j > i + 1 || bareAfterCue(s, j));
            if (t != null) {
                return used(s, i, end[0], t);
            }
        }
        // "1 hour consulting, globex, 10am": a clock with am or pm said on its own is when it started
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            Tok next = s.get(i + 1);
            boolean marked = t.kind == Tok.Kind.WORD && HOUR_AMPM.matcher(t.low).matches()
                    || t.kind == Tok.Kind.NUMBER
                            && next != null
                            && next.kind == Tok.Kind.WORD
                            && next.low.matches("am|pm|a\\.m\\.?|p\\.m\\.?");
            if (t.used || !marked) {
                continue;
            }
            int[] end = new int[1];
            LocalTime at = timeAt(s, i, end, false);
            if (at != null) {
                return used(s, i, end[0], at);
            }
        }
        return null;
    }

    /** Words after which "from 9" is a clock: the phrase's end, a pause, or what the entry is on. */
    private static final Set<String> AFTER_CLOCK =
            Set.of("on", "for", "to", "till", "until", "and", "today", "yesterday", "sharp", "o'clock", "this", "in");

    /**
     * True when the bare number at {@code j} after "from", "starting", "since" is an hour: one from
     * 1 to 12 that ends the phrase or a part of it ("log 2h on Acme from 9", "starting 9, design").
     */
    private static boolean bareAfterCue(Sentence s, int j) {
        Tok n = s.get(j);
        if (n == null || n.kind != Tok.Kind.NUMBER || !n.text.matches("\\d{1,2}")) {
            return false;
        }
        int h = Integer.parseInt(n.text);
        Tok after = s.get(j + 1);
        return h >= 1
                && h <= 12
                && (after == null
                        || after.kind == Tok.Kind.PUNCT
                        || after.kind == Tok.Kind.WORD && AFTER_CLOCK.contains(after.low));
    }

    /** {@code t}, with the tokens from {@code from} to {@code to} that said it marked used. */
    private static LocalTime used(Sentence s, int from, int to, LocalTime t) {
        for (int k = from; k < to; k++) {
            s.get(k).used = true;
        }
        return t;
    }

    /** A time at {@code j}: "9am", "9 am", "9:30", "9:30am", "16:45", or a bare "9" when {@code bareOk}. */
    private static LocalTime timeAt(Sentence s, int j, int[] end, boolean bareOk) {
        Tok t = s.get(j);
        if (t == null || t.used) {
            return null;
        }
        Matcher m = HOUR_AMPM.matcher(t.low);
        if (t.kind == Tok.Kind.WORD && m.matches()) {
            end[0] = j + 1;
            return of(Integer.parseInt(m.group(1)), 0, m.group(2));
        }
        if (t.kind == Tok.Kind.DURATION) {
            // "started 8:30": after a cue, what reads as a length of h:mm is the clock
            Matcher clock = CLOCK.matcher(t.text);
            if (clock.matches()) {
                int h = Integer.parseInt(clock.group(1));
                int min = Integer.parseInt(clock.group(2));
                String ap = clock.group(3) == null ? null : clock.group(3).toLowerCase(java.util.Locale.ROOT);
                if (min > 59 || h > 23) {
                    return null;
                }
                end[0] = j + 1;
                return ap == null && h >= 13 ? LocalTime.of(h, min) : of(h, min, ap);
            }
            return null;
        }
        if (t.kind != Tok.Kind.NUMBER || t.text.length() > 2) {
            return null;
        }
        int h = Integer.parseInt(t.text);
        int k = j + 1;
        int min = -1;
        String ap = null;
        Tok colon = s.get(k);
        if (colon != null && colon.kind == Tok.Kind.PUNCT && (colon.text.equals(":") || colon.text.equals("."))) {
            Tok mt = s.get(k + 1);
            Matcher mm = mt == null ? null : MIN_AMPM.matcher(mt.low);
            if (mm == null || !mm.matches()) {
                return null;
            }
            min = Integer.parseInt(mm.group(1));
            ap = mm.group(2);
            k += 2;
        }
        Tok next = s.get(k);
        if (ap == null && next != null && next.kind == Tok.Kind.WORD && next.low.matches("am|pm|a\\.m\\.?|p\\.m\\.?")) {
            ap = next.low;
            k++;
        }
        if (ap == null && min < 0 && !bareOk) {
            return null;
        }
        end[0] = k;
        if (ap == null && min >= 0 && h >= 13) {
            return h > 23 ? null : LocalTime.of(h, min);
        }
        return of(h, Math.max(0, min), ap);
    }

    private static LocalTime of(int h, int min, String ap) {
        if (h > 23 || min > 59) {
            return null;
        }
        if (ap != null) {
            if (h == 0 || h > 12) {
                return null;
            }
            boolean pm = ap.startsWith("p");
            return LocalTime.of(pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h), min);
        }
        if (h >= 1 && h <= 6) {
            return LocalTime.of(h + 12, min); // a bare hour 1-6 is in the afternoon
        }
        return LocalTime.of(h, min);
    }
}
