package dev.fbcli.nlp.intent;

import java.time.LocalDate;

/**
 * Which time entry an edit, a delete or a show means: its {@code id} ("6011"); or the
 * {@code last} one logged; or the entry that matches what was said about it (its {@code day},
 * what it was {@code on}, its {@code service}, its {@code durationMinutes}). {@code last} may come
 * with a filter ("my last Acme entry": the latest entry on Acme). An id stands alone. Every field
 * but {@code last} is nullable; at least one thing is said.
 */
public record TimeEntryRef(
        String id, boolean last, LocalDate day, NameRef on, String service, Integer durationMinutes) {
    public TimeEntryRef {
        id = RecordIds.id(id, "time entry");
        service = service == null || service.isBlank() ? null : service.strip();
        boolean filtered = day != null || on != null || service != null || durationMinutes != null;
        if (id != null && (last || filtered)) {
            throw new IllegalArgumentException("a time entry is picked by its id alone");
        }
        if (id == null && !last && !filtered) {
            throw new IllegalArgumentException(
                    "say which time entry: its id, the last one, or its day, name or service");
        }
        if (durationMinutes != null && (durationMinutes <= 0 || durationMinutes > 24 * 60)) {
            throw new IllegalArgumentException("a time entry lasts 1 minute to 24 hours, not " + durationMinutes);
        }
    }

    public static TimeEntryRef id(String id) {
        return new TimeEntryRef(id, false, null, null, null, null);
    }

    public static TimeEntryRef latest() {
        return new TimeEntryRef(null, true, null, null, null, null);
    }

    /** The entry matching what was said (any of these may be null, not all). */
    public static TimeEntryRef matching(LocalDate day, NameRef on, String service, Integer durationMinutes) {
        return new TimeEntryRef(null, false, day, on, service, durationMinutes);
    }

    public boolean isId() {
        return id != null;
    }
}
