package dev.fbcli.cli.command;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.nlp.intent.InvoiceLine;
import dev.fbcli.nlp.intent.Money;
import dev.fbcli.nlp.parse.DateExtractor;
import dev.fbcli.nlp.parse.DurationExtractor;
import dev.fbcli.nlp.parse.MoneyExtractor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The values people type in flags, read by picocli type converters with the same extractors the
 * phrase parser uses ({@code --date friday} means what "on Friday" means): durations, days, times
 * of day, amounts, currency codes and invoice lines. A value that does not read is refused while
 * the command line is parsed, and {@link #problem} words it as one line that names the flag:
 * {@code --duration '4x' is not a duration of up to 24h (...)}.
 */
public final class FlagValues {
    private FlagValues() {}

    /** A value a converter refused; the flag's name and the value are put in front when it is reported. */
    public static final class Refused extends TypeConversionException {
        private static final long serialVersionUID = 1L;
        /** The part of the value to quote (the amount inside an invoice line), or null for all of it. */
        private final String shown;

        Refused(String reason) {
            this(null, reason);
        }

        Refused(String shown, String reason) {
            super(reason);
            this.shown = shown;
        }
    }

    /**
     * The usage error for a value a converter refused ({@code fb: --date 'notaday' is not a day
     * (...)}, exit 2, no hint), or null when {@code e} is another parse error.
     */
    public static CliException problem(ParameterException e) {
        if (!(e.getCause() instanceof Refused r)) {
            return null;
        }
        ArgSpec arg = e.getArgSpec();
        String flag = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
        String value = r.shown != null ? r.shown : e.getValue();
        return new CliException.Usage(flag + " '" + value + "'" + r.getMessage());
    }

    /** {@code m} in {@code currency} (a checked {@code --currency}) when one is given. */
    public static Money inCurrency(Money m, String currency) {
        return m == null || currency == null ? m : new Money(m.amount(), currency);
    }

    /** A duration of up to 24 hours, in minutes: {@code 3h}, {@code 1h30m}, {@code 1:30}, {@code 45m}. */
    public static final class Minutes implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int m = DurationExtractor.parseMinutes(value);
            if (m <= 0 || m > 24 * 60) {
                throw new Refused(" is not a duration of up to 24h (for example 3h, 1h30m, 1:30, 45m)");
            }
            return m;
        }
    }

    /** A day: {@code YYYY-MM-DD}, or as said ({@code today}, {@code yesterday}, {@code friday}) in the account's days. */
    public static final class Day implements ITypeConverter<LocalDate> {
        private final AppContext ctx;

        Day(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                LocalDate today =
                        LocalDate.now(ctx.clock().withZone(ctx.session().zone()));
                LocalDate d = new DateExtractor(today).parseDay(value);
                if (d == null) {
                    throw new Refused(" is not a day (YYYY-MM-DD, today, yesterday, friday...)");
                }
                return d;
            }
        }
    }

    /** A time of day, {@code HH:MM} ({@code 9:30} too). */
    public static final class TimeOfDay implements ITypeConverter<LocalTime> {
        @Override
        public LocalTime convert(String value) {
            try {
                return LocalTime.parse(value.length() == 4 ? "0" + value : value);
            } catch (DateTimeParseException e) {
                throw new Refused(" is not a time of day (HH:MM)");
            }
        }
    }

    /** An amount, not negative: {@code 45}, {@code 12.50}, {@code $1,200}, {@code 300 CAD}. */
    public static final class Amount implements ITypeConverter<Money> {
        @Override
        public Money convert(String value) {
            return amount(null, value);
        }
    }

    /** An ISO 4217 currency code, upper-cased: {@code eur} is {@code EUR}. */
    public static final class CurrencyCode implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.matches("[A-Za-z]{3}")) {
                throw new Refused(" is not an ISO 4217 code (USD, EUR, CAD...)");
            }
            return value.toUpperCase(Locale.ROOT);
        }
    }

    /** An invoice line, {@code Description:quantity:unit cost}; quantity and cost optional ({@code Logo::500} is 1 × 500). */
    public static final class Line implements ITypeConverter<InvoiceLine> {
        @Override
        public InvoiceLine convert(String value) {
            String[] parts = value.split(":", -1);
            if (parts.length > 3 || parts[0].isBlank()) {
                throw new Refused(" is not 'Description:quantity:unit cost' (for example 'Consulting:8:150')");
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
                throw new Refused(": the quantity '" + parts[1] + "' is not a positive number");
            }
            if (parts.length > 2 && !parts[2].isBlank()) {
                unit = amount(parts[2].strip(), parts[2].strip());
            }
            return new InvoiceLine(parts[0].strip(), qty, unit);
        }
    }

    private static Money amount(String shown, String value) {
        Money m = MoneyExtractor.parse(value);
        if (m == null || m.amount().signum() < 0) {
            throw new Refused(shown, " is not an amount (for example 45, 12.50, $1,200, 300 CAD)");
        }
        return m;
    }
}
