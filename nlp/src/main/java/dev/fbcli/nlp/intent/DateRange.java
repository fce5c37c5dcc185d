package dev.fbcli.nlp.intent;

import java.time.LocalDate;

/** An inclusive range of days; either end may be open (null), not both. */
public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
        if (from == null && to == null) {
            throw new IllegalArgumentException("a date range needs at least one end");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("a date range cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    public boolean contains(LocalDate d) {
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
}
