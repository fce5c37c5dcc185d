package dev.fbcli.nlp.parse;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a parse is relative to: the day it is for the user ({@code today}, in their {@code zone}).
 * Relative dates ("yesterday", "last week") are resolved against {@code today} only, so a parse
 * is a pure function of the phrase and this context.
 */
public record ParseContext(LocalDate today, ZoneId zone) {
    public ParseContext {
        if (today == null) {
            throw new IllegalArgumentException("today is required");
        }
        if (zone == null) {
            throw new IllegalArgumentException("a time zone is required");
        }
    }

    /** Today according to {@code clock}, in {@code zone}. */
    public static ParseContext of(Clock clock, ZoneId zone) {
        return new ParseContext(LocalDate.now(clock.withZone(zone)), zone);
    }
}
