package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.IntentType;
import dev.fbcli.nlp.intent.Money;
import dev.fbcli.nlp.intent.SlotType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request written as a record and its fields, the way an agent or a script writes one: "Edit
 * time entry 6002: new duration 3 hours, new service Development, billable true", "Create a
 * project: title Q1 Content Calendar, client Verdant Foods, budget hours 30", "List invoices:
 * status unpaid, minimum amount 1000.00 USD". Each field named by the frame contract's own slot
 * name (spaces for underscores, a few common aliases) sets that slot with its value read as the
 * slot's type; the contract's names are plainer than any sentence, so they replace what the
 * grammar guessed there. "Edit/update/amend RECORD N:" also says which change it is. Only a phrase
 * with two such fields or more is read this way.
 */
final class AgentFields {
    private AgentFields() {}

    /** How sure a change is whose header names the record and whose every part is a named field. */
    private static final double HEADED = 0.9;

    /** The record a change header names → the change's intent and the slot that names the record. */
    private static final Map<String, String[]> CHANGES = Map.of(
            "time entry", new String[] {"time.edit", "entry"},
            "entry", new String[] {"time.edit", "entry"},
            "expense", new String[] {"expense.edit", "expense"},
            "project", new String[] {"project.edit", "project"},
            "client", new String[] {"client.update", "client"});

    /** "Edit time entry 6002: …": the change and the record it is about. */
    private static final Pattern EDIT_HEADER = Pattern.compile(
            "(?i)^(?:please\\s)?(?:edit|update|change|amend|modify)\\s(?:the\\s)?(time entry|entry|expense|project|client)\\s(?:id\\s?[=:]?\\s?)?(#?[\\p{L}0-9-]+(?: [\\p{L}0-9&'.-]+){0,3}?)\\s?(?:[:—]|->|=>)\\s*(.+)$"
                    + "|^(?:the\\s)?(time entry|entry|expense)\\s(#?\\d{1,12})\\s?(?:[:—,]|->|=>)?\\s*((?:new[ _]|set\\s).+)$");

    /** "Show report profit_loss, …", "Generate the report: …". */
    private static final Pattern REPORT_HEADER = Pattern.compile(
            "(?i)^(?:please\\s)?(?:show|run|get|generate|produce|provide|give me|pull)(?: me)? (?:the |a |an )?report\\b");

    private static final Pattern REPORT_KIND = Pattern.compile(
            "(?i)\\breport\\s?:?\\s(profit[_ -]loss|revenue|payments|aging|ageing|tax|expenses?|time)\\b");

