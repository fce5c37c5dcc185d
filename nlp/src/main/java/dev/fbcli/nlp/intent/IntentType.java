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
            opt("method", TEXT),
            opt("credit", BOOL)),
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
            opt("service", TEXT),
            opt("unbilled", BOOL),
            opt("group_by", WORD, "day", "client", "project", "service", "member")),
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
            opt("project", TEXT),
            opt("min_amount", MONEY)),
    CLIENT_CREATE(
            "client.create",
            "add a client",
            req("organization", TEXT),
            opt("first_name", TEXT),
            opt("last_name", TEXT),
            opt("email", TEXT),
            opt("phone", TEXT),
            opt("currency", CURRENCY),
            opt("street", TEXT),
            opt("city", TEXT),
            opt("province", TEXT),
            opt("postal_code", TEXT),
            opt("country", TEXT),
            opt("note", TEXT)),
    CLIENT_UPDATE(
            "client.update",
            "update a client",
            req("client", TEXT),
            opt("email", TEXT),
            opt("phone", TEXT),
            opt("first_name", TEXT),
            opt("last_name", TEXT),
            opt("organization", TEXT),
            opt("street", TEXT),
            opt("city", TEXT),
            opt("province", TEXT),
            opt("postal_code", TEXT),
            opt("country", TEXT),
            opt("note", TEXT)),
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
    PROJECT_LIST("project.list", "list projects", opt("client", TEXT), opt("over_budget", BOOL)),
    PROJECT_ASSIGN("project.assign", "add someone to a project", req("project", TEXT), req("member", TEXT)),

    // ---------------------------------------------------------------- added (docs/intents.md, second part)

    INVOICE_FROM_TIME(
            "invoice.from_time",
            "invoice tracked time",
            req("client", TEXT),
            opt("project", TEXT),
            opt("target", TEXT),
            opt("date_from", DATE),
            opt("date_to", DATE),
            opt("rate", MONEY),
            opt("group_by", WORD, "service", "entry", "day"),
            opt("send", BOOL)),
    ESTIMATE_CREATE(
            "estimate.create",
            "create an estimate",
            req("client", TEXT),
            opt("lines", LINES),
            opt("total", MONEY),
            opt("notes", TEXT),
            opt("date", DATE),
            opt("send", BOOL)),
    ESTIMATE_LIST(
            "estimate.list",
            "list estimates",
            opt("client", TEXT),
            opt("status", WORD, "draft", "sent", "viewed", "accepted", "invoiced")),
    ESTIMATE_SHOW(
            "estimate.show",
            "show an estimate",
            req("estimate", TEXT),
            opt("client", TEXT),
            opt("which", WORD, "latest")),
    ESTIMATE_SEND(
            "estimate.send",
            "send an estimate",
            req("estimate", TEXT),
            opt("client", TEXT),
            opt("which", WORD, "latest"),
            opt("email", TEXT)),
    ESTIMATE_ACCEPT(
            "estimate.accept",
            "mark an estimate accepted",
            req("estimate", TEXT),
            opt("client", TEXT),
            opt("which", WORD, "latest")),
    ESTIMATE_CONVERT(
            "estimate.convert",
            "turn an estimate into an invoice",
            req("estimate", TEXT),
            opt("client", TEXT),
            opt("which", WORD, "latest")),
    REPORT_SHOW(
            "report.show",
            "show a report",
            req("report", WORD, "profit_loss", "payments", "revenue", "tax", "aging"),
            opt("date_from", DATE),
            opt("date_to", DATE),
            opt("group_by", WORD, "month", "client"),
            opt("currency", CURRENCY)),
    TIME_SHOW("time.show", "show a time entry", req("entry", TEXT)),
    TIME_EDIT(
            "time.edit",
            "change a time entry",
            opt("entry", TEXT),
            opt("date", DATE),
            opt("target", TEXT),
            opt("client", TEXT),
            opt("project", TEXT),
            opt("service", TEXT),
            opt("duration_minutes", INT),
            req("new_duration_minutes", INT),
            opt("new_date", DATE),
            opt("new_target", TEXT),
            opt("new_project", TEXT),
            opt("new_client", TEXT),
            opt("new_service", TEXT),
            opt("new_note", TEXT),
            opt("new_billable", BOOL)),
    TIME_DELETE(
            "time.delete",
            "delete a time entry",
            req("entry", TEXT),
            opt("date", DATE),
            opt("target", TEXT),
            opt("client", TEXT),
            opt("project", TEXT),
            opt("service", TEXT),
            opt("duration_minutes", INT)),
    TIMER_STATUS("timer.status", "show the running timer"),
    TIMER_DISCARD("timer.discard", "discard the timer"),
    EXPENSE_SHOW("expense.show", "show an expense", req("expense", TEXT)),
    EXPENSE_EDIT(
            "expense.edit",
            "change an expense",
            opt("expense", TEXT),
            opt("date", DATE),
            opt("vendor", TEXT),
            opt("amount", MONEY),
            opt("category", TEXT),
            req("new_amount", MONEY),
            opt("new_category", TEXT),
            opt("new_vendor", TEXT),
            opt("new_date", DATE),
            opt("new_target", TEXT),
            opt("new_project", TEXT),
            opt("new_client", TEXT),
            opt("new_note", TEXT),
            opt("receipt", TEXT)),
    EXPENSE_DELETE(
            "expense.delete",
            "delete an expense",
            req("expense", TEXT),
            opt("date", DATE),
            opt("vendor", TEXT),
            opt("amount", MONEY),
            opt("category", TEXT)),
    CLIENT_ARCHIVE("client.archive", "archive a client", req("client", TEXT)),
    CLIENT_UNARCHIVE("client.unarchive", "restore an archived client", req("client", TEXT)),
    PROJECT_EDIT(
            "project.edit",
            "change a project",
            req("project", TEXT),
            req("new_title", TEXT),
            opt("budget_hours", NUMBER),
            opt("budget_amount", MONEY),
            opt("rate", MONEY),
            opt("fixed_price", MONEY),
            opt("due_date", DATE)),
    PROJECT_COMPLETE("project.complete", "mark a project complete", req("project", TEXT)),
    PROJECT_ARCHIVE("project.archive", "archive a project", req("project", TEXT)),
    PROJECT_UNASSIGN("project.unassign", "remove someone from a project", req("project", TEXT), req("member", TEXT)),
    SERVICE_LIST("service.list", "list services"),
    SERVICE_CREATE("service.create", "add a service", req("name", TEXT), opt("rate", MONEY), opt("billable", BOOL)),
    SERVICE_RATE("service.rate", "set a service's rate", req("service", TEXT), req("rate", MONEY)),
    INVOICE_DELETE(
            "invoice.delete",
            "delete an invoice",
            req("invoice", TEXT),
            opt("client", TEXT),
            opt("which", WORD, "latest")),
    INVOICE_ARCHIVE(
            "invoice.archive",
            "archive an invoice",
            req("invoice", TEXT),
            opt("client", TEXT),
            opt("which", WORD, "latest")),
    PAYMENT_LIST(
            "payment.list",
            "list payments",
            opt("client", TEXT),
            opt("invoice", TEXT),
            opt("date_from", DATE),
            opt("date_to", DATE)),
    PAYMENT_DELETE("payment.delete", "delete a payment", req("payment", TEXT), opt("invoice", TEXT)),
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

    private static Slot req(String name, SlotType type, String... words) {
        return new Slot(name, type, true, Set.of(words));
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

    /**
     * Required slots that {@code present} does not give, in table order, with the table's "or"
     * rules: an invoice or estimate number or a client's latest; an organization or a full name;
     * one of client/project/target to bill; a record's id or something that picks it out; and for
     * an edit, at least one of the values it changes (the group is named by its first slot).
     */
    public List<String> missing(Map<String, ?> present) {
        List<String> out = new ArrayList<>();
        for (Slot s : slots.values()) {
            if (s.required() && !present.containsKey(s.name()) && !satisfiedOtherwise(s.name(), present)) {
                out.add(s.name());
            }
        }
        return out;
    }

    private static final List<String> TIME_CHANGES = List.of(
            "new_duration_minutes",
            "new_date",
            "new_target",
            "new_project",
            "new_client",
            "new_service",
            "new_note",
            "new_billable");
    private static final List<String> EXPENSE_CHANGES = List.of(
            "new_amount",
            "new_category",
            "new_vendor",
            "new_date",
            "new_target",
            "new_project",
            "new_client",
            "new_note",
            "receipt");
    private static final List<String> PROJECT_CHANGES =
            List.of("new_title", "budget_hours", "budget_amount", "rate", "fixed_price", "due_date");

    /** The table's "or" rules: other slots that stand for the required {@code slot}. */
    private boolean satisfiedOtherwise(String slot, Map<String, ?> present) {
        switch (this) {
            case INVOICE_SHOW,
                    INVOICE_SEND,
                    INVOICE_DELETE,
                    INVOICE_ARCHIVE,
                    ESTIMATE_SHOW,
                    ESTIMATE_SEND,
                    ESTIMATE_ACCEPT,
                    ESTIMATE_CONVERT:
                return present.containsKey("client") && "latest".equals(present.get("which"));
            case PAYMENT_RECORD:
                return present.containsKey("client");
            case CLIENT_CREATE:
                return present.containsKey("first_name") && present.containsKey("last_name");
            case INVOICE_FROM_TIME:
                return anyOf(present, List.of("project", "target"));
            case TIME_DELETE:
                return anyOf(present, List.of("date", "target", "client", "project", "service", "duration_minutes"));
            case EXPENSE_DELETE:
                return anyOf(present, List.of("date", "vendor", "amount", "category"));
            case PAYMENT_DELETE:
                return present.containsKey("invoice");
            case TIME_EDIT:
                return anyOf(present, TIME_CHANGES);
            case EXPENSE_EDIT:
                return anyOf(present, EXPENSE_CHANGES);
            case PROJECT_EDIT:
                return slot.equals("new_title") && anyOf(present, PROJECT_CHANGES);
            default:
                return false;
        }
    }

    private static boolean anyOf(Map<String, ?> present, List<String> names) {
        for (String n : names) {
            if (present.containsKey(n)) {
                return true;
            }
        }
        return false;
    }
}
