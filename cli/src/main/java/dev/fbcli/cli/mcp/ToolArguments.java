package dev.fbcli.cli.mcp;

import dev.fbcli.cli.CliException;
import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.IntentType;
import dev.fbcli.nlp.intent.InvoiceLine;
import dev.fbcli.nlp.intent.Money;
import dev.fbcli.nlp.parse.IntentMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A tool call's arguments to the typed {@link Intent}, through the same frame and
 * {@link IntentMapper} as a phrase: each argument is checked against its slot's type (a bad value
 * is a usage error naming the argument), missing required slots are reported with the table's
 * rules, and a {@code date} the record needs defaults to today, as the parser's does.
 */
final class ToolArguments {
    private ToolArguments() {}

    /** The slots of {@code type} from {@code args} (the tool's own keys, such as {@code plan_id}, excluded). */
    static Map<String, Object> slots(String tool, IntentType type, Map<String, Object> args, Set<String> own) {
        Map<String, Object> slots = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : args.entrySet()) {
            String name = e.getKey();
            if (own.contains(name) || e.getValue() == null) {
                continue;
            }
            IntentType.Slot slot = type.slots().get(name);
            if (slot == null) {
                throw new CliException.Usage(
                        tool + " has no argument '" + name + "'",
                        "its arguments are: " + String.join(", ", type.slots().keySet()));
            }
            slots.put(name, value(tool, slot, e.getValue()));
        }
        return slots;
    }

    /** The intent of a tool call; {@code today} is the business' day. */
    static Intent intent(String tool, IntentType type, Map<String, Object> slots, LocalDate today) {
        Intent i = IntentMapper.toIntent(frame(type, slots));
        if (i instanceof Intent.Unsupported
                && type.slots().containsKey("date")
                && !slots.containsKey("date")
                && !type.slots().get("date").required()) {
            Map<String, Object> dated = new LinkedHashMap<>(slots);
            dated.put("date", today); // time.log and expense.create always have a day: today unless said
            Intent withDay = IntentMapper.toIntent(frame(type, dated));
            if (!(withDay instanceof Intent.Unsupported)) {
                i = withDay;
            }
        }
        if (i instanceof Intent.Clarify c) {
            throw new CliException.Usage(
                    tool + " needs " + String.join(" and ", c.missing()),
                    "it takes: "
                            + String.join(
                                    "; ", ToolCatalog.requirementRules(type, ToolCatalog.strictlyRequired(type))));
        }
        if (i instanceof Intent.Unsupported u) {
            throw new CliException.Usage(tool + ": " + u.reason());
        }
        return i;
    }

    /** A frame made from arguments (the parser name is a frame's required metadata; no phrase was read). */
    private static Frame frame(IntentType type, Map<String, Object> slots) {
        try {
            return Frame.of("", type, slots, 1.0, "rules");
        } catch (IllegalArgumentException e) {
            throw new CliException.Usage(e.getMessage());
        }
    }

    static Object value(String tool, IntentType.Slot slot, Object v) {
        String where = tool + "." + slot.name();
        switch (slot.type()) {
            case TEXT: {
                String s = text(where, v);
                return s;
            }
            case WORD: {
                String s = text(where, v).toLowerCase(Locale.ROOT);
                if (!slot.words().contains(s)) {
                    throw new CliException.Usage(where + " must be one of "
                            + String.join(", ", new java.util.TreeSet<>(slot.words())) + ", not '" + s + "'");
                }
                return s;
            }
            case CURRENCY: {
                String s = text(where, v).toUpperCase(Locale.ROOT);
                if (!s.matches("[A-Z]{3}")) {
                    throw new CliException.Usage(where + " must be an ISO 4217 code such as USD, not '" + s + "'");
                }
                return s;
            }
            case INT: {
                if (!(v instanceof Number n)
                        || new BigDecimal(n.toString()).stripTrailingZeros().scale() > 0) {
                    throw new CliException.Usage(where + " must be a whole number, not " + show(v));
                }
                long l = n.longValue();
                if (l < 0 || l > Integer.MAX_VALUE) {
                    throw new CliException.Usage(where + " must be 0 or more, not " + l);
                }
                return (int) l;
            }
            case NUMBER: {
                BigDecimal d = decimal(where, v);
                if (d.signum() < 0) {
                    throw new CliException.Usage(where + " cannot be negative");
                }
                return d;
            }
            case BOOL: {
                if (!(v instanceof Boolean b)) {
                    throw new CliException.Usage(where + " must be true or false, not " + show(v));
                }
                return b;
            }
            case DATE: {
                String s = text(where, v);
                try {
                    return LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    throw new CliException.Usage(where + " must be a day written YYYY-MM-DD, not '" + s + "'");
                }
            }
            case TIME: {
                String s = text(where, v);
                try {
                    return LocalTime.parse(s.length() == 4 ? "0" + s : s);
                } catch (DateTimeParseException e) {
                    throw new CliException.Usage(where + " must be a time written HH:MM, not '" + s + "'");
                }
            }
            case MONEY:
                return money(where, v);
            case LINES: {
                if (!(v instanceof List<?> list) || list.isEmpty()) {
                    throw new CliException.Usage(where + " must be a non-empty list of lines");
                }
                List<InvoiceLine> lines = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    lines.add(line(where + "[" + i + "]", list.get(i)));
                }
                return lines;
            }
            default:
                throw new AssertionError(slot.type());
        }
    }

    private static InvoiceLine line(String where, Object v) {
        if (!(v instanceof Map<?, ?> m)) {
            throw new CliException.Usage(where + " must be an object {description, quantity, unit_cost}");
        }
        for (Object k : m.keySet()) {
            if (!Set.of("description", "quantity", "unit_cost").contains(k)) {
                throw new CliException.Usage(where + " has no field '" + k + "' (description, quantity, unit_cost)");
            }
        }
        Object d = m.get("description");
        Object q = m.get("quantity");
        Object c = m.get("unit_cost");
        try {
            return new InvoiceLine(
                    d == null ? null : text(where + ".description", d),
                    q == null ? null : decimal(where + ".quantity", q),
                    c == null ? null : money(where + ".unit_cost", c));
        } catch (IllegalArgumentException e) {
            throw new CliException.Usage(where + ": " + e.getMessage());
        }
    }

    private static Money money(String where, Object v) {
        Object amount;
        Object currency = null;
        if (v instanceof Map<?, ?> m) {
            for (Object k : m.keySet()) {
                if (!"amount".equals(k) && !"currency".equals(k)) {
                    throw new CliException.Usage(where + " has no field '" + k + "' (amount, currency)");
                }
            }
            amount = m.get("amount");
            currency = m.get("currency");
        } else {
            amount = v; // "45.00" alone: the account's currency
        }
        if (amount == null) {
            throw new CliException.Usage(where + " needs an amount, such as {\"amount\": \"45.00\"}");
        }
        String text = amount instanceof Number n ? new BigDecimal(n.toString()).toPlainString() : text(where, amount);
        if (!text.matches(SlotSchemas.DECIMAL)) {
            throw new CliException.Usage(
                    where + ".amount must be a decimal string with up to two places and no symbol, such as \"45.00\","
                            + " not '" + text + "'");
        }
        String code = null;
        if (currency != null) {
            code = text(where + ".currency", currency).toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{3}")) {
                throw new CliException.Usage(
                        where + ".currency must be an ISO 4217 code such as USD, not '" + code + "'");
            }
        }
        try {
            return new Money(new BigDecimal(text), code);
        } catch (IllegalArgumentException e) {
            throw new CliException.Usage(where + ": " + e.getMessage());
        }
    }

    private static BigDecimal decimal(String where, Object v) {
        try {
            if (v instanceof Number n) {
                return new BigDecimal(n.toString());
            }
            if (v instanceof String s) {
                return new BigDecimal(s.strip());
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new CliException.Usage(where + " must be a number, not " + show(v));
    }

    private static String text(String where, Object v) {
        if (!(v instanceof String s) || s.isBlank()) {
            throw new CliException.Usage(where + " must be a non-empty string, not " + show(v));
        }
        return s.strip();
    }

    private static String show(Object v) {
        String s = v instanceof String ? "'" + v + "'" : String.valueOf(v);
        s = s.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
