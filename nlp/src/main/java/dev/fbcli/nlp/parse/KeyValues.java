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

    /** A field's name and a value in capitals, unquoted: {@code service Design}, {@code first name Sol}. */
    private static final Pattern CAPITALISED = Pattern.compile(
            "(?i:\\b(first name|last name|service|category|vendor|project|client|method|organization))\\s*[:=]?\\s*"
                    + "(\\p{Lu}[\\p{L}0-9&'./-]*(?: (?:\\p{Lu}|[0-9&])[\\p{L}0-9&'./-]*){0,4})(?=\\s*(?:[,;.]|$))");

    /** A field's name, a colon and a value in any case: {@code service: consulting}, {@code category: meals}. */
    private static final Pattern LABELLED =
            Pattern.compile("(?i)\\b(service|category|vendor|merchant|method|payment method)\\s*:\\s*"
                    + "(\\p{L}[\\p{L}0-9&'/ -]{0,40}?)(?=\\s*(?:[,;.]|$))");

    /** Address fields named with their values, as an agent writes them: {@code city Malibu}, {@code postal code 90265}. */
    private static final Pattern ADDRESS_FIELD = Pattern.compile(
            "(?i)\\b(street(?: address)?|city|province|state|postal code|postcode|zip(?: code)?|country)"
                    + "\\s*[:=]?\\s*(?!(?:to|is|of|for)\\b)([\\p{L}0-9][\\p{L}0-9 .'#/-]{0,40}?)(?=\\s*(?:[,;]|\\.?$|\\.\\s))");

    /** Not a field's own name where a city or a country goes (", city Malibu" is a field, not a city). */
    private static final String NOT_FIELD =
            "(?!(?:city|province|state|postal|zip|postcode|country|street|email|phone|contact|note|client|project)\\b)";

    /** A street address: a number, words, a street word; then perhaps ", City". */
    private static final Pattern STREET =
            Pattern.compile("(?i)(?<![\\w$.])(\\d{1,6}[a-z]? (?:[\\p{L}.'-]+ ){0,4}?(?:street|st|avenue|ave|road|rd"
                    + "|boulevard|blvd|lane|ln|way|drive|dr|court|ct|place|pl|terrace|crescent|cres|parkway|pkwy|highway|hwy|square|sq|plaza|point)\\.?"
                    + "(?: (?:n|s|e|w|ne|nw|se|sw|north|south|east|west)\\b)?(?:,? (?:suite|ste|unit|apt|#) ?\\w+)?)(?:,? ?"
                    + NOT_FIELD + "(\\p{L}[\\p{L}.' -]{1,30}?))?"
                    + "(?:,? ((?-i:[A-Z]{2}))(?:,? ((?-i:[A-Z]\\d[A-Z] ?\\d[A-Z]\\d)|\\d{5}(?:-\\d{4})?))?)?(?:, ?"
                    + NOT_FIELD + "(\\p{L}[\\p{L} ]{2,30}?))?"
                    + "(?=\\s*(?:[,.;]|$))");

    /** "note: …" to the end of the phrase. */
    private static final Pattern NOTE_TO_END = Pattern.compile(
            "(?i)(?:\\b(?:notes?|memo)\\s?:|\\ba note (?:to|on|for) [^:]{1,60}:)\\s?(\\S.*?)\\s*[.!]?$");

    private static final Pattern START_TIME =
            Pattern.compile("(?i)\\bstart(?:ing)? (?:time|at)\\s*[:=]?\\s*(\\d{1,2}):(\\d{2})\\b");

    private static final Pattern AMOUNT = Pattern.compile(
            "(?i)\\bamount\\s*(?:[:=]|of|is)?\\s*([$€£]?)\\s?(\\d{1,9}(?:,\\d{3})*(?:\\.\\d{1,2})?)\\b(?:\\s?(usd|eur|gbp|cad|aud|nzd|chf|jpy|inr|mxn)\\b)?");

    private static final Pattern CURRENCY = Pattern.compile("(?i)\\bcurrency\\s*(?:[:=]|is)?\\s*([A-Za-z]{3})\\b");

    private static final Pattern DATE =
            Pattern.compile("(?i)\\b(?<!due )date[d]?\\s*(?:[:=]|is|on)?\\s*(\\d{4}-\\d{2}-\\d{2})\\b");

    private static final Pattern DUE_DATE =
            Pattern.compile("(?i)\\bdue(?: date| on| by)?\\s*(?:[:=]|is)?\\s*(\\d{4}-\\d{2}-\\d{2})\\b");

    /** True when most words start with a capital ("Client Info For Pinewood Bakery"): capitals mark no values. */
    private static boolean titleCase(String in) {
        String[] words = in.strip().split("\\s+");
        int caps = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                caps++;
            }
        }
        return words.length >= 3 && caps * 5 >= words.length * 4;
    }

    private static int count(String in, String key) {
        Matcher m = Pattern.compile("(?i)\\b" + Pattern.quote(key) + "\\b").matcher(in);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

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

    /** Reads a street address and the address fields named in {@code in} into {@code slots}; true when one changed. */
    private static boolean address(String in, Map<String, Object> slots) {
        boolean changed = false;
        Matcher st = STREET.matcher(in);
        if (st.find()) {
            String street = st.group(1).strip();
            if (!street.equals(slots.get("street"))) {
                slots.values()
                        .removeIf(v -> v instanceof String s
                                && (s.equals(street)
                                        || (street.startsWith(s) || s.startsWith(street)) && s.matches("\\d.*")));
                slots.put("street", street);
                changed = true;
            }
            String[] more = {"city", "province", "postal_code", "country"};
            for (int g = 2; g <= 5; g++) {
                if (st.group(g) != null && !slots.containsKey(more[g - 2])) {
                    slots.put(more[g - 2], st.group(g).strip());
                    changed = true;
                }
            }
        }
        Matcher f = ADDRESS_FIELD.matcher(in);
        while (f.find()) {
            String key = f.group(1).toLowerCase(Locale.ROOT);
            String slot = key.startsWith("street")
                    ? "street"
                    : key.equals("state")
                            ? "province"
                            : key.startsWith("post") || key.startsWith("zip") ? "postal_code" : key;
            String value = f.group(2).strip();
            if (!value.isEmpty() && !value.equals(slots.get(slot))) {
                slots.values().removeIf(v -> v instanceof String s && s.equals(value));
                slots.put(slot, value);
                changed = true;
            }
        }
        return changed;
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
        boolean street = false;
        if (type.slots().containsKey("street")) {
            street = address(in, slots);
            changed |= street;
        }
        Matcher noted = NOTE_TO_END.matcher(in);
        if (noted.find()) {
            String slot =
                    type.slots().containsKey("note") ? "note" : type.slots().containsKey("notes") ? "notes" : null;
            String value = noted.group(1).strip().replaceFirst("^[\"'“](.*)[\"'”]$", "$1");
            if (slot != null && !slots.containsKey(slot) && !value.isEmpty()) {
                slots.put(slot, value); // "update client X, note: invoices must quote PO 4471"
                changed = true;
            }
        }
        Matcher lab = LABELLED.matcher(in);
        while (lab.find()) {
            String slot = slotFor(lab.group(1), type);
            String value = lab.group(2).strip();
            if (slot != null
                    && type.slots().containsKey(slot)
                    && !value.isEmpty()
                    && !value.equalsIgnoreCase(String.valueOf(slots.get(slot)))) {
                slots.put(slot, value);
                changed = true;
            }
        }
        Matcher cap = CAPITALISED.matcher(titleCase(in) || !in.matches("(?s).*[,:;].*") ? "" : in);
        while (cap.find()) {
            String key = cap.group(1).toLowerCase(Locale.ROOT).replace(' ', '_');
            if (count(in, cap.group(1)) > 1) {
                continue; // "from client Halvorsen to client Northwind": two of them, not a field
            }
            if ((key.equals("client") || key.equals("project"))
                    && (slots.containsKey("client") || slots.containsKey("project") || slots.containsKey("target"))) {
                continue; // the grammar read who it is for already
            }
            String slot =
                    switch (key) {
                        case "client", "project" -> type.slots().containsKey(key) ? key : "target";
                        default -> key;
                    };
            String value = cap.group(2).strip();
            if (type.slots().containsKey(slot) && !value.equals(slots.get(slot))) {
                if (slot.equals("client") || slot.equals("project") || slot.equals("target")) {
                    slots.remove("target");
                }
                slots.put(slot, value);
                changed = true;
                if (slots.get("note") instanceof String note && value.contains("/") && value.endsWith(note)) {
                    slots.remove("note"); // "category Hotel/Lodging": the grammar cut the name at its slash
                }
            }
        }
        Matcher st = START_TIME.matcher(in);
        if (st.find() && type.slots().containsKey("start_time")) {
            int h = Integer.parseInt(st.group(1));
            int mi = Integer.parseInt(st.group(2));
            if (h < 24 && mi < 60) {
                java.time.LocalTime t = java.time.LocalTime.of(h, mi);
                if (!t.equals(slots.get("start_time"))) {
                    slots.put("start_time", t);
                    changed = true;
                }
            }
        }
        if (type.slots().containsKey("amount")) {
            Matcher a = AMOUNT.matcher(in);
            if (a.find()) {
                // "$" is the account's currency, as the grammar reads it; "amount 420.00 CAD" names one
                String cur = MoneyExtractor.currency(a.group(1), a.group(3));
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
        if (type.slots().containsKey("due_date")) {
            Matcher d = DUE_DATE.matcher(in);
            if (d.find()) {
                try {
                    LocalDate day = LocalDate.parse(d.group(1));
                    if (!day.equals(slots.get("due_date"))) {
                        slots.put("due_date", day);
                        slots.remove("due_in_days");
                        if (day.equals(slots.get("date")) && !DATE.matcher(in).find()) {
                            slots.remove("date"); // the due day read as the invoice's own
                        }
                        changed = true;
                    }
                } catch (java.time.format.DateTimeParseException e) {
                    // an impossible date is the value guard's to refuse
                }
            }
        }
        if (slots.get("service") instanceof String sv
                && (sv.equalsIgnoreCase("project") || sv.equalsIgnoreCase("client"))
                && slots.get("target") instanceof String who
                && type.slots().containsKey(sv.toLowerCase(Locale.ROOT))) {
            // "3 hours on Apolo project": the word after the name says what the name is, not the work
            slots.remove("service");
            slots.remove("target");
            slots.put(sv.toLowerCase(Locale.ROOT), who);
            changed = true;
        }
        // a slot holding a field's own name, or a number where a name goes: the grammar misread the pairs
        for (String k : new String[] {"category", "vendor", "service", "target", "client", "project", "note"}) {
            if (slots.get(k) instanceof String v
                    && (v.equalsIgnoreCase(k)
                            || v.matches(
                                    "(?i)category|vendor|merchant|service|note|notes|client|project|amount|date|method|currency")
                            || v.matches("[\\d.,]+")
                            || v.matches("(?i)currency [A-Za-z]{3}"))) {
                slots.remove(k);
                changed = true;
            }
        }
        if (!changed) {
            return f;
        }
        Frame out = f.withSlots(slots);
        if (street
                && slots.containsKey("street")
                && (slots.containsKey("client") || slots.containsKey("organization"))
                && out.confidence() < Confidence.ACT
                && out.confidence() >= Confidence.ACT - 0.1) {
            // the words the grammar left were a street address and its city, read here: explained
            out = out.withConfidence(Confidence.ACT + 0.05, out.parser());
        }
        return out;
    }
}
