package dev.fbcli.sandbox;

import dev.fbcli.sandbox.store.Tx;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** What a handler works with: the transaction, the clock, and the resolved principal/business. */
final class Ctx {

    static final ZoneId EASTERN = ZoneId.of("US/Eastern");
    static final DateTimeFormatter ACCOUNTING_TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final DateTimeFormatter VERSION_TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    static final DateTimeFormatter PROJECT_TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    final Tx tx;
    final Clock clock;
    final URI baseUri;
    final SandboxServer.Settings settings;
    final TotalsCache totals;

    Ctx(Tx tx, Clock clock, URI baseUri, SandboxServer.Settings settings, TotalsCache totals) {
        this.tx = tx;
        this.clock = clock;
        this.baseUri = baseUri;
        this.settings = settings;
        this.totals = totals;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Today in the business's time zone. */
    LocalDate today(Biz biz) {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of(biz == null ? "America/Toronto" : biz.timezone()));
    }

    /** Accounting datetime: US/Eastern, no zone ({@code 2021-04-16 10:31:19}). */
    String eastern() {
        return ACCOUNTING_TS.format(now().atZone(EASTERN));
    }

    /** Invoice {@code version}: US/Eastern with microseconds. */
    String version() {
        return VERSION_TS.format(clock.instant().truncatedTo(ChronoUnit.MICROS).atZone(EASTERN));
    }

    /** Accounting UTC datetime, e.g. a client's {@code signup_date}. */
    String utcAccounting() {
        return ACCOUNTING_TS.format(now().atZone(ZoneOffset.UTC));
    }

    /** Projects-family datetime: ISO UTC without a zone suffix. */
    String projectTs() {
        return PROJECT_TS.format(now().atZone(ZoneOffset.UTC));
    }

    /** Time-tracking / identity datetime: ISO UTC with {@code Z}. */
    String isoZ() {
        return now().toString();
    }
}
