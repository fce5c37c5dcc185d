package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.InvoiceLine;
import dev.fbcli.nlp.intent.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Invoice and estimate lines given as fields, as an agent writes them: {@code one line "Support
 * retainer", quantity 1, unit cost 2400.00 USD}, {@code 1 x "Patient portal prototype" at
 * $9,500.00}, {@code line item Logo design, qty 2, unit price 400}. The grammar reads lines said as
 * work ("3h design at $140"); a description in quotes or followed by its quantity and unit cost
 * is plainer still, so when the phrase states lines this way they replace what the grammar read
 * there. The other slots stay the grammar's.
 */
final class FieldLines {
    private FieldLines() {}

    private static final String AMOUNT =
            "([$€£])?\\s?(\\d{1,3}(?:,\\d{3})+|\\d{1,9})(?:\\.(\\d{1,2}))?(?:\\s?(usd|eur|gbp|cad|aud|nzd|chf))?\\b";

    private static final String QTY = "(\\d{1,5}(?:\\.\\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten)";

    private static final String DESC = "[\"“']([^\"”]{1,120}?)[\"”']";

    private static final String COST = "(?:unit cost|unit price|price each|price|rate|cost|amount|at|@)";

    /** "Support retainer", quantity 1, unit cost 2400.00 USD (or the cost first). */
    private static final Pattern QUOTED_FIELDS =
            Pattern.compile("(?i)" + DESC + "\\s*[,;:]?\\s*(?:(?:qty|quantity)\\s*[:=]?\\s*"
                    + QTY + "\\s*[,;]?\\s*)?" + COST + "\\s*[:=]?\\s*(?:of\\s)?" + AMOUNT
                    + "(?:\\s*[,;]?\\s*(?:qty|quantity)\\s*[:=]?\\s*" + QTY + ")?");

    /** 2 x "Workshop" at $500, 1 × 'Setup' @ 90. */
    private static final Pattern TIMES = Pattern.compile(
            "(?i)(?<![\\w.$])" + QTY + "\\s?(?:x|×|\\*)\\s?" + DESC + "\\s*(?:at|@|for|,|:)?\\s*(?:each\\s)?" + AMOUNT);

    /** line item Logo design, quantity 2, unit cost 400 USD: a description without quotes, then its fields. */
    private static final Pattern NAMED_FIELDS =
            Pattern.compile("(?i)\\b(?:line item|item|line|description)\\s*[:=]?\\s*"
                    + "([\\p{L}][^,;\"]{1,80}?)\\s*[,;]\\s*(?:qty|quantity)\\s*[:=]?\\s*" + QTY + "\\s*[,;]\\s*"
                    + COST + "\\s*[:=]?\\s*" + AMOUNT);

    /** "Logo" $500, 'Business cards': 120.00: a quoted description and its price. */
    private static final Pattern QUOTED_AMOUNT =
            Pattern.compile("(?i)" + DESC + "\\s*[,:=-]?\\s*(?:at|@|for)?\\s*(?=[$€£\\d])" + AMOUNT);

    /** A field whose value is quoted text, not a line ("notes 'Valid for 30 days'"). */
    private static final Pattern FIELD_BEFORE =
            Pattern.compile("(?i)\\b(?:notes?|memo|terms|title|name|called|named|subject|message)\\s*[:=]?\\s*$");

    static Frame apply(Frame f) {
        if (!f.intent().equals("invoice.create") && !f.intent().equals("estimate.create")) {
            return f;
        }
        String in = f.input();
        List<InvoiceLine> lines = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        read(TIMES.matcher(in), 1, 2, 3, -1, lines, spans);
        read(QUOTED_FIELDS.matcher(in), 2, 1, 3, 7, lines, spans);
        read(NAMED_FIELDS.matcher(in), 2, 1, 3, -1, lines, spans);
        Matcher bare = QUOTED_AMOUNT.matcher(in);
        while (bare.find()) {
            if (!FIELD_BEFORE.matcher(in.substring(0, bare.start())).find()) {
                read(QUOTED_AMOUNT.matcher(in).region(bare.start(), bare.end()), -1, 1, 2, -1, lines, spans);
            }
        }
        if (lines.isEmpty()) {
            return f;
        }
        Map<String, Object> slots = new LinkedHashMap<>(f.slots());
        slots.put("lines", List.copyOf(lines));
        if (slots.get("total") instanceof Money total && !sameTotal(total, lines)) {
            slots.remove("total"); // a line's price the grammar took as the invoice's total
        }
        if (slots.get("notes") instanceof String notes && lines.stream().anyMatch(l -> notes.equals(l.description()))) {
            slots.remove("notes");
        }
        return f.withSlots(slots);
    }

    /**
     * Adds the lines {@code m} finds that do not overlap one found before: groups {@code q} (or
     * {@code q2}, after the cost) the quantity, {@code d} the description, {@code a} the start of
     * the amount's four groups (sign, whole, cents, code).
     */
    private static void read(Matcher m, int q, int d, int a, int q2, List<InvoiceLine> lines, List<int[]> spans) {
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (spans.stream().anyMatch(sp -> s < sp[1] && sp[0] < e)) {
                continue;
            }
            String qty = q > 0 && m.group(q) != null ? m.group(q) : q2 > 0 ? m.group(q2) : null;
            BigDecimal quantity = qty == null ? BigDecimal.ONE : number(qty);
            if (quantity == null || quantity.signum() <= 0) {
                continue;
            }
            String whole = m.group(a + 1).replace(",", "");
            BigDecimal amount = new BigDecimal(m.group(a + 2) == null ? whole : whole + "." + m.group(a + 2));
            lines.add(new InvoiceLine(
                    m.group(d).strip(),
                    quantity,
                    new Money(amount, MoneyExtractor.currency(m.group(a), m.group(a + 3)))));
            spans.add(new int[] {s, e});
        }
    }

    private static final List<String> WORDS =
            List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private static BigDecimal number(String s) {
        int w = WORDS.indexOf(s.toLowerCase(Locale.ROOT));
        return w >= 0 ? BigDecimal.valueOf(w + 1) : new BigDecimal(s);
    }

    private static boolean sameTotal(Money total, List<InvoiceLine> lines) {
        BigDecimal sum = BigDecimal.ZERO;
        for (InvoiceLine l : lines) {
            sum = sum.add(l.amount().amount());
        }
        return sum.compareTo(total.amount()) == 0;
    }
}
