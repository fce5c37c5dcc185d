package dev.fbcli.cli.action;

import java.time.Duration;

/** How recent a record just like the one planned must be to be flagged as a possible duplicate on the plan card. */
public final class Duplicates {
    /** Entries and invoices like this one made within this window are flagged. */
    public static final Duration WINDOW = Duration.ofMinutes(10);

    private Duplicates() {}
}
