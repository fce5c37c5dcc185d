package dev.fbcli.cli.action.invoice;

import dev.fbcli.freshbooks.model.InvoiceLineDraft;
import dev.fbcli.freshbooks.model.Money;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.nlp.intent.BillGrouping;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Time entries to invoice lines: one line per service (the default), per entry or per day, each
 * at one hourly rate (entries of one service at two rates make two lines). The quantity is the
 * hours of the line's entries added up in seconds, then rounded to two decimals (half up), as
 * FreshBooks shows hours; the unit cost is the hourly rate in cents.
 */
final class TimeBillLines {
    /** An entry to bill, with what its line needs: its day, hourly rate, and the names of its service and project. */
    record Billable(TimeEntryDto entry, LocalDate day, BigDecimal rate, String service, String project) {
        long seconds() {
            return entry.duration() == null ? 0 : entry.duration();
        }
    }

    private TimeBillLines() {}

    /** Hours from seconds, rounded to hundredths (half up). */
    static BigDecimal hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }

    static List<InvoiceLineDraft> lines(List<Billable> entries, BillGrouping by, String currency) {
        Map<String, List<Billable>> groups = new LinkedHashMap<>();
        for (Billable b : entries) {
            String key =
                    switch (by) {
                        case SERVICE -> serviceName(b) + "\n" + b.rate().toPlainString();
                        case DAY -> b.day() + "\n" + b.rate().toPlainString();
                        case ENTRY -> String.valueOf(b.entry().id());
                    };
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
        }
        List<InvoiceLineDraft> out = new ArrayList<>();
        for (List<Billable> g : groups.values()) {
            Billable first = g.get(0);
            long seconds = g.stream().mapToLong(Billable::seconds).sum();
            String name = by == BillGrouping.DAY ? "Time on " + first.day() : serviceName(first);
            out.add(InvoiceLineDraft.of(name, hours(seconds), new Money(InvoiceRules.cents(first.rate()), currency))
                    .withDescription(description(g, by)));
        }
        return out;
    }

    private static String serviceName(Billable b) {
        return b.service() == null || b.service().isEmpty() ? "Time" : b.service();
    }

    /** Which days and projects a line covers, and for a line per entry its note. */
    private static String description(List<Billable> g, BillGrouping by) {
        Set<String> projects = new LinkedHashSet<>();
        LocalDate from = null;
        LocalDate to = null;
        for (Billable b : g) {
            if (b.project() != null && !b.project().isEmpty()) {
                projects.add(b.project());
            }
            if (b.day() != null) {
                from = from == null || b.day().isBefore(from) ? b.day() : from;
                to = to == null || b.day().isAfter(to) ? b.day() : to;
            }
        }
        StringBuilder s = new StringBuilder(String.join(", ", projects));
        if (by != BillGrouping.DAY && from != null) {
            s.append(s.length() == 0 ? "" : ": ").append(from.equals(to) ? from : from + " to " + to);
        }
        if (by == BillGrouping.ENTRY) {
            String note = g.get(0).entry().note();
            if (note != null && !note.isBlank()) {
                s.append(s.length() == 0 ? "" : " – ").append(note.strip());
            }
        } else {
            s.append(s.length() == 0 ? "" : " ")
                    .append("(")
                    .append(g.size())
                    .append(g.size() == 1 ? " entry)" : " entries)");
        }
        return s.toString();
    }
}
