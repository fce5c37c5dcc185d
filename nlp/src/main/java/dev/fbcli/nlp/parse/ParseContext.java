package dev.fbcli.nlp.parse;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a parse is relative to: the day it is for the user ({@code today}, in their {@code zone}),
 * and the account's names when they are known ({@code names}, from the CLI's name cache; none
 * otherwise). Relative dates ("yesterday", "last week") are resolved against {@code today} only,
 * and names are read as names whatever their case ("acme" is the client Acme), so a parse is a
 * pure function of the phrase and this context.
 */
public record ParseContext(LocalDate today, ZoneId zone, AccountNames names) {
    public ParseContext {
        if (today == null) {
            throw new IllegalArgumentException("today is required");
        }
        if (zone == null) {
            throw new IllegalArgumentException("a time zone is required");
        }
        names = names == null ? AccountNames.none() : names;
    }

    /** A context with no account names. */
    public ParseContext(LocalDate today, ZoneId zone) {
        this(today, zone, AccountNames.none());
    }

    /** Today according to {@code clock}, in {@code zone}. */
    public static ParseContext of(Clock clock, ZoneId zone) {
        return new ParseContext(LocalDate.now(clock.withZone(zone)), zone);
    }

    /** This context with the account's {@code names}. */
    public ParseContext withNames(AccountNames names) {
        return new ParseContext(today, zone, names);
    }
}
