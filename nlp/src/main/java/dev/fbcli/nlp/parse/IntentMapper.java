package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Address;
import dev.fbcli.nlp.intent.BillingMethod;
import dev.fbcli.nlp.intent.DateRange;
import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.Intent.AssignProject;
import dev.fbcli.nlp.intent.Intent.Clarify;
import dev.fbcli.nlp.intent.Intent.CreateClient;
import dev.fbcli.nlp.intent.Intent.CreateExpense;
import dev.fbcli.nlp.intent.Intent.CreateInvoice;
import dev.fbcli.nlp.intent.Intent.CreateProject;
import dev.fbcli.nlp.intent.Intent.ListClients;
import dev.fbcli.nlp.intent.Intent.ListExpenses;
import dev.fbcli.nlp.intent.Intent.ListInvoices;
import dev.fbcli.nlp.intent.Intent.ListProjects;
import dev.fbcli.nlp.intent.Intent.ListTime;
import dev.fbcli.nlp.intent.Intent.LogTime;
import dev.fbcli.nlp.intent.Intent.RecordPayment;
import dev.fbcli.nlp.intent.Intent.SendInvoice;
import dev.fbcli.nlp.intent.Intent.ShowClient;
import dev.fbcli.nlp.intent.Intent.ShowInvoice;
import dev.fbcli.nlp.intent.Intent.ShowProject;
import dev.fbcli.nlp.intent.Intent.StartTimer;
import dev.fbcli.nlp.intent.Intent.StopTimer;
import dev.fbcli.nlp.intent.Intent.Unsupported;
import dev.fbcli.nlp.intent.IntentType;
import dev.fbcli.nlp.intent.InvoiceLine;
import dev.fbcli.nlp.intent.InvoiceRef;
import dev.fbcli.nlp.intent.InvoiceStatus;
import dev.fbcli.nlp.intent.Money;
import dev.fbcli.nlp.intent.NameRef;
import dev.fbcli.nlp.intent.TimeGrouping;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a flat {@link Frame} into the typed {@link Intent}, and back. Pure.
 *
 * <ul>
 *   <li>{@code unknown} → {@link Unsupported};
 *   <li>a frame with {@code missing} slots → {@link Clarify} (the CLI asks, a script fails);
 *   <li>a frame whose values break an intent's invariants (a 30-hour time entry, an update that
 *       changes nothing, both a due date and due-in-days) → {@link Unsupported} whose reason says
 *       why;
 *   <li>otherwise the intent's record.
 * </ul>
 */
public final class IntentMapper {
    private IntentMapper() {}

    /** The typed intent of {@code f}. Never throws for a valid frame. */
    public static Intent toIntent(Frame f) {
        if (f.isUnknown()) {
            return new Unsupported(f.input(), f.reason() == null ? "not a request fb understands" : f.reason());
        }
        if (!f.missing().isEmpty()) {
            return new Clarify(f);
        }
        try {
            return map(f);
        } catch (IllegalArgumentException e) {
            return new Unsupported(f.input(), e.getMessage());
        }
    }

