package dev.fbcli.nlp.intent;

import static dev.fbcli.nlp.intent.SlotType.BOOL;
import static dev.fbcli.nlp.intent.SlotType.CURRENCY;
import static dev.fbcli.nlp.intent.SlotType.DATE;
import static dev.fbcli.nlp.intent.SlotType.INT;
import static dev.fbcli.nlp.intent.SlotType.LINES;
import static dev.fbcli.nlp.intent.SlotType.MONEY;
import static dev.fbcli.nlp.intent.SlotType.NUMBER;
import static dev.fbcli.nlp.intent.SlotType.TEXT;
import static dev.fbcli.nlp.intent.SlotType.TIME;
import static dev.fbcli.nlp.intent.SlotType.WORD;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The intents of INTENTS.md with their slots, in the table's order (which is also the order of
 * the slots in a frame's JSON). Required slots are marked; {@link #missing(Map)} applies the
 * "or" rules of the table (an invoice or a client's latest, an organization or a full name).
 */
public enum IntentType {
    INVOICE_CREATE(
            "invoice.create",
            "create an invoice",
            req("client", TEXT),
            opt("lines", LINES),
            opt("total", MONEY),
            opt("due_in_days", INT),
            opt("due_date", DATE),
            opt("send", BOOL),
            opt("notes", TEXT),
            opt("date", DATE)),
    INVOICE_LIST(
            "invoice.list",
            "list invoices",
            opt("status", WORD, "unpaid", "overdue", "paid", "draft", "sent", "partial"),
            opt("client", TEXT),
            opt("older_than_days", INT),
            opt("date_from", DATE),
            opt("date_to", DATE),
            opt("min_amount", MONEY)),
    INVOICE_SHOW(
            "invoice.show", "show an invoice", req("invoice", TEXT), opt("client", TEXT), opt("which", WORD, "latest")),
    INVOICE_SEND(
            "invoice.send",
            "send an invoice",
            req("invoice", TEXT),
            opt("client", TEXT),
            opt("which", WORD, "latest"),
            opt("email", TEXT)),
    PAYMENT_RECORD(
            "payment.record",
            "record a payment",
            req("invoice", TEXT),
            opt("client", TEXT),
            opt("amount", MONEY),
            opt("date", DATE),
            opt("method", TEXT)),
    TIME_LOG(
            "time.log",
            "log time",
            req("duration_minutes", INT),
            opt("date", DATE),
            opt("target", TEXT),
            opt("client", TEXT),
            opt("project", TEXT),
            opt("service", TEXT),
            opt("note", TEXT),
            opt("billable", BOOL),
            opt("start_time", TIME)),
    TIME_LIST(
            "time.list",
            "list time entries",
            opt("date_from", DATE),
            opt("date_to", DATE),
            opt("target", TEXT),
            opt("client", TEXT),
            opt("project", TEXT),
            opt("service", TEXT)),
    TIMER_START(
            "timer.start",
            "start a timer",
            opt("target", TEXT),
            opt("client", TEXT),
            opt("project", TEXT),
            opt("service", TEXT),
            opt("note", TEXT)),
    TIMER_STOP("timer.stop", "stop the timer", opt("note", TEXT)),
    EXPENSE_CREATE(
            "expense.create",
            "record an expense",
            req("amount", MONEY),
            opt("category", TEXT),
            opt("vendor", TEXT),
            opt("date", DATE),
            opt("target", TEXT),
            opt("client", TEXT),
            opt("project", TEXT),
            opt("receipt", TEXT),
            opt("note", TEXT)),
    EXPENSE_LIST(
            "expense.list",
            "list expenses",
            opt("date_from", DATE),
            opt("date_to", DATE),
            opt("category", TEXT),
            opt("vendor", TEXT),
            opt("target", TEXT),
            opt("client", TEXT),
            opt("project", TEXT)),
    CLIENT_CREATE(
            "client.create",
            "add a client",
            req("organization", TEXT),
            opt("first_name", TEXT),
            opt("last_name", TEXT),
            opt("email", TEXT),
            opt("phone", TEXT),
            opt("currency", CURRENCY)),
    CLIENT_UPDATE(
            "client.update",
            "update a client",
            req("client", TEXT),
            opt("email", TEXT),
            opt("phone", TEXT),
            opt("first_name", TEXT),
            opt("last_name", TEXT),
            opt("organization", TEXT)),
    CLIENT_SHOW("client.show", "show a client", req("client", TEXT)),
    CLIENT_LIST("client.list", "list clients", opt("has_outstanding", BOOL)),
    PROJECT_CREATE(
            "project.create",
            "create a project",
            req("title", TEXT),
            opt("client", TEXT),
            opt("budget_hours", NUMBER),
            opt("budget_amount", MONEY),
            opt("billing_method", WORD, "fixed_price", "hourly"),
            opt("rate", MONEY),
            opt("fixed_price", MONEY),
            opt("due_date", DATE)),
    PROJECT_SHOW("project.show", "show a project", req("project", TEXT)),
    PROJECT_LIST("project.list", "list projects", opt("client", TEXT)),
    PROJECT_ASSIGN("project.assign", "add someone to a project", req("project", TEXT), req("member", TEXT)),
    UNKNOWN("unknown", "not understood");

    /** One slot of an intent. {@code words} lists the allowed values of a {@link SlotType#WORD} slot. */
    public record Slot(String name, SlotType type, boolean required, Set<String> words) {}

    private final String wire;
    private final String summary;
    private final Map<String, Slot> slots;

    IntentType(String wire, String summary, Slot... slots) {
        this.wire = wire;
        this.summary = summary;
        Map<String, Slot> m = new LinkedHashMap<>();
        for (Slot s : slots) {
            m.put(s.name(), s);
        }
        this.slots = Collections.unmodifiableMap(m);
    }

    private static Slot req(String name, SlotType type) {
        return new Slot(name, type, true, Set.of());
    }

    private static Slot opt(String name, SlotType type, String... words) {
        return new Slot(name, type, false, Set.of(words));
    }

    /** The name in frames: {@code time.log}. */
    public String wire() {
        return wire;
    }

    /** A few words for people: "log time". */
    public String summary() {
        return summary;
    }

    /** The slots in INTENTS.md order. */
    public Map<String, Slot> slots() {
        return slots;
    }

    /** The intent with this wire name, or null. */
    public static IntentType fromWire(String wire) {
        for (IntentType t : values()) {
            if (t.wire.equals(wire)) {
                return t;
            }
        }
        return null;
    }

    /** Required slots that {@code present} does not give, in table order, with the table's "or" rules. */
    public List<String> missing(Map<String, ?> present) {
        List<String> out = new ArrayList<>();
        switch (this) {
            case INVOICE_SHOW, INVOICE_SEND -> {
                if (!present.containsKey("invoice")
                        && !(present.containsKey("client") && "latest".equals(present.get("which")))) {
                    out.add("invoice");
                }
            }
            case PAYMENT_RECORD -> {
                if (!present.containsKey("invoice") && !present.containsKey("client")) {
                    out.add("invoice");
                }
            }
            case CLIENT_CREATE -> {
                if (!present.containsKey("organization")
                        && !(present.containsKey("first_name") && present.containsKey("last_name"))) {
                    out.add("organization");
                }
            }
            default -> {
                for (Slot s : slots.values()) {
                    if (s.required() && !present.containsKey(s.name())) {
                        out.add(s.name());
                    }
                }
            }
        }
        return out;
    }
}
