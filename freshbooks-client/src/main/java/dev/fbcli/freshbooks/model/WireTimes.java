package dev.fbcli.freshbooks.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Project-family datetimes: ISO-8601 UTC, sometimes without the trailing {@code Z}. */
public final class WireTimes {
    private WireTimes() {}

    /** Parses {@code 2020-10-17T05:00:00Z} or {@code 2020-09-13T01:07:51}; null for null/blank/unreadable. */
    public static Instant parseUtc(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Formats as {@code 2020-10-17T05:00:00Z} (whole seconds). */
    public static String formatUtc(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
