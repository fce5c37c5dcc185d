package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.IntentType;
import dev.fbcli.nlp.intent.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fields named with their values, as an agent or a script writes a request: {@code category
 * "Software"}, {@code vendor: "JetBrains"}, {@code amount 89.00}, {@code currency CAD}, {@code date
 * 2026-11-02}, {@code method "Bank Transfer"}, {@code phone "+1 555 0100"}. The grammar reads
 * sentences; a field's name said before its value is plainer still, so each one the phrase states
 * sets the slot it names when the intent has that slot, replacing what the grammar guessed there.
 * A slot the grammar filled with a field's own name ("category": "category") is a misreading and is
 * dropped.
 */
final class KeyValues {
    private KeyValues() {}

    /** A field's name, an optional ':' '=' or 'is', and its quoted value. */
    private static final Pattern QUOTED = Pattern.compile(
            "(?i)\\b(category|vendor|merchant|service|method|payment method|phone|email|note|notes|description|memo"
                    + "|organization|company|title|name|receipt|city|country|street|address)\\s*(?:[:=]|is)?\\s*"
                    + "(?:\"([^\"]{1,200})\"|'([^']{1,200})')");

    private static final Pattern AMOUNT = Pattern.compile(
            "(?i)\\bamount\\s*(?:[:=]|of|is)?\\s*([$€£]?)\\s?(\\d{1,9}(?:,\\d{3})*(?:\\.\\d{1,2})?)\\b(?:\\s?(usd|eur|gbp|cad|aud|nzd|chf|jpy|inr|mxn)\\b)?");

    private static final Pattern CURRENCY = Pattern.compile("(?i)\\bcurrency\\s*(?:[:=]|is)?\\s*([A-Za-z]{3})\\b");

    private static final Pattern DATE =
            Pattern.compile("(?i)\\b(?<!due )date[d]?\\s*(?:[:=]|is|on)?\\s*(\\d{4}-\\d{2}-\\d{2})\\b");

    /** What a field's name is called in the frame, per intent family. */
    private static String slotFor(String key, IntentType type) {
        String k = key.toLowerCase(Locale.ROOT);
        return switch (k) {
            case "merchant" -> "vendor";
            case "payment method" -> "method";
            case "notes", "description", "memo" -> type == IntentType.INVOICE_CREATE ? null : "note";
            case "company" -> "organization";
            case "address" -> "street";
            default -> k;
        };
    }

    static Frame apply(Frame f) {
        if (f.isUnknown()) {
            return f;
        }
        IntentType type = f.type();
        if (type == null) {
            return f;
        }
        String in = f.input();
        Map<String, Object> slots = new LinkedHashMap<>(f.slots());
        boolean changed = false;
        Matcher m = QUOTED.matcher(in);
        while (m.find()) {
            String slot = slotFor(m.group(1), type);
            String value = (m.group(2) != null ? m.group(2) : m.group(3)).strip();
            if (slot != null && type.slots().containsKey(slot) && !value.isEmpty() && !value.equals(slots.get(slot))) {
                slots.put(slot, value);
                changed = true;
            }
        }
        if (type.slots().containsKey("amount")) {
            Matcher a = AMOUNT.matcher(in);
            if (a.find()) {
                String cur =
                        switch (a.group(1)) {
                            case "$" -> null; // as the grammar reads "$": the account's currency
                            case "€" -> "EUR";
                            case "£" -> "GBP";
                            default -> null;
                        };
                if (a.group(3) != null) {
                    cur = a.group(3).toUpperCase(Locale.ROOT); // "amount 420.00 CAD"
                }
                Matcher c = CURRENCY.matcher(in);
                if (c.find()) {
                    cur = c.group(1).toUpperCase(Locale.ROOT);
                }
                Money money = new Money(new BigDecimal(a.group(2).replace(",", "")), cur);
                if (!money.equals(slots.get("amount"))) {
                    slots.put("amount", money);
                    changed = true;
                }
            }
        }
        if (type.slots().containsKey("date")) {
            Matcher d = DATE.matcher(in);
            if (d.find()) {
                try {
                    LocalDate day = LocalDate.parse(d.group(1));
                    if (!day.equals(slots.get("date"))) {
                        slots.put("date", day);
                        changed = true;
                    }
                } catch (java.time.format.DateTimeParseException e) {
                    // an impossible date is the value guard's to refuse
                }
            }
        }
        // a slot holding a field's own name, or a number where a name goes: the grammar misread the pairs
        for (String k : new String[] {"category", "vendor", "service", "target", "client", "project", "note"}) {
            if (slots.get(k) instanceof String v
                    && (v.equalsIgnoreCase(k) || v.matches("[\\d.,]+") || v.matches("(?i)currency [A-Za-z]{3}"))) {
                slots.remove(k);
                changed = true;
            }
        }
        return changed ? f.withSlots(slots) : f;
    }
}