    private static Intent map(Frame f) {
        Map<String, Object> s = f.slots();
        IntentType t = f.type();
        switch (t) {
            case INVOICE_CREATE: {
                @SuppressWarnings("unchecked")
                List<InvoiceLine> lines = (List<InvoiceLine>) s.get("lines");
                return new CreateInvoice(
                        str(s, "client"),
                        lines,
                        (Money) s.get("total"),
                        (Integer) s.get("due_in_days"),
                        (LocalDate) s.get("due_date"),
                        Boolean.TRUE.equals(s.get("send")),
                        str(s, "notes"),
                        (LocalDate) s.get("date"));
            }
            case INVOICE_LIST: {
                String st = str(s, "status");
                return new ListInvoices(
                        st == null ? null : InvoiceStatus.fromWire(st),
                        str(s, "client"),
                        (Integer) s.get("older_than_days"),
                        range(s),
                        (Money) s.get("min_amount"));
            }
            case INVOICE_SHOW:
                return new ShowInvoice(invoiceRef(s));
            case INVOICE_SEND:
                return new SendInvoice(invoiceRef(s), str(s, "email"));
            case PAYMENT_RECORD:
                return new RecordPayment(
                        str(s, "invoice"),
                        str(s, "client"),
                        (Money) s.get("amount"),
                        (LocalDate) s.get("date"),
                        str(s, "method"),
                        Boolean.TRUE.equals(s.get("credit")));
            case TIME_LOG:
                return new LogTime(
                        (Integer) s.get("duration_minutes"),
                        (LocalDate) s.get("date"),
                        ref(s),
                        str(s, "service"),
                        str(s, "note"),
                        (Boolean) s.get("billable"),
                        (LocalTime) s.get("start_time"));
            case TIME_LIST: {
                String g = str(s, "group_by");
                return new ListTime(
                        range(s),
                        ref(s),
                        str(s, "service"),
                        (Boolean) s.get("unbilled"),
                        g == null ? null : TimeGrouping.fromWire(g));
            }
            case TIMER_START:
                return new StartTimer(ref(s), str(s, "service"), str(s, "note"));
            case TIMER_STOP:
                return new StopTimer(str(s, "note"));
            case EXPENSE_CREATE:
                return new CreateExpense(
                        (Money) s.get("amount"),
                        str(s, "category"),
                        str(s, "vendor"),
                        (LocalDate) s.get("date"),
                        ref(s),
                        str(s, "receipt"),
                        str(s, "note"));
            case EXPENSE_LIST:
                return new ListExpenses(
                        range(s), str(s, "category"), str(s, "vendor"), ref(s), (Money) s.get("min_amount"));
            case CLIENT_CREATE:
                return new CreateClient(
                        str(s, "organization"),
                        str(s, "first_name"),
                        str(s, "last_name"),
                        str(s, "email"),
                        str(s, "phone"),
                        str(s, "currency"),
                        address(s),
                        str(s, "note"));
            case CLIENT_UPDATE:
                return new UpdateClientBuilder(s).build();
            case CLIENT_SHOW:
                return new ShowClient(str(s, "client"));
            case CLIENT_LIST:
                return new ListClients((Boolean) s.get("has_outstanding"));
            case PROJECT_CREATE: {
                String bm = str(s, "billing_method");
                return new CreateProject(
                        str(s, "title"),
                        str(s, "client"),
                        (BigDecimal) s.get("budget_hours"),
                        (Money) s.get("budget_amount"),
                        bm == null ? null : BillingMethod.fromWire(bm),
                        (Money) s.get("rate"),
                        (Money) s.get("fixed_price"),
                        (LocalDate) s.get("due_date"));
            }
            case PROJECT_SHOW:
                return new ShowProject(str(s, "project"));
            case PROJECT_LIST:
                return new ListProjects(str(s, "client"), (Boolean) s.get("over_budget"));
            case PROJECT_ASSIGN:
                return new AssignProject(str(s, "project"), str(s, "member"));
            default:
                return AddedIntents.map(f);
        }
    }

    /** client.update, kept apart for readability. */
    private record UpdateClientBuilder(Map<String, Object> s) {
        Intent build() {
            return new Intent.UpdateClient(
                    str(s, "client"),
                    str(s, "email"),
                    str(s, "phone"),
                    str(s, "first_name"),
                    str(s, "last_name"),
                    str(s, "organization"),
                    address(s),
                    str(s, "note"));
        }
    }

    static Address address(Map<String, Object> s) {
        return Address.of(
                str(s, "street"), str(s, "city"), str(s, "province"), str(s, "postal_code"), str(s, "country"));
    }

    static String str(Map<String, Object> s, String k) {
        return (String) s.get(k);
    }

    static DateRange range(Map<String, Object> s) {
        LocalDate from = (LocalDate) s.get("date_from");
        LocalDate to = (LocalDate) s.get("date_to");
        return from == null && to == null ? null : new DateRange(from, to);
    }

    static NameRef ref(Map<String, Object> s) {
        if (s.get("project") != null) {
            return NameRef.project(str(s, "project"));
        }
        if (s.get("client") != null) {
            return NameRef.client(str(s, "client"));
        }
        if (s.get("target") != null) {
            return NameRef.target(str(s, "target"));
        }
        return null;
    }

    static InvoiceRef invoiceRef(Map<String, Object> s) {
        if (s.get("invoice") != null) {
            return InvoiceRef.number(str(s, "invoice"));
        }
        return InvoiceRef.latestOf(str(s, "client"));
    }

    // ------------------------------------------------------------------ back to a frame

