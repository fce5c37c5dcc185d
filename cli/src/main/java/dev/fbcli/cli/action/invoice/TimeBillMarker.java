package dev.fbcli.cli.action.invoice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sentence an invoice made from time carries in its notes: the days it covers and the ids of
 * the time entries it took ("Time tracked from 2026-11-02 to 2026-11-20 (time entries 101, 102)").
 * It tells the client what the invoice covers, and tells a later run of fb which entries belong to
 * the invoice, so that a run stopped after the invoice was made and before every entry was marked
 * billed is finished instead of invoiced again.
 */
final class TimeBillMarker {
    private static final Pattern IDS = Pattern.compile("\\(time entries ([0-9]+(?:, [0-9]+)*)\\)");

    private TimeBillMarker() {}

    /** The notes line for entries dated {@code from} to {@code to}. */
    static String notes(LocalDate from, LocalDate to, List<Long> ids) {
        String days = from.equals(to) ? "on " + from : "from " + from + " to " + to;
        return "Time tracked " + days + " (time entries "
                + ids.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    /** The ids of the time entries an invoice's notes say it took; empty when it says none. */
    static Set<Long> ids(String notes) {
        Set<Long> out = new LinkedHashSet<>();
        if (notes == null) {
            return out;
        }
        Matcher m = IDS.matcher(notes);
        while (m.find()) {
            for (String id : m.group(1).split(", ")) {
                out.add(Long.valueOf(id));
            }
        }
        return out;
    }

    static List<Long> sorted(Set<Long> ids) {
        List<Long> l = new ArrayList<>(ids);
        l.sort(null);
        return l;
    }
}