    /** "Invoice tracked time: client …": billing the hours. */
    private static final Pattern TIME_HEADER = Pattern.compile(
            "(?i)^(?:please\\s)?(?:invoice|bill)\\s(?:the\\s)?(?:tracked|unbilled|logged|uninvoiced)\\s(?:time|hours)\\s?[:,]");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("duration", "duration_minutes"),
            Map.entry("hours", "duration_minutes"),
            Map.entry("new_duration", "new_duration_minutes"),
            Map.entry("new_hours", "new_duration_minutes"),
            Map.entry("hours_budget", "budget_hours"),
            Map.entry("budget_in_hours", "budget_hours"),
            Map.entry("minimum_amount", "min_amount"),
            Map.entry("min", "min_amount"),
            Map.entry("minimum", "min_amount"),
            Map.entry("group", "group_by"),
            Map.entry("grouped_by", "group_by"),
            Map.entry("grouping", "group_by"),
            Map.entry("invoice_date", "date"),
            Map.entry("issue_date", "date"),
            Map.entry("from", "date_from"),
            Map.entry("to", "date_to"),
            Map.entry("start_date", "date_from"),
            Map.entry("end_date", "date_to"),
            Map.entry("period_start", "date_from"),
            Map.entry("period_end", "date_to"),
            Map.entry("due", "due_date"),
            Map.entry("net", "due_in_days"),
            Map.entry("terms", "due_in_days"),
            Map.entry("payment_method", "method"),
            Map.entry("unit_rate", "rate"),
            Map.entry("hourly_rate", "rate"),
            Map.entry("price", "fixed_price"),
            Map.entry("company", "organization"),
            Map.entry("organisation", "organization"),
            Map.entry("zip", "postal_code"),
            Map.entry("zip_code", "postal_code"),
            Map.entry("postcode", "postal_code"),
            Map.entry("state", "province"),
            Map.entry("town", "city"),
            Map.entry("street_address", "street"),
            Map.entry("post_code", "postal_code"),
            Map.entry("type", "report"),
            Map.entry("report_type", "report"),
            Map.entry("new_notes", "new_note"),
            Map.entry("name", "name"),
            Map.entry("member_email", "member"),
            Map.entry("billing", "billing_method"),
            Map.entry("billing_type", "billing_method"),
            Map.entry("billed", "billing_method"),
            Map.entry("start", "start_time"),
            Map.entry("start_at", "start_time"),
            Map.entry("started_at", "start_time"),
            Map.entry("starts_at", "start_time"),
            Map.entry("began", "start_time"));

    /** One field: its name (perhaps "new …") and its value, up to the next comma or semicolon. */
    private static final Pattern PAIR = Pattern.compile(
            "(?i)^(?:and\\s)?((?:new[\\s_])?[a-z][a-z_ ]{1,24}?)\\s*(?::|=|\\sto\\s|\\sis\\s|\\s)\\s*(.+)$");

    static Frame apply(Frame f) {
        String in = f.input() == null ? "" : f.input().strip();
        if (in.indexOf(',') < 0
                && in.indexOf(';') < 0
                && in.indexOf(':') < 0
                && !EDIT_HEADER.matcher(in).matches()) {
            return f; // fields are listed: one alone is the grammar's to read
        }
        IntentType type = f.type();
        Map<String, Object> slots = new LinkedHashMap<>(f.slots());
        boolean override = false;
        String tail = in;
        boolean report = false;
        Matcher h = EDIT_HEADER.matcher(in);
        boolean header = h.matches();
        String record = null; // the slot that names the record a header is about
        if (header) {
            int g = h.group(1) != null ? 0 : 3; // "expense 7002 -> new amount …": the verb-less form
            String noun = h.group(1 + g).toLowerCase(Locale.ROOT);
            String[] change = CHANGES.get(noun);
            IntentType said = IntentType.fromWire(change[0]);
            String ref = change[1];
            record = ref;
            if (said != type) {
                override = true;
                type = said;
            }
            slots.put(
                    ref,
                    h.group(2 + g)
                            .replaceFirst("^#", "")
                            .replaceFirst(
                                    "(?i)(?:'s?|’s?)?\\s+(?:address|details|info|information|contact|record|profile)$",
                                    "")
                            .strip());
            for (dev.fbcli.nlp.intent.Correction c : f.corrections()) {
                if (slots.get(ref) instanceof String typed && c.from().equalsIgnoreCase(typed)) {
                    slots.put(ref, c.to()); // "update client Globx: …": the name as the account spells it
                }
            }
            tail = h.group(3 + g);
        } else if ((report = REPORT_HEADER.matcher(in).lookingAt())
                || TIME_HEADER.matcher(in).lookingAt()) {
            IntentType said = IntentType.fromWire(report ? "report.show" : "invoice.from_time");
            if (said != type) {
                override = true;
                type = said;
                slots.clear();
            }
            Matcher r = REPORT_KIND.matcher(in);
            if (report && r.find()) {
                slots.put(
                        "report",
                        r.group(1).toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
            }
            int colon = in.indexOf(':');
            int comma = in.indexOf(',');
            int cut = colon > 0 ? colon : comma;
            tail = cut > 0 ? in.substring(cut + 1) : "";
        } else if (f.isUnknown() || type == null) {
            return f;
        } else {
            int colon = in.indexOf(':');
            if (colon > 0 && colon < 60) {
                tail = in.substring(colon + 1);
            }
        }
        int read = 0;
        Map<String, Object> fields = new LinkedHashMap<>();
        List<String> parts = split(tail);
        for (String part : parts) {
            String[] kv =
                    field(type, part.strip().replaceFirst("[.!]$", "").replaceFirst("(?i)^set\\s+(?=new[\\s_])", ""));
            if (kv == null) {
                continue;
            }
            String slot = kv[0];
            if (header && !slot.startsWith("new_") && type.slots().containsKey("new_" + slot)) {
                // "Amend expense 7005: category Travel": after the header, every field is a change
                slot = "new_" + slot;
            }
            IntentType.Slot def = type.slots().get(slot);
            if (def == null) {
                continue;
            }
            SlotType st = def.type();
            Object value = value(st, slot, kv[1]);
            if (value instanceof String w
                    && st == SlotType.WORD
                    && !def.words().isEmpty()
                    && !def.words().contains(w)) {
                value = null; // "status whatever": not one of the slot's words
            }
            if (value != null) {
                fields.put(slot, value);
                read++;
            }
        }
        if (read == 0) {
            return f;
        }
        if (read < 2 && !override && !header) {
            // one field alone is the grammar's; after a header naming the record ("Edit time entry 6002: new
            // duration 2h45m") it is enough
            return f;
        }
        if (override && read < 1) {
            return f;
        }
        // a value the grammar put in another slot than the field names ("rate 125" read as a budget)
        slots.entrySet().removeIf(e -> !fields.containsKey(e.getKey()) && fields.containsValue(e.getValue()));
        if (type.wire().endsWith(".edit") || type.wire().equals("client.update")) {
            // "new vendor Dropbox": the grammar's reading of it as the record's old vendor goes
            fields.keySet().stream()
                    .filter(k -> k.startsWith("new_"))
                    .map(k -> k.substring(4))
                    .forEach(old -> slots.remove(old.equals("duration_minutes") ? "duration_minutes" : old));
        }
        slots.putAll(fields);
        // a slot the grammar filled with a field's own name ("service": "duration") is a misreading
        slots.values().removeIf(v -> v instanceof String s && FIELD_WORDS.contains(s.toLowerCase(Locale.ROOT)));
        double confidence = override ? Math.min(f.confidence(), Confidence.ACT - 0.01) : f.confidence();
        if (header && read == parts.size() && read == fields.size()) {
            // "Edit expense 7002: new amount 45.10, new vendor Uber": the record and every field named, nothing guessed
            confidence = Math.max(confidence, HEADED);
            // the grammar's reading of the fields goes: only the record and the fields stay
            String kept = record;
            slots.keySet().removeIf(k -> !fields.containsKey(k) && !k.equals(kept));
        }
        return Frame.of(in, type, slots, confidence, f.parser()).withCorrections(f.corrections());
    }

    private static final java.util.Set<String> FIELD_WORDS = java.util.Set.of(
            "duration",
            "service",
            "note",
            "notes",
            "category",
            "vendor",
            "amount",
            "date",
            "rate",
            "title",
            "status",
            "minimum",
            "budget",
            "billable",
            "new",
            "method",
            "client",
            "project");

    /**
     * The slot a field names and its value ("budget hours 30" → budget_hours, "30"): the longest
     * run of one to three words before the value that names a slot of {@code type}, or null.
     */
    private static String[] field(IntentType type, String part) {
        Matcher p = PAIR.matcher(part);
        if (!p.matches()) {
            return null;
        }
        String[] words = part.replaceFirst("(?i)^and\\s", "").split("\\s+");
        for (int k = Math.min(4, words.length - 1); k >= 1; k--) {
            String key = String.join("_", java.util.Arrays.copyOfRange(words, 0, k))
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[:=]$", "");
            String value = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length))
                    .replaceFirst("^(?::|=|to |is |at |of |as )\\s*", "")
                    .strip();
            if (key.isEmpty() || value.isEmpty()) {
                continue;
            }
            String slot = ALIASES.getOrDefault(key, key);
            if (!type.slots().containsKey(slot)
                    && type.slots().containsKey("new_" + slot)
                    && type.wire().endsWith(".edit")) {
                slot = "new_" + slot;
            }
            if (key.startsWith("new_") && !type.slots().containsKey(slot)) {
                String bare = ALIASES.getOrDefault(key.substring(4), key.substring(4));
                slot = type.slots().containsKey("new_" + bare) ? "new_" + bare : slot;
            }
            if (slot.equals("notes")
                    && !type.slots().containsKey("notes")
                    && type.slots().containsKey("note")) {
                slot = "note";
            }
            if (slot.equals("note")
                    && !type.slots().containsKey("note")
                    && type.slots().containsKey("notes")) {
                slot = "notes";
            }
            if (type.slots().containsKey(slot)) {
                // "group by service": the grouping, without the word that joins it
                return new String[] {slot, slot.equals("group_by") ? value.replaceFirst("(?i)^by\\s+", "") : value};
            }
        }
        return null;
    }

    /** The parts between commas and semicolons outside quotes. */
    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c == ','
                    && i > 0
                    && Character.isDigit(cs[i - 1])
                    && i + 3 < cs.length + 0
                    && i + 3 <= cs.length - 1
                    && Character.isDigit(cs[i + 1])
                    && Character.isDigit(cs[i + 2])
                    && Character.isDigit(cs[i + 3])) {
                cur.append(c); // "$8,500": a thousands comma, not a field's end
                continue;
            }
            if (quote != 0) {
                if (c == quote || quote == '“' && c == '”') {
                    quote = 0;
                }
                cur.append(c);
            } else if (c == '"'
                    || c == '“'
                    || c == '\'' && (cur.length() == 0 || cur.charAt(cur.length() - 1) == ' ')) {
                quote = c;
                cur.append(c);
            } else if (c == ',' || c == ';') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static final Pattern MONEY = Pattern.compile(
            "(?i)^([$€£])?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?\\s?(usd|eur|gbp|cad|aud|nzd|chf)?(?:\\s?(?:/\\s?h|/hr|per hour|an hour|hourly))?$");
    private static final Pattern LENGTH =
            Pattern.compile("(?i)^(\\d+(?:\\.\\d+)?)\\s?(h|hrs?|hours?|m|mins?|minutes?)?$");

    /** The slot an agent's field name stands for ("hours" → duration_minutes), or the name itself. */
    static java.util.Set<String> aliasNames() {
        return ALIASES.keySet();
    }

    static String alias(String key) {
        return ALIASES.getOrDefault(key, key);
    }

    /** {@code raw} read as a value of type {@code st} for {@code slot}, or null when it is not one. */
    private static final Pattern CLOCK =
            Pattern.compile("(?i)^(\\d{1,2})(?::(\\d{2}))?(?::00)?\\s?(a\\.?m\\.?|p\\.?m\\.?)?$");

    static Object value(SlotType st, String slot, String raw) {
        String v = raw.replaceFirst("^[\"“'](.*)[\"”']$", "$1").strip();
        if (v.isEmpty()) {
            return null;
        }
        switch (st) {
            case TEXT:
                return v;
            case MONEY: {
                Matcher m = MONEY.matcher(v);
                if (!m.matches()) {
                    return null;
                }
                String whole = m.group(2).replace(",", "");
                return new Money(
                        new BigDecimal(m.group(3) == null ? whole : whole + "." + m.group(3)),
                        MoneyExtractor.currency(m.group(1), m.group(4)));
            }
            case INT: {
                Matcher m = LENGTH.matcher(v);
                if (!m.matches()) {
                    // "2 hours 45 minutes", "1h20m", "an hour and a half": a length said another way
                    int minutes = slot.contains("duration") ? DurationExtractor.parseMinutes(v) : -1;
                    return minutes > 0 ? minutes : null;
                }
                BigDecimal n = new BigDecimal(m.group(1));
                if (slot.contains("duration")) {
                    boolean minutes = m.group(2) != null
                            && m.group(2).toLowerCase(Locale.ROOT).startsWith("m");
                    n = minutes ? n : n.multiply(BigDecimal.valueOf(60));
                }
                return n.signum() > 0 && n.stripTrailingZeros().scale() <= 0 ? n.intValueExact() : null;
            }
            case NUMBER: {
                Matcher m = LENGTH.matcher(v);
                if (!m.matches()) {
                    return null;
                }
                BigDecimal n = new BigDecimal(m.group(1)).stripTrailingZeros();
                return n.scale() < 0 ? n.setScale(0) : n;
            }
            case BOOL:
                return v.matches("(?i)yes|true|y|on")
                        ? Boolean.TRUE
                        : v.matches("(?i)no|false|n|off") ? Boolean.FALSE : null;
            case DATE:
                try {
                    return LocalDate.parse(v);
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            case TIME: {
                // "16:45", "09:30", "9am", "2:30 pm": a time of day
                Matcher m = CLOCK.matcher(v);
                if (!m.matches()) {
                    return null;
                }
                int h = Integer.parseInt(m.group(1));
                int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                String half = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT);
                if (half != null && (h < 1 || h > 12) || h > 23 || min > 59 || half == null && m.group(2) == null) {
                    return null;
                }
                if (half != null) {
                    h = h % 12 + (half.startsWith("p") ? 12 : 0);
                }
                return java.time.LocalTime.of(h, min);
            }
            case WORD:
                return v.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            case CURRENCY:
                return v.matches("[A-Za-z]{3}") ? v.toUpperCase(Locale.ROOT) : null;
            default:
                return null;
        }
    }
}