    /**
     * The frame of {@code intent}; {@code input}, {@code confidence} and {@code parser} are the
     * frame's metadata ({@link Clarify} returns its own frame, {@link Unsupported} an unknown one).
     */
    public static Frame toFrame(Intent intent, String input, double confidence, String parser) {
        if (intent instanceof Clarify c) {
            return c.frame();
        }
        if (intent instanceof Unsupported) {
            return Frame.unknown(input, confidence, parser);
        }
        Map<String, Object> s = new LinkedHashMap<>();
        if (intent instanceof CreateInvoice i) {
            s.put("client", i.client());
            if (!i.lines().isEmpty()) {
                s.put("lines", i.lines());
            }
            s.put("total", i.total());
            s.put("due_in_days", i.dueInDays());
            s.put("due_date", i.dueDate());
            s.put("send", i.send() ? Boolean.TRUE : null);
            s.put("notes", i.notes());
            s.put("date", i.date());
        } else if (intent instanceof ListInvoices i) {
            s.put("status", i.status() == null ? null : i.status().wire());
            s.put("client", i.client());
            s.put("older_than_days", i.olderThanDays());
            putRange(s, i.range());
            s.put("min_amount", i.minAmount());
        } else if (intent instanceof ShowInvoice i) {
            putInvoiceRef(s, i.invoice());
        } else if (intent instanceof SendInvoice i) {
            putInvoiceRef(s, i.invoice());
            s.put("email", i.email());
        } else if (intent instanceof RecordPayment i) {
            s.put("invoice", i.invoice());
            s.put("client", i.client());
            s.put("amount", i.amount());
            s.put("date", i.date());
            s.put("method", i.method());
            if (i.credit()) {
                s.put("credit", true);
            }
        } else if (intent instanceof LogTime i) {
            s.put("duration_minutes", i.durationMinutes());
            s.put("date", i.date());
            putRef(s, i.on());
            s.put("service", i.service());
            s.put("note", i.note());
            s.put("billable", i.billable());
            s.put("start_time", i.startTime());
        } else if (intent instanceof ListTime i) {
            putRange(s, i.range());
            putRef(s, i.on());
            s.put("service", i.service());
            s.put("unbilled", i.unbilled());
            s.put("group_by", i.groupBy() == null ? null : i.groupBy().wire());
        } else if (intent instanceof StartTimer i) {
            putRef(s, i.on());
            s.put("service", i.service());
            s.put("note", i.note());
        } else if (intent instanceof StopTimer i) {
            s.put("note", i.note());
        } else if (intent instanceof CreateExpense i) {
            s.put("amount", i.amount());
            s.put("category", i.category());
            s.put("vendor", i.vendor());
            s.put("date", i.date());
            putRef(s, i.on());
            s.put("receipt", i.receipt());
            s.put("note", i.note());
        } else if (intent instanceof ListExpenses i) {
            putRange(s, i.range());
            s.put("category", i.category());
            s.put("vendor", i.vendor());
            putRef(s, i.on());
            s.put("min_amount", i.minAmount());
        } else if (intent instanceof CreateClient i) {
            s.put("organization", i.organization());
            s.put("first_name", i.firstName());
            s.put("last_name", i.lastName());
            s.put("email", i.email());
            s.put("phone", i.phone());
            s.put("currency", i.currency());
            putAddress(s, i.address());
            s.put("note", i.note());
        } else if (intent instanceof Intent.UpdateClient i) {
            s.put("client", i.client());
            s.put("email", i.email());
            s.put("phone", i.phone());
            s.put("first_name", i.firstName());
            s.put("last_name", i.lastName());
            s.put("organization", i.organization());
            putAddress(s, i.address());
            s.put("note", i.note());
        } else if (intent instanceof ShowClient i) {
            s.put("client", i.client());
        } else if (intent instanceof ListClients i) {
            s.put("has_outstanding", i.hasOutstanding());
        } else if (intent instanceof CreateProject i) {
            s.put("title", i.title());
            s.put("client", i.client());
            s.put("budget_hours", i.budgetHours());
            s.put("budget_amount", i.budgetAmount());
            s.put(
                    "billing_method",
                    i.billingMethod() == null ? null : i.billingMethod().wire());
            s.put("rate", i.rate());
            s.put("fixed_price", i.fixedPrice());
            s.put("due_date", i.dueDate());
        } else if (intent instanceof ShowProject i) {
            s.put("project", i.project());
        } else if (intent instanceof ListProjects i) {
            s.put("client", i.client());
            s.put("over_budget", i.overBudget());
        } else if (intent instanceof AssignProject i) {
            s.put("project", i.project());
            s.put("member", i.member());
        } else {
            AddedIntents.put(intent, s);
        }
        s.values().removeIf(java.util.Objects::isNull);
        return Frame.of(input, intent.type(), s, confidence, parser);
    }

    static void putAddress(Map<String, Object> s, Address a) {
        if (a != null) {
            s.put("street", a.street());
            s.put("city", a.city());
            s.put("province", a.province());
            s.put("postal_code", a.postalCode());
            s.put("country", a.country());
        }
    }

    static void putRange(Map<String, Object> s, DateRange r) {
        if (r != null) {
            s.put("date_from", r.from());
            s.put("date_to", r.to());
        }
    }

    static void putRef(Map<String, Object> s, NameRef r) {
        if (r != null) {
            s.put(r.kind().slot(), r.name());
        }
    }

    static void putInvoiceRef(Map<String, Object> s, InvoiceRef r) {
        if (r.isNumber()) {
            s.put("invoice", r.number());
        } else {
            s.put("client", r.latestOfClient());
            s.put("which", "latest");
        }
    }
}
