package dev.fbcli.cli.mcp;

import dev.fbcli.nlp.intent.IntentType;
import dev.fbcli.nlp.intent.SlotType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The JSON Schema of one slot of the frame contract (docs/intents.md), as an MCP tool argument:
 * money is {@code {"amount": "45.00", "currency": "USD"}} (a decimal string; the currency is
 * optional and defaults to the account's), dates {@code YYYY-MM-DD}, durations whole minutes. The
 * words of a {@link SlotType#WORD} slot become an {@code enum}. Descriptions are written for a
 * model: what the value is, how fb reads it.
 */
final class SlotSchemas {
    /** Two decimal places at most, no sign, no thousands separator. */
    static final String DECIMAL = "^[0-9]+(\\.[0-9]{1,2})?$";

    private SlotSchemas() {}

    static Map<String, Object> schema(IntentType.Slot slot) {
        Map<String, Object> s = new LinkedHashMap<>();
        switch (slot.type()) {
            case TEXT -> {
                s.put("type", "string");
                s.put("minLength", 1);
            }
            case WORD -> {
                s.put("type", "string");
                s.put("enum", List.copyOf(new TreeSet<>(slot.words())));
            }
            case CURRENCY -> {
                s.put("type", "string");
                s.put("pattern", "^[A-Z]{3}$");
            }
            case INT -> {
                s.put("type", "integer");
                s.put("minimum", slot.name().endsWith("minutes") ? 1 : 0);
                if (slot.name().endsWith("minutes")) {
                    s.put("maximum", 24 * 60);
                }
            }
            case NUMBER -> {
                s.put("type", "number");
                s.put("minimum", 0);
            }
            case BOOL -> s.put("type", "boolean");
            case DATE -> {
                s.put("type", "string");
                s.put("format", "date");
                s.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
            }
            case TIME -> {
                s.put("type", "string");
                s.put("pattern", "^[0-9]{2}:[0-9]{2}$");
            }
            case MONEY -> s.putAll(money());
            case LINES -> {
                s.put("type", "array");
                s.put("minItems", 1);
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("type", "object");
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("description", Map.of("type", "string", "description", "What was done or sold."));
                props.put(
                        "quantity",
                        Map.of(
                                "type",
                                "number",
                                "exclusiveMinimum",
                                0,
                                "description",
                                "Hours or units (1 when not said)."));
                Map<String, Object> cost = new LinkedHashMap<>(money());
                cost.put("description", "The price of one unit (one hour).");
                props.put("unit_cost", cost);
                line.put("properties", props);
                line.put("additionalProperties", false);
                s.put("items", line);
            }
            default -> throw new AssertionError(slot.type());
        }
        s.put("description", describe(slot));
        return s;
    }

    static Map<String, Object> money() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "object");
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(
                "amount",
                Map.of(
                        "type",
                        "string",
                        "pattern",
                        DECIMAL,
                        "description",
                        "A decimal string with up to two places, no symbol: \"1200.00\"."));
        props.put(
                "currency",
                Map.of(
                        "type",
                        "string",
                        "pattern",
                        "^[A-Z]{3}$",
                        "description",
                        "ISO 4217 code; leave it out for the account's currency."));
        m.put("properties", props);
        m.put("required", List.of("amount"));
        m.put("additionalProperties", false);
        return m;
    }

    /** A sentence about a slot, for a model. */
    static String describe(IntentType.Slot slot) {
        String n = slot.name();
        String known = KNOWN.get(n);
        if (known != null) {
            return known;
        }
        if (n.startsWith("new_")) {
            IntentType.Slot base = new IntentType.Slot(n.substring(4), slot.type(), false, slot.words());
            String b = KNOWN.get(base.name());
            return "The new value: " + (b != null ? lowerFirst(b) : words(base.name()) + ".");
        }
        switch (slot.type()) {
            case MONEY:
                return "An amount (" + words(n) + ").";
            case DATE:
                return "A day, YYYY-MM-DD (" + words(n) + ").";
            case BOOL:
                return "True or false: " + words(n) + ".";
            case INT:
                return "A whole number: " + words(n) + ".";
            default:
                return upperFirst(words(n)) + ".";
        }
    }

    private static final Map<String, String> KNOWN = known();

    private static Map<String, String> known() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(
                "target",
                "A client or project name as the user said it, when they did not say which it is: fb matches"
                        + " projects first, then clients (a client with one active project means that project).");
        m.put("client", "A client's name (its organization or contact), as the user said it.");
        m.put("project", "A project's title, as the user said it.");
        m.put("service", "The kind of work, a service of the account (e.g. Design, Consulting).");
        m.put("category", "An expense category, as said (e.g. office supplies, travel).");
        m.put("vendor", "Who was paid (e.g. Staples).");
        m.put("note", "Free text kept on the record.");
        m.put("notes", "Free text printed on the document.");
        m.put("date", "A day, YYYY-MM-DD, in the business' time zone. Defaults to today where the record needs a day.");
        m.put("date_from", "First day of the range, YYYY-MM-DD (inclusive).");
        m.put("date_to", "Last day of the range, YYYY-MM-DD (inclusive).");
        m.put("due_date", "The due day, YYYY-MM-DD.");
        m.put("due_in_days", "Due this many days after the invoice date (30 for net 30).");
        m.put("duration_minutes", "How long, in whole minutes (180 for 3 hours).");
        m.put("start_time", "When the work started, HH:MM (24-hour).");
        m.put("billable", "Whether the time can be billed to the client; fb decides from the service when left out.");
        m.put("invoice", "An invoice number as printed on it (e.g. 0042), not FreshBooks' internal id.");
        m.put("estimate", "An estimate number as printed on it.");
        m.put("which", "\"latest\": the client's latest one (give client instead of a number).");
        m.put("email", "An email address.");
        m.put("amount", "An amount of money.");
        m.put("total", "The total the user stated (lines are scaled to it when they give no prices).");
        m.put("lines", "The lines: what was done, how many (hours or units), and the price of one.");
        m.put("send", "True to email it to the client once made (asked as a second, separate confirmation).");
        m.put("status", "Which ones, by status.");
        m.put("older_than_days", "Only those issued at least this many days ago (30: over 30 days old).");
        m.put("min_amount", "Only those of at least this amount.");
        m.put("method", "How it was paid (e.g. check, bank transfer, credit card, cash).");
        m.put(
                "credit",
                "True: an amount above what the invoice owes is meant; FreshBooks keeps the rest as the client's credit.");
        m.put("organization", "The client's business name.");
        m.put("first_name", "The contact's first name.");
        m.put("last_name", "The contact's last name.");
        m.put("phone", "A phone number.");
        m.put("currency", "ISO 4217 currency code (e.g. USD, CAD, EUR).");
        m.put("title", "The project's title.");
        m.put("member", "A team member's name or email address.");
        m.put("budget_hours", "The budget in hours.");
        m.put("budget_amount", "The budget as an amount of money.");
        m.put("rate", "An hourly rate.");
        m.put("fixed_price", "A fixed price for the whole project.");
        m.put("billing_method", "How the project is billed.");
        m.put("has_outstanding", "True: only clients who owe money.");
        m.put("entry", "A time entry: its id, or \"last\".");
        m.put("expense", "An expense: its id, or \"last\".");
        m.put("payment", "A payment's id.");
        m.put("report", "Which report.");
        m.put("group_by", "How to group the totals.");
        m.put("unbilled", "True: only billable time not yet invoiced.");
        m.put("over_budget", "True: only projects over their budget.");
        m.put("receipt", "A receipt file to attach: a path on the machine fb runs on.");
        m.put("name", "The name.");
        return m;
    }

    static String words(String slot) {
        return slot.replace('_', ' ');
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
