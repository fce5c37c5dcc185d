package dev.fbcli.nlp.intent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flat intent frame of INTENTS.md: what parsers produce, {@code fb parse --json} prints and
 * the scorer reads. A frame that exists is valid: the intent is known, every slot belongs to it
 * and has its slot type's Java type (see {@link SlotType}), {@code unknown} has no slots,
 * {@code missing} names required slots only, and {@code confidence} is within 0..1.
 *
 * <p>Slots are kept in the intent's table order, so {@link #toJson()} is stable. Two optional keys
 * (docs/intents.md): {@code reason}, only on {@code unknown}, says why in words fit to show (null:
 * none); {@code corrections} lists the words read as something else (empty: none). Both are
 * written only when present.
 */
public record Frame(
        String input,
        String intent,
        Map<String, Object> slots,
        List<String> missing,
        double confidence,
        String parser,
        String reason,
        List<Correction> corrections) {

    /** Who can produce a frame: the rules, the trained model, the retired embedding tier, an LLM. */
    public static final Set<String> PARSERS = Set.of("rules", "model", "embedding", "llm");

    /** The longest {@code reason} kept (a sentence, not a page). */
    public static final int MAX_REASON = 200;

    /** A frame with no reason and no corrections. */
    public Frame(
            String input,
            String intent,
            Map<String, Object> slots,
            List<String> missing,
            double confidence,
            String parser) {
        this(input, intent, slots, missing, confidence, parser, null, List.of());
    }

    public Frame {
        input = input == null ? "" : input;
        IntentType type = IntentType.fromWire(intent);
        if (type == null) {
            throw new IllegalArgumentException("unknown intent name: " + intent);
        }
        slots = slots == null ? Map.of() : slots;
        if (type == IntentType.UNKNOWN && !slots.isEmpty()) {
            throw new IllegalArgumentException("an unknown frame has no slots");
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (IntentType.Slot s : type.slots().values()) {
            Object v = slots.get(s.name());
            if (v != null) {
                ordered.put(s.name(), checked(type, s, v));
            }
        }
        for (Map.Entry<String, Object> e : slots.entrySet()) {
            if (!type.slots().containsKey(e.getKey())) {
                throw new IllegalArgumentException(intent + " has no slot '" + e.getKey() + "'");
            }
        }
        slots = Collections.unmodifiableMap(ordered);
        missing = missing == null ? List.of() : List.copyOf(missing);
        for (String m : missing) {
            IntentType.Slot s = type.slots().get(m);
            if (s == null || !s.required()) {
                throw new IllegalArgumentException("'" + m + "' is not a required slot of " + intent);
            }
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
        confidence = Math.round(confidence * 100.0) / 100.0;
        if (!PARSERS.contains(parser)) {
            throw new IllegalArgumentException("parser must be one of " + PARSERS + ": " + parser);
        }
        if (reason != null) {
            reason = reason.strip().replaceAll("\\s+", " ");
            if (reason.isEmpty()) {
                reason = null;
            } else if (type != IntentType.UNKNOWN) {
                throw new IllegalArgumentException("only an unknown frame has a reason");
            } else if (reason.length() > MAX_REASON) {
                reason = reason.substring(0, MAX_REASON - 3) + "...";
            }
        }
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    /** A frame whose {@code missing} is computed from the slots by the table's rules. */
    public static Frame of(String input, IntentType type, Map<String, Object> slots, double confidence, String parser) {
        return new Frame(input, type.wire(), slots, type.missing(slots == null ? Map.of() : slots), confidence, parser);
    }

    /** The {@code unknown} frame. */
    public static Frame unknown(String input, double confidence, String parser) {
        return new Frame(input, IntentType.UNKNOWN.wire(), Map.of(), List.of(), confidence, parser);
    }

    /** The {@code unknown} frame with why it was refused ("a duration cannot be negative"). */
    public static Frame unknown(String input, double confidence, String parser, String reason) {
        return new Frame(input, IntentType.UNKNOWN.wire(), Map.of(), List.of(), confidence, parser, reason, List.of());
    }

    /** This frame with {@code corrections} (the words read as something else). */
    public Frame withCorrections(List<Correction> corrections) {
        return new Frame(input, intent, slots, missing, confidence, parser, reason, corrections);
    }

    /** This frame with other {@code slots} (a step after the grammar moving or trimming what it read). */
    public Frame withSlots(Map<String, Object> slots) {
        return new Frame(input, intent, slots, missing, confidence, parser, reason, corrections);
    }

    /** This frame with the slot {@code from} called {@code to}, in the same place among the slots. */
    public Frame withSlotRenamed(String from, String to) {
        Map<String, Object> renamed = new java.util.LinkedHashMap<>();
        slots.forEach((k, v) -> renamed.put(k.equals(from) ? to : k, v));
        return withSlots(renamed);
    }

    /** This frame read as another {@code intent} with {@code slots} (the same missing, confidence and corrections). */
    public Frame withIntent(String intent, Map<String, Object> slots) {
        return new Frame(input, intent, slots, missing, confidence, parser, reason, corrections);
    }

    /** This frame with another confidence (rounded to 2 places) and parser. */
    public Frame withConfidence(double confidence, String parser) {
        return new Frame(input, intent, slots, missing, confidence, parser, reason, corrections);
    }

    public IntentType type() {
        return IntentType.fromWire(intent);
    }

    public boolean isUnknown() {
        return type() == IntentType.UNKNOWN;
    }

    /** Typed slot access: {@code frame.slot("date", LocalDate.class)}, or null when absent. */
    public <T> T slot(String name, Class<T> type) {
        Object v = slots.get(name);
        return v == null ? null : type.cast(v);
    }

    private static Object checked(IntentType type, IntentType.Slot s, Object v) {
        Class<?> want = s.type().javaType();
        if (!want.isInstance(v)) {
            throw new IllegalArgumentException(type.wire() + "." + s.name() + " must be a " + want.getSimpleName()
                    + ", not " + v.getClass().getSimpleName());
        }
        switch (s.type()) {
            case TEXT -> {
                String t = ((String) v).strip();
                if (t.isEmpty()) {
                    throw new IllegalArgumentException(type.wire() + "." + s.name() + " cannot be blank");
                }
                return t;
            }
            case WORD -> {
                if (!s.words().contains(v)) {
                    throw new IllegalArgumentException(
                            type.wire() + "." + s.name() + " must be one of " + s.words() + ": " + v);
                }
                return v;
            }
            case CURRENCY -> {
                if (!((String) v).matches("[A-Z]{3}")) {
                    throw new IllegalArgumentException("not an ISO 4217 currency code: " + v);
                }
                return v;
            }
            case INT -> {
                if ((Integer) v < 0) {
                    throw new IllegalArgumentException(type.wire() + "." + s.name() + " cannot be negative");
                }
                return v;
            }
            case NUMBER -> {
                if (((BigDecimal) v).signum() < 0) {
                    throw new IllegalArgumentException(type.wire() + "." + s.name() + " cannot be negative");
                }
                return v;
            }
            case LINES -> {
                List<?> l = (List<?>) v;
                if (l.isEmpty()) {
                    throw new IllegalArgumentException(type.wire() + ".lines cannot be empty");
                }
                for (Object o : l) {
                    if (!(o instanceof InvoiceLine)) {
                        throw new IllegalArgumentException(type.wire() + ".lines must hold invoice lines");
                    }
                }
                return List.copyOf(l);
            }
            default -> {
                return v;
            }
        }
    }

    // ---------------------------------------------------------------- JSON

    /** The frame as INTENTS.md's JSON, on one line. */
    public String toJson() {
        StringBuilder sb = new StringBuilder(160);
        sb.append("{\"input\":");
        Json.string(sb, input);
        sb.append(",\"intent\":");
        Json.string(sb, intent);
        sb.append(",\"slots\":{");
        boolean first = true;
        for (Map.Entry<String, Object> e : slots.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            Json.string(sb, e.getKey());
            sb.append(':');
            writeValue(sb, e.getValue());
        }
        sb.append("},\"missing\":[");
        for (int i = 0; i < missing.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Json.string(sb, missing.get(i));
        }
        sb.append("],\"confidence\":");
        sb.append(BigDecimal.valueOf(confidence)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString());
        sb.append(",\"parser\":");
        Json.string(sb, parser);
        if (reason != null) {
            sb.append(",\"reason\":");
            Json.string(sb, reason);
        }
        if (!corrections.isEmpty()) {
            sb.append(",\"corrections\":[");
            for (int i = 0; i < corrections.size(); i++) {
                Correction c = corrections.get(i);
                sb.append(i > 0 ? ",{\"from\":" : "{\"from\":");
                Json.string(sb, c.from());
                sb.append(",\"to\":");
                Json.string(sb, c.to());
                sb.append('}');
            }
            sb.append(']');
        }
        sb.append('}');
        return sb.toString();
    }

    private static void writeValue(StringBuilder sb, Object v) {
        if (v instanceof String s) {
            Json.string(sb, s);
        } else if (v instanceof Integer || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof BigDecimal d) {
            sb.append(plain(d));
        } else if (v instanceof Money m) {
            writeMoney(sb, m);
        } else if (v instanceof LocalDate d) {
            Json.string(sb, d.toString());
        } else if (v instanceof LocalTime t) {
            Json.string(sb, String.format("%02d:%02d", t.getHour(), t.getMinute()));
        } else if (v instanceof List<?> lines) {
            sb.append('[');
            for (int i = 0; i < lines.size(); i++) {
                InvoiceLine l = (InvoiceLine) lines.get(i);
                if (i > 0) {
                    sb.append(',');
                }
                sb.append('{');
                boolean any = false;
                if (l.description() != null) {
                    sb.append("\"description\":");
                    Json.string(sb, l.description());
                    any = true;
                }
                sb.append(any ? "," : "").append("\"quantity\":").append(plain(l.quantity()));
                if (l.unitCost() != null) {
                    sb.append(",\"unit_cost\":");
                    writeMoney(sb, l.unitCost());
                }
                sb.append('}');
            }
            sb.append(']');
        } else {
            throw new IllegalStateException("no JSON form for " + v.getClass());
        }
    }

    private static void writeMoney(StringBuilder sb, Money m) {
        sb.append("{\"amount\":");
        Json.string(sb, m.amountText());
        sb.append(",\"currency\":");
        if (m.currencyOrNull() == null) {
            sb.append("null");
        } else {
            Json.string(sb, m.currencyOrNull());
        }
        sb.append('}');
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /**
     * Reads a frame from INTENTS.md's JSON (what an LLM tier returns). Unknown keys at the top level
     * are ignored; slots are checked against the intent's table; a missing {@code missing} is
     * computed. Throws {@link IllegalArgumentException} with a specific message on anything else.
     */
    public static Frame fromJson(String json) {
        if (json == null) {
            throw new IllegalArgumentException("no JSON");
        }
        if (json.length() > 100_000) {
            throw new IllegalArgumentException("frame JSON too long");
        }
        if (!(Json.parse(json) instanceof Map<?, ?> root)) {
            throw new IllegalArgumentException("a frame is a JSON object");
        }
        String intent = str(root.get("intent"), "intent");
        IntentType type = IntentType.fromWire(intent);
        if (type == null) {
            throw new IllegalArgumentException("unknown intent name: " + intent);
        }
        Object rawInput = root.get("input");
        String input = rawInput == null ? "" : str(rawInput, "input");
        Map<String, Object> slots = new LinkedHashMap<>();
        Object rawSlots = root.get("slots");
        if (rawSlots != null) {
            if (!(rawSlots instanceof Map<?, ?> sm)) {
                throw new IllegalArgumentException("slots must be an object");
            }
            for (Map.Entry<?, ?> e : sm.entrySet()) {
                String name = (String) e.getKey();
                IntentType.Slot s = type.slots().get(name);
                if (s == null) {
                    throw new IllegalArgumentException(intent + " has no slot '" + name + "'");
                }
                if (e.getValue() != null) {
                    slots.put(name, readSlot(s, e.getValue()));
                }
            }
        }
        List<String> missing;
        Object rawMissing = root.get("missing");
        if (rawMissing == null) {
            missing = type.missing(slots);
        } else if (rawMissing instanceof List<?> ml) {
            missing = new ArrayList<>();
            for (Object o : ml) {
                missing.add(str(o, "missing[]"));
            }
        } else {
            throw new IllegalArgumentException("missing must be a list");
        }
        Object rawConf = root.get("confidence");
        double conf = rawConf == null ? 0.0 : num(rawConf, "confidence").doubleValue();
        Object rawParser = root.get("parser");
        String parser = rawParser == null ? "llm" : str(rawParser, "parser");
        Object rawReason = root.get("reason");
        String reason = rawReason == null ? null : str(rawReason, "reason");
        List<Correction> corrections = new ArrayList<>();
        Object rawCorrections = root.get("corrections");
        if (rawCorrections != null) {
            if (!(rawCorrections instanceof List<?> cl)) {
                throw new IllegalArgumentException("corrections must be a list");
            }
            for (Object o : cl) {
                if (!(o instanceof Map<?, ?> cm)) {
                    throw new IllegalArgumentException("a correction is an object with from and to");
                }
                corrections.add(
                        new Correction(str(cm.get("from"), "correction from"), str(cm.get("to"), "correction to")));
            }
        }
        return new Frame(input, intent, slots, missing, conf, parser, reason, corrections);
    }

    private static Object readSlot(IntentType.Slot s, Object v) {
        String where = "slot " + s.name();
        try {
            return switch (s.type()) {
                case TEXT, WORD, CURRENCY -> str(v, where);
                case INT -> num(v, where).intValueExact();
                case NUMBER -> num(v, where);
                case BOOL -> {
                    if (!(v instanceof Boolean b)) {
                        throw new IllegalArgumentException(where + " must be true or false");
                    }
                    yield b;
                }
                case DATE -> LocalDate.parse(str(v, where));
                case TIME -> LocalTime.parse(str(v, where));
                case MONEY -> money(v, where);
                case LINES -> {
                    if (!(v instanceof List<?> l)) {
                        throw new IllegalArgumentException(where + " must be a list");
                    }
                    List<InvoiceLine> lines = new ArrayList<>();
                    for (Object o : l) {
                        if (!(o instanceof Map<?, ?> m)) {
                            throw new IllegalArgumentException("an invoice line must be an object");
                        }
                        Object d = m.get("description");
                        Object q = m.get("quantity");
                        Object u = m.get("unit_cost");
                        lines.add(new InvoiceLine(
                                d == null ? null : str(d, "line description"),
                                q == null ? null : num(q, "line quantity"),
                                u == null ? null : money(u, "line unit_cost")));
                    }
                    yield lines;
                }
            };
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static Money money(Object v, String where) {
        if (v instanceof Map<?, ?> m) {
            Object a = m.get("amount");
            Object c = m.get("currency");
            BigDecimal amount = a instanceof String s ? parseDecimal(s, where) : num(a, where);
            return new Money(amount, c == null ? null : str(c, where + " currency"));
        }
        if (v instanceof String s) {
            return new Money(parseDecimal(s, where), null);
        }
        return new Money(num(v, where), null);
    }

    private static BigDecimal parseDecimal(String s, String where) {
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + " is not a number: " + s);
        }
    }

    private static String str(Object v, String where) {
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException(where + " must be a string");
        }
        return s;
    }

    private static BigDecimal num(Object v, String where) {
        if (!(v instanceof BigDecimal d)) {
            throw new IllegalArgumentException(where + " must be a number");
        }
        return d;
    }

    // ---------------------------------------------------------------- for people

    /** A few lines for {@code fb parse} without {@code --json}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        IntentType type = type();
        if (type == IntentType.UNKNOWN) {
            sb.append("not understood (unknown")
                    .append(reason == null ? "" : ": " + reason)
                    .append(')');
        } else {
            sb.append(type.summary()).append(" (").append(intent).append(')');
        }
        sb.append(String.format("  confidence %.2f, by %s%n", confidence, parser));
        int w = 0;
        for (String k : slots.keySet()) {
            w = Math.max(w, k.length());
        }
        for (Map.Entry<String, Object> e : slots.entrySet()) {
            sb.append(String.format("  %-" + w + "s  %s%n", e.getKey(), human(e.getKey(), e.getValue())));
        }
        if (!missing.isEmpty()) {
            sb.append("  missing: ").append(String.join(", ", missing)).append(System.lineSeparator());
        }
        for (Correction c : corrections) {
            sb.append("  ").append(c.describe()).append(System.lineSeparator());
        }
        return sb.toString();
    }

    private static String human(String key, Object v) {
        if (v instanceof Integer i && key.equals("duration_minutes")) {
            return i + " min (" + (i / 60) + "h" + (i % 60 == 0 ? "" : String.format("%02dm", i % 60)) + ")";
        }
        if (v instanceof Money m) {
            return m.amountText() + " " + (m.currencyOrNull() == null ? "(account currency)" : m.currencyOrNull());
        }
        if (v instanceof List<?> lines) {
            List<String> parts = new ArrayList<>();
            for (Object o : lines) {
                InvoiceLine l = (InvoiceLine) o;
                parts.add((l.description() == null ? "(no description)" : l.description()) + " × " + plain(l.quantity())
                        + (l.unitCost() == null ? "" : " @ " + l.unitCost().amountText()));
            }
            return String.join("; ", parts);
        }
        if (v instanceof LocalTime t) {
            return String.format("%02d:%02d", t.getHour(), t.getMinute());
        }
        return String.valueOf(v);
    }
}
