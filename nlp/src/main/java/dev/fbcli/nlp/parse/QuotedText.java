package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.InvoiceLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quoted text is said literally: "set the note on entry 6010 to 'wireframes, round 2'", "invoice
 * Acme $500 for "logo and brand kit"". Before the grammar reads a phrase, each quoted run of more
 * than one word is put aside and a single name-like word stands in its place, so its commas and
 * grammar words ("and", "to", a number) cannot cut it or start a second request; the slot that
 * took the stand-in gets the quoted words back, without their quotes.
 */
final class QuotedText {
    /** An opening quote not inside a word ("Monday's" is no quote), its text, the same quote closing it. */
    private static final Pattern QUOTED =
            Pattern.compile("(?<![\\p{L}\\p{N}])([\"'])([^\"'\\n]{1,200}?)\\1(?![\\p{L}\\p{N}])");

    /** The word that stands in for the {@code i}th quoted run: capitalised (a name), no word of any list. */
    private static String standIn(int i) {
        return "Quotedtext" + (char) ('a' + i);
    }

    /** The phrase with its quoted runs stood in for, and the runs in order. */
    record Protected(String text, List<String> runs) {
        boolean none() {
            return runs.isEmpty();
        }
    }

    private QuotedText() {}

    static Protected protect(String text) {
        Matcher m = QUOTED.matcher(text);
        StringBuilder out = null;
        List<String> runs = new ArrayList<>();
        int pos = 0;
        while (m.find() && runs.size() < 26) {
            String inner = m.group(2).strip();
            if (inner.isEmpty() || !inner.contains(" ") && inner.chars().allMatch(Character::isLetterOrDigit)) {
                continue; // one plain word: the grammar reads it as it is
            }
            if (!inner.contains(" ") && !inner.matches("\\p{L}+(?:/\\p{L}+)+")) { // "hotel/lodging" is one name
                // one value in quotes ("gavin@hooli.example", "~/r.pdf", "12.50"): read as it is, quotes dropped
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, pos, m.start()).append(inner);
                pos = m.end();
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, pos, m.start()).append(standIn(runs.size()));
            runs.add(inner);
            pos = m.end();
        }
        if (out == null) {
            return new Protected(text, List.of());
        }
        out.append(text, pos, text.length());
        return new Protected(out.toString(), List.copyOf(runs));
    }

    /** {@code f} with the quoted runs back where their stand-ins went. */
    static Frame restore(Frame f, Protected p) {
        if (p.none() || f.isUnknown()) {
            return f;
        }
        Map<String, Object> slots = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : f.slots().entrySet()) {
            Object v = e.getValue();
            if (v instanceof String s) {
                v = back(s, p);
            } else if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof InvoiceLine) {
                List<InvoiceLine> lines = new ArrayList<>();
                for (Object o : list) {
                    InvoiceLine l = (InvoiceLine) o;
                    lines.add(new InvoiceLine(
                            l.description() == null ? null : back(l.description(), p), l.quantity(), l.unitCost()));
                }
                v = List.copyOf(lines);
            }
            slots.put(e.getKey(), v);
        }
        return f.withSlots(slots);
    }

    private static String back(String s, Protected p) {
        String out = s;
        for (int i = 0; i < p.runs().size(); i++) {
            String w = standIn(i);
            int at = out.toLowerCase(java.util.Locale.ROOT).indexOf(w.toLowerCase(java.util.Locale.ROOT));
            if (at >= 0) {
                out = out.substring(0, at) + p.runs().get(i) + out.substring(at + w.length());
            }
        }
        return out;
    }
}
