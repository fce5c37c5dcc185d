package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money: {@code $1,200}, {@code €2,000}, {@code 45 euros}, {@code 300 CAD},
 * {@code USD 40}, {@code 1 200 €}, {@code 1.2k}, {@code $2.5k}, {@code 60 dollars}, and a rate
 * suffix ({@code $120/hour}, {@code $95 an hour}, {@code $80 per hour}). A bare {@code $} or
 * "dollars" gives no currency (the account's applies); {@code €}, {@code £}, ISO codes and
 * "US dollars" / "Canadian dollars" give one. A bare number is not money.
 *
 * <p>All patterns use bounded, non-nested quantifiers: matching is linear in the input.
 */
public final class MoneyExtractor {

    /** A money mention; {@code perHour} when a rate suffix followed it. */
    public record MoneyMention(Money money, boolean perHour, boolean perDay) {
        public MoneyMention(Money money, boolean perHour) {
            this(money, perHour, false);
        }

        /** A rate: per hour or per day. */
        public boolean rate() {
            return perHour || perDay;
        }
    }

    private static final String AMOUNT = "(\\d{1,3}(?:,\\d{3}){1,4}(?:\\.\\d{1,2})?|\\d{1,12}(?:\\.\\d{1,4})?)";
    private static final String SPACED = "(\\d{1,3}(?: \\d{3}){1,4}(?:[.,]\\d{1,2})?)";
    private static final String RATE =
            "(\\s{0,3}(?:/\\s?(?:h|hr|hour)\\b|(?:per|each|every)\\s(?:hour|hr|h)\\b|an\\s(?:hour|hr)\\b|a\\shour\\b|hourly\\b|each\\shour\\b"
                    + "|/\\s?(?:d|day)\\b|per\\sday\\b|a\\sday\\b|daily\\b))?";
    private static final String CODES = "usd|eur|cad|gbp|aud|nzd|chf|jpy|inr|mxn|sek|nok|dkk|sgd|hkd|zar|brl";
    private static final String SUFFIX_WORDS = "us dollars|u\\.s\\. dollars|american dollars|canadian dollars|"
            + "australian dollars|british pounds|pounds sterling|euros|euro|dollars|dollar|bucks|pounds|pound|quid|"
            + CODES;

    private static final Pattern PREFIX =
            Pattern.compile("(?<![\\w.,])(us\\$|ca?\\$|au?\\$|\\$|€|£|¥)\\s?" + AMOUNT + "(k\\b)?" + RATE);
    private static final Pattern PREFIX_CODE =
            Pattern.compile("(?<![\\w.,])(" + CODES + ")\\s?\\$?" + AMOUNT + "(k\\b)?" + RATE);
    private static final Pattern SUFFIX =
            Pattern.compile("(?<![\\w.,$])" + AMOUNT + "(k)?\\s?(€|£|\\$|(?:" + SUFFIX_WORDS + ")\\b)" + RATE);
    private static final Pattern SUFFIX_SPACED =
            Pattern.compile("(?<![\\w.,$])" + SPACED + "\\s?(€|£|(?:" + SUFFIX_WORDS + ")\\b)" + RATE);
    private static final Pattern BARE_K = Pattern.compile("(?<![\\w.,$])(\\d{1,6}(?:\\.\\d{1,3})?)k\\b" + RATE);

    /** No sign, but a thousands comma ("3,600") or cents ("9.75"): an amount, not a count. */
    private static final Pattern BARE =
            Pattern.compile("(?<![\\w.,$/:#-])(\\d{1,3}(?:,\\d{3}){1,4}(?:\\.\\d{1,2})?|\\d{1,7}\\.\\d{2})"
                    + "(?![\\w/:]|[.,]\\d|\\s?(?:h|hrs?|hours?|m|mins?|minutes?|days?|weeks?|%|am|pm|a\\.m|p\\.m)\\b)"
                    + RATE);
    /** No sign, but a rate suffix: "110/hr", "95 per hour", "900/day", "1,200/day". */
    private static final Pattern BARE_RATE = Pattern.compile(
            "(?<![\\w.,$/:#-])(\\d{1,3}(?:,\\d{3}){1,4}(?:\\.\\d{1,2})?|\\d{1,7}(?:\\.\\d{1,2})?)(\\s{0,3}(?:/\\s?(?:h|hr|hour)\\b"
                    + "|per\\s(?:hour|hr)\\b|an\\shour\\b|/\\s?(?:d|day)\\b|per\\sday\\b|a\\sday\\b))");

    private static final Map<String, String> CURRENCY = Map.ofEntries(
            Map.entry("$", ""),
            Map.entry("dollars", ""),
            Map.entry("dollar", ""),
            Map.entry("bucks", ""),
            Map.entry("us$", "USD"),
            Map.entry("us dollars", "USD"),
            Map.entry("u.s. dollars", "USD"),
            Map.entry("american dollars", "USD"),
            Map.entry("c$", "CAD"),
            Map.entry("ca$", "CAD"),
            Map.entry("canadian dollars", "CAD"),
            Map.entry("a$", "AUD"),
            Map.entry("au$", "AUD"),
            Map.entry("australian dollars", "AUD"),
            Map.entry("€", "EUR"),
            Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"),
            Map.entry("£", "GBP"),
            Map.entry("pound", "GBP"),
            Map.entry("pounds", "GBP"),
            Map.entry("quid", "GBP"),
            Map.entry("british pounds", "GBP"),
            Map.entry("pounds sterling", "GBP"),
            Map.entry("¥", "JPY"));

    private MoneyExtractor() {}

    /**
     * The ISO code of a currency said as an ISO {@code code} ("gbp") or, without one, a {@code
     * symbol} ("€", "£"); null for "$" and "dollars" (the account's currency) or nothing said.
     */
    static String currency(String symbol, String code) {
        if (code != null && !code.isBlank()) {
            return code.toUpperCase(Locale.ROOT);
        }
        String c = symbol == null ? null : CURRENCY.get(symbol.toLowerCase(Locale.ROOT));
        return c == null || c.isEmpty() ? null : c;
    }

    /** Every money mention in {@code text}, left to right, not overlapping. */
    public static List<Span<MoneyMention>> findAll(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        if (s.length() != text.length()) {
            s = lowerSameLength(text);
        }
        List<Span<MoneyMention>> found = new ArrayList<>();
        collect(found, PREFIX.matcher(s), 1, 2, 3, 0, 4);
        collect(found, PREFIX_CODE.matcher(s), 1, 2, 3, 0, 4);
        collect(found, SUFFIX.matcher(s), 3, 1, 2, 0, 4);
        collect(found, SUFFIX_SPACED.matcher(s), 2, 1, 0, 0, 3);
        collect(found, BARE_K.matcher(s), 0, 1, 0, 1, 2);
        collect(found, BARE.matcher(s), 0, 1, 0, 0, 2);
        collect(found, BARE_RATE.matcher(s), 0, 1, 0, 0, 2);
        return Span.leftmostLongest(found);
    }

    /** The whole of {@code text} as money ({@code "$1,200"}, {@code "45 EUR"}, {@code "1.2k"}), or null. */
    public static Money parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.matches("\\d{1,12}(?:\\.\\d{1,4})?")) {
            return new Money(new BigDecimal(t), null);
        }
        List<Span<MoneyMention>> all = findAll(t);
        if (all.size() == 1 && all.get(0).start() == 0 && all.get(0).end() == t.length()) {
            return all.get(0).value().money();
        }
        return null;
    }

    /**
     * @param cur group of the currency (0 none), amt group of the amount, k group of a "k" suffix
     *     (0 none), alwaysK 1 when the pattern itself means thousands, rate group of the rate suffix
     */
    private static void collect(
            List<Span<MoneyMention>> out, Matcher m, int cur, int amt, int k, int alwaysK, int rate) {
        while (m.find()) {
            String a = m.group(amt).replace(",", "").replace(" ", "");
            if (m.group(amt).matches("\\d{1,3}(?: \\d{3})+,\\d{1,2}")) {
                a = m.group(amt).replace(" ", "").replace(',', '.');
            }
            BigDecimal value;
            try {
                value = new BigDecimal(a);
            } catch (NumberFormatException e) {
                continue;
            }
            if (alwaysK == 1 || (k > 0 && m.group(k) != null)) {
                value = value.multiply(BigDecimal.valueOf(1000));
            }
            String currency = null;
            if (cur > 0) {
                String c = m.group(cur);
                currency = CURRENCY.containsKey(c) ? CURRENCY.get(c) : c.toUpperCase(Locale.ROOT);
                if (currency.isEmpty()) {
                    currency = null;
                }
            }
            String per = m.group(rate);
            boolean perDay = per != null && (per.contains("d") && !per.contains("h"));
            boolean perHour = per != null && !perDay;
            int end = per != null ? m.end(rate) : m.end();
            if (per == null) {
                // don't swallow trailing spaces of an optional group
                end = m.end();
                while (end > m.start() && Character.isWhitespace(m.group().charAt(end - m.start() - 1))) {
                    end--;
                }
            }
            try {
                out.add(new Span<>(m.start(), end, new MoneyMention(new Money(value, currency), perHour, perDay)));
            } catch (IllegalArgumentException tooLarge) {
                // not a plausible amount: leave it as text
            }
        }
    }

    /** Lower case char by char, so offsets stay those of the original text. */
    static String lowerSameLength(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }
}
