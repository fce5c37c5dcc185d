package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A time entry or a timer typed as a list of fields — "start timer globex reserch etl vendor
 * shortlist", "log 2hrs desgin acme corp tdy pricing pg layout", "kestrel labs consultng
 * 1:15-3:45pm pricing strat review" — read by what each run of words is: the length, the start
 * time, the day and billable as the rules read them; a kind of work fb knows ({@code
 * words/services.txt}, the account's services) is the service; an account's client or project (or
 * what a "client"/"proj" marker labels) is whom it is for — else the run of words beside the kind
 * of work, up to a value; the one run left, after the values, is the note. Every word must land in
 * one field, or the rules' reading stands.
 *
 * <p>As with {@link TerseExpense}, only a reading the rules were unsure of (below {@link
 * Confidence#ACT}) is read again, and the result stays as unsure.
 */
final class TerseTime {
    private TerseTime() {}

    private static final Set<String> INTENTS = Set.of("time.log", "timer.start");

    /** Words that say only that time is logged or a timer started. */
    private static final Set<String> LEADS = Set.of(
            "log",
            "logg",
            "lgo",
            "track",
            "trakc",
            "add",
            "record",
            "start",
            "strt",
            "strat",
            "begin",
            "timer",
            "tmr",
            "timr",
            "clock",
            "in",
            "time",
            "entry",
            "put",
            "enter",
            "new",
            "tracking",
            "timing",
            "logging",
            "punch");

    private static final Set<String> SENTENCE = Set.of(
            "i", "we", "me", "my", "our", "you", "the", "a", "an", "please", "pls", "was", "were", "is", "are", "it",
            "this", "that", "them", "could", "can", "would", "did", "spent", "worked", "doing", "have", "had", "been");

    /** Words that place a name ("for okafor consulting"), never part of it. */
    private static final Set<String> PLACING = Set.of("for", "on", "to", "at", "with", "w", "of", "in");

    private static final Set<String> BILLABLE = Set.of("billable", "nonbillable", "non-billable", "unbillable");

    /** A length, a clock time or a range typed as one word ("2hrs", "1h40", "9:45", "4:15pm", "1:15-3:45pm"). */
    private static final Pattern VALUE = Pattern.compile(
            "(?i)\\d+(?:[.:]\\d+)?(?:h|hr|hrs|hours?|m|min|mins|minutes?|am|pm)?(?:\\d+m?)?(?:-\\d+(?:[.:]\\d+)?(?:am|pm)?)?");

    private static final Set<String> UNITS =
            Set.of("h", "hr", "hrs", "hour", "hours", "m", "min", "mins", "minutes", "am", "pm");

    private static final Pattern CLAUSE = Pattern.compile("[,;](?!\\d)|[.!?]\\s");

    private record Run(int from, int to) {}

    static Frame apply(String input, Frame f, ParseContext ctx) {
        if (input == null
                || ctx == null
                || !INTENTS.contains(f.intent())
                || f.confidence() >= Confidence.ACT
                || CLAUSE.matcher(input).find()
                || input.indexOf('"') >= 0) {
            return f;
        }
        String text = LexicalFront.reviewText(input, ctx.names()).replaceAll("[.!?]+$", "");
        String[] w = text.strip().split("\\s+");
        String[] typed = input.strip().replaceAll("[.!?]+$", "").split("\\s+");
        if (w.length < 3 || w.length > 16 || typed.length != w.length) {
            return f;
        }
        String[] low = new String[w.length];
        for (int i = 0; i < w.length; i++) {
            low[i] = w[i].toLowerCase(Locale.ROOT);
            if (SENTENCE.contains(low[i])) {
                return f; // a sentence, which the grammar reads
            }
        }
        String[] field = new String[w.length];
        for (int i = 0; i < w.length && LEADS.contains(low[i]); i++) {
            field[i] = "lead";
        }
        for (int i = 0; i < w.length; i++) {
            if (field[i] != null) {
                continue;
            }
            if (VALUE.matcher(low[i]).matches()
                    || UNITS.contains(low[i]) && i > 0 && "value".equals(field[i - 1])
                    || BILLABLE.contains(low[i])) {
                field[i] = "value";
            } else if (low[i].equals("non") && i + 1 < w.length && low[i + 1].equals("billable")) {
                field[i] = "value";
            }
        }
        for (Span<DateExtractor.DateMention> d : new DateExtractor(ctx.today()).findAll(text)) {
            int pos = 0;
            for (int i = 0; i < w.length; i++) {
                int at = text.indexOf(w[i], pos);
                int end = at + w[i].length();
                pos = end;
                if (field[i] == null && at < d.end() && end > d.start()) {
                    field[i] = "value";
                }
            }
        }
        Gazetteer g = Gazetteer.of(ctx.names());
        // whom it is for: a marker's name, an account's client or project, else the run beside the service
        String target = null;
        String targetKey = "target";
        for (int i = 0; i < w.length && target == null; i++) {
            if (field[i] != null || !(low[i].equals("client") || low[i].equals("proj") || low[i].equals("project"))) {
                continue;
            }
            String key = low[i].equals("client") ? "client" : "project";
            int to = i + 1;
            while (to < w.length && field[to] == null && to - i <= 3 && !serviceWord(low[to], g)) {
                to++;
            }
            int from = i;
            while (from > 0 && field[from - 1] == null && i - from < 3 && !serviceWord(low[from - 1], g)) {
                from--;
            }
            if (key.equals("project") && from < i) {
                target = pick(w, typed, from, i); // "website redesign proj"
                mark(field, from, i + 1);
                targetKey = key;
            } else if (to > i + 1) {
                target = pick(w, typed, i + 1, to); // "client umbrella corp"
                mark(field, i, to);
                targetKey = key;
            }
        }
        target = named(field, w, typed, g, 2, target);
        // the kind of work: the first word (or the account's service of two words) fb knows as one
        String service = null;
        int serviceAt = -1;
        for (int i = 0; i < w.length && service == null; i++) {
            if (field[i] != null) {
                continue;
            }
            if (i + 1 < w.length && field[i + 1] == null && g.service(low[i] + " " + low[i + 1]) != null) {
                service = w[i] + " " + w[i + 1];
                field[i] = field[i + 1] = "service";
                serviceAt = i;
            } else if (serviceWord(low[i], g) && !g.isClientOrProject(w[i])) {
                service = w[i];
                field[i] = "service";
                serviceAt = i;
            }
        }
        if (service == null) {
            return f;
        }
        target = named(field, w, typed, g, 1, target);
        List<Run> runs = runs(field);
        if (target == null) {
            for (Run r : runs) {
                int from = r.from();
                if (from == serviceAt + 1 && from < r.to() - 1 && PLACING.contains(low[from])) {
                    from++; // "support for okafor consulting", "development to apolo"
                }
                if (r.to() == serviceAt || r.from() == serviceAt + 1) {
                    // beside the kind of work, up to a value: "kestrel labs consultng 1:15-3:45pm"
                    boolean bounded = r.to() == w.length || "value".equals(field[r.to()]) || r.to() == serviceAt;
                    if (bounded && r.to() - from <= 3 && !PLACING.contains(low[from])) {
                        target = pick(w, typed, from, r.to());
                        mark(field, r.from(), r.to());
                        break;
                    }
                }
            }
            runs = runs(field);
        }
        if (target == null || runs.size() > 1) {
            return f;
        }
        String note = null;
        if (runs.size() == 1) {
            Run r = runs.get(0);
            if (r.from() == 0
                    || field[r.from() - 1] == null
                    || "lead".equals(field[r.from() - 1])
                    || PLACING.contains(low[r.from()])) {
                return f; // words before the fields, or a name placed by "on"/"for": not a note told after them
            }
            note = String.join(" ", java.util.Arrays.copyOfRange(typed, r.from(), r.to()));
        }
        Map<String, Object> slots = new LinkedHashMap<>(f.slots());
        for (String k : List.of("service", "target", "client", "project", "note")) {
            slots.remove(k);
        }
        slots.put("service", service);
        slots.put(targetKey, target);
        if (note != null) {
            slots.put("note", note);
        }
        return f.withSlots(slots);
    }

    private static boolean serviceWord(String low, Gazetteer g) {
        return Grammar.SERVICES.contains(low) || LexicalFront.isServiceWord(low) || g.service(low) != null;
    }

    /** {@code found}, else the longest of the account's client or project names of at least {@code least} words. */
    private static String named(String[] field, String[] w, String[] typed, Gazetteer g, int least, String found) {
        for (int n = 4; n >= least && found == null; n--) {
            for (int i = 0; i + n <= w.length && found == null; i++) {
                String said = String.join(" ", java.util.Arrays.copyOfRange(w, i, i + n));
                if (free(field, i, n) && g.namesClientOrProject(said)) {
                    String spelled = g.spelling(said);
                    found = spelled != null ? spelled : pick(w, typed, i, i + n); // "umbrela corp": Umbrella Corp
                    mark(field, i, i + n);
                }
            }
        }
        return found;
    }

    private static List<Run> runs(String[] field) {
        List<Run> out = new ArrayList<>();
        for (int i = 0; i < field.length; ) {
            if (field[i] != null) {
                i++;
                continue;
            }
            int j = i;
            while (j < field.length && field[j] == null) {
                j++;
            }
            out.add(new Run(i, j));
            i = j;
        }
        return out;
    }

    private static boolean free(String[] field, int i, int n) {
        for (int k = i; k < i + n; k++) {
            if (field[k] != null) {
                return false;
            }
        }
        return true;
    }

    private static void mark(String[] field, int from, int to) {
        for (int k = from; k < to; k++) {
            field[k] = "target";
        }
    }

    /** The words as typed where the front only changed their case, as it corrected them otherwise. */
    private static String pick(String[] w, String[] typed, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            out.add(w[k].equalsIgnoreCase(typed[k]) ? typed[k] : w[k]);
        }
        return String.join(" ", out);
    }
}
