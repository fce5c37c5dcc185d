package dev.fbcli.cli.command;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.session.Session;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.InvoiceLine;
import dev.fbcli.nlp.intent.Money;
import dev.fbcli.nlp.parse.DateExtractor;
import dev.fbcli.nlp.parse.DurationExtractor;
import dev.fbcli.nlp.parse.MoneyExtractor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/**
 * What every structured command shares: the run's session, and parsing of the values people type
 * in flags (durations, days, amounts, invoice lines) with the same extractors the phrase parser
 * uses, so {@code --date friday} means what "on Friday" means.
 */
public abstract class Base implements Callable<Integer> {
    protected final AppContext ctx;

    protected Base(AppContext ctx) {
        this.ctx = ctx;
    }

    protected Session session() {
        return ctx.session();
    }

    /** Runs a structured intent through the same pipeline as a phrase. */
    protected int run(Intent intent) {
        session().pipeline().run(intent, false);
        return 0;
    }

    protected LocalDate today() {
        return LocalDate.now(ctx.clock().withZone(session().zone()));
    }

    protected int minutes(String flag, String value) {
        int m = DurationExtractor.parseMinutes(value);
        if (m <= 0 || m > 24 * 60) {
            throw new CliException.Usage(
                    flag + " '" + value + "' is not a duration of up to 24h (for example 3h, 1h30m, 1:30, 45m)");
        }
        return m;
    }

    protected LocalDate day(String flag, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            LocalDate d = new DateExtractor(today()).parseDay(value);
            if (d == null) {
                throw new CliException.Usage(
                        flag + " '" + value + "' is not a day (YYYY-MM-DD, today, yesterday, friday...)");
            }
            return d;
        }
    }

    protected LocalTime time(String flag, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException e) {
            throw new CliException.Usage(flag + " '" + value + "' is not a time of day (HH:MM)");
        }
    }

    protected Money money(String flag, String value, String currency) {
        if (value == null) {
            return null;
        }
        Money m = MoneyExtractor.parse(value);
        if (m == null || m.amount().signum() < 0) {
            throw new CliException.Usage(
                    flag + " '" + value + "' is not an amount (for example 45, 12.50, $1,200, 300 CAD)");
        }
        if (currency != null) {
            if (!currency.matches("[A-Za-z]{3}")) {
                throw new CliException.Usage(
                        "--currency '" + currency + "' is not an ISO 4217 code (USD, EUR, CAD...)");
            }
            return new Money(m.amount(), currency.toUpperCase(java.util.Locale.ROOT));
        }
        return m;
    }

    /** {@code Description:quantity:unit cost}, quantity and cost optional ({@code Logo::500} is 1 × 500). */
    protected InvoiceLine line(String flag, String value) {
        String[] parts = value.split(":", -1);
        if (parts.length > 3 || parts[0].isBlank()) {
            throw new CliException.Usage(
                    flag + " '" + value + "' is not 'Description:quantity:unit cost' (for example 'Consulting:8:150')");
        }
        BigDecimal qty = null;
        Money unit = null;
        try {
            if (parts.length > 1 && !parts[1].isBlank()) {
                qty = new BigDecimal(parts[1].strip());
                if (qty.signum() <= 0) {
                    throw new NumberFormatException();
                }
            }
        } catch (NumberFormatException e) {
            throw new CliException.Usage(
                    flag + " '" + value + "': the quantity '" + parts[1] + "' is not a positive number");
        }
        if (parts.length > 2 && !parts[2].isBlank()) {
            unit = money(flag, parts[2].strip(), null);
        }
        return new InvoiceLine(parts[0].strip(), qty, unit);
    }

    /** Builds an intent, turning a broken invariant into a usage error. */
    protected static <T extends Intent> T build(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new CliException.Usage(e.getMessage());
        }
    }
}
