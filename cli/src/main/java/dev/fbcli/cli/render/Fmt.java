package dev.fbcli.cli.render;

import dev.fbcli.freshbooks.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** How amounts, durations and dates read in plan cards and tables (pure). */
public final class Fmt {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("EEE MMM d, yyyy", Locale.ENGLISH);

    private Fmt() {}

    /** {@code 180} → {@code 3h 00m}; {@code 45} → {@code 0h 45m}. */
    public static String minutes(long minutes) {
        return String.format("%dh %02dm", minutes / 60, minutes % 60);
    }

    /**
     * A length of time kept to the second (as FreshBooks keeps it), shown by the one rounding rule
     * of docs/values.md: to the nearest minute, halves up ({@code 5430} → {@code 1h 31m}); under a
     * minute, in seconds ({@code 5} → {@code 0h 00m 05s}), so that a near-empty entry never reads
     * as a minute or as nothing.
     */
    public static String duration(long seconds) {
        if (seconds > 0 && seconds < 60) {
            return String.format("0h 00m %02ds", seconds);
        }
        return minutes((seconds + 30) / 60);
    }

    /** Seconds as hours with two decimals ({@code 5400} → {@code 1.50}). */
    public static String hours(long seconds) {
        return BigDecimal.valueOf(seconds)
                .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** {@code 1200.5, USD} → {@code $1,200.50}; other currencies keep their code ({@code 2,000.00 EUR}). */
    public static String money(BigDecimal amount, String code) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        String n = f.format(amount.setScale(2, RoundingMode.HALF_UP));
        if (code == null || code.isBlank()) {
            return n;
        }
        if (code.equals("USD") || code.equals("CAD") || code.equals("AUD")) {
            String sign = n.startsWith("-") ? "-" : "";
            return sign + "$" + n.replace("-", "") + (code.equals("USD") ? "" : " " + code);
        }
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            // not an ISO code: show it as it came
        }
        return n + " " + code;
    }

    /** A FreshBooks amount with its currency; "" for none. */
    public static String money(Money m) {
        return m == null ? "" : money(m.amount(), m.code());
    }

    /** A plain decimal with two places, as FreshBooks writes amounts. */
    public static String amount(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code Tue Nov 24}, with the year when it is not {@code today}'s. */
    public static String day(LocalDate d, LocalDate today) {
        return d.getYear() == today.getYear() ? DAY.format(d) : DAY_YEAR.format(d);
    }

    /** A duration in the structured commands' form: {@code 3h}, {@code 1h30m}, {@code 45m}. */
    public static String durationFlag(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        return h == 0 ? m + "m" : m == 0 ? h + "h" : h + "h" + m + "m";
    }

    /** A count with its unit, plural unless it is exactly one: {@code 1 day}, {@code 0 days}, {@code 3 days}. */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** A quantity with its unit, plural unless it is exactly one: {@code 1 hour}, {@code 1.5 hours}. */
    public static String count(BigDecimal n, String one, String many) {
        return qty(n) + " " + (n.compareTo(BigDecimal.ONE) == 0 ? one : many);
    }

    /** Quantities without trailing zeros: {@code 8}, {@code 1.5}. */
    public static String qty(BigDecimal q) {
        return q.stripTrailingZeros().toPlainString();
    }
}
