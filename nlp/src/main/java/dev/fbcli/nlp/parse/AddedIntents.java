package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.IntentMapper.invoiceRef;
import static dev.fbcli.nlp.parse.IntentMapper.putInvoiceRef;
import static dev.fbcli.nlp.parse.IntentMapper.putRange;
import static dev.fbcli.nlp.parse.IntentMapper.putRef;
import static dev.fbcli.nlp.parse.IntentMapper.range;
import static dev.fbcli.nlp.parse.IntentMapper.ref;
import static dev.fbcli.nlp.parse.IntentMapper.str;

import dev.fbcli.nlp.intent.BillGrouping;
import dev.fbcli.nlp.intent.EstimateRef;
import dev.fbcli.nlp.intent.EstimateStatus;
import dev.fbcli.nlp.intent.ExpenseRef;
import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.IntentType;
import dev.fbcli.nlp.intent.InvoiceLine;
import dev.fbcli.nlp.intent.Money;
import dev.fbcli.nlp.intent.NameRef;
import dev.fbcli.nlp.intent.ReportGrouping;
import dev.fbcli.nlp.intent.ReportKind;
import dev.fbcli.nlp.intent.TimeEntryRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link IntentMapper}'s half for the intents docs/intents.md added (billing time, estimates,
 * reports, edits and deletes, services, payments): frame slots to the typed record and back.
 */
final class AddedIntents {
    private AddedIntents() {}

    static Intent map(Frame f) {
        Map<String, Object> s = f.slots();
        IntentType t = f.type();
        switch (t) {
            case INVOICE_FROM_TIME: {
                String g = str(s, "group_by");
                return new Intent.BillTime(
                        ref(s),
                        range(s),
                        (Money) s.get("rate"),
                        g == null ? null : BillGrouping.fromWire(g),
                        Boolean.TRUE.equals(s.get("send")));
            }
            case ESTIMATE_CREATE: {
                @SuppressWarnings("unchecked")
                List<InvoiceLine> lines = (List<InvoiceLine>) s.get("lines");
                return new Intent.CreateEstimate(
                        str(s, "client"),
                        lines,
                        (Money) s.get("total"),
                        str(s, "notes"),
                        (LocalDate) s.get("date"),
                        Boolean.TRUE.equals(s.get("send")));
            }
            case ESTIMATE_LIST: {
                String st = str(s, "status");
                return new Intent.ListEstimates(str(s, "client"), st == null ? null : EstimateStatus.fromWire(st));
            }
            case ESTIMATE_SHOW:
                return new Intent.ShowEstimate(estimateRef(s));
            case ESTIMATE_SEND:
                return new Intent.SendEstimate(estimateRef(s), str(s, "email"));
            case ESTIMATE_ACCEPT:
                return new Intent.AcceptEstimate(estimateRef(s));
            case ESTIMATE_CONVERT:
                return new Intent.ConvertEstimate(estimateRef(s));
            case REPORT_SHOW: {
                String g = str(s, "group_by");
                return new Intent.ShowReport(
                        ReportKind.fromWire(str(s, "report")),
                        range(s),
                        g == null ? null : ReportGrouping.fromWire(g),
                        str(s, "currency"));
            }
            case TIME_SHOW:
                return new Intent.ShowTimeEntry(timeEntry(s));
            case TIME_EDIT:
                return new Intent.EditTime(
                        timeEntry(s),
                        (Integer) s.get("new_duration_minutes"),
                        (LocalDate) s.get("new_date"),
                        newRef(s),
                        str(s, "new_service"),
                        str(s, "new_note"),
                        (Boolean) s.get("new_billable"));
            case TIME_DELETE:
                return new Intent.DeleteTime(timeEntry(s));
            case TIMER_STATUS:
                return new Intent.TimerStatus();
            case TIMER_DISCARD:
                return new Intent.DiscardTimer();
            case EXPENSE_SHOW:
                return new Intent.ShowExpense(expense(s));
            case EXPENSE_EDIT:
                return new Intent.EditExpense(
                        expense(s),
                        (Money) s.get("new_amount"),
                        str(s, "new_category"),
                        str(s, "new_vendor"),
                        (LocalDate) s.get("new_date"),
                        newRef(s),
                        str(s, "new_note"),
                        str(s, "receipt"));
            case EXPENSE_DELETE:
                return new Intent.DeleteExpense(expense(s));
            case CLIENT_ARCHIVE:
                return new Intent.ArchiveClient(str(s, "client"));
            case CLIENT_UNARCHIVE:
                return new Intent.UnarchiveClient(str(s, "client"));
            case PROJECT_EDIT:
                return new Intent.EditProject(
                        str(s, "project"),
                        str(s, "new_title"),
                        (BigDecimal) s.get("budget_hours"),
                        (Money) s.get("budget_amount"),
                        (Money) s.get("rate"),
                        (Money) s.get("fixed_price"),
                        (LocalDate) s.get("due_date"));
            case PROJECT_COMPLETE:
                return new Intent.CompleteProject(str(s, "project"));
            case PROJECT_ARCHIVE:
                return new Intent.ArchiveProject(str(s, "project"));
            case PROJECT_UNASSIGN:
                return new Intent.UnassignProject(str(s, "project"), str(s, "member"));
            case SERVICE_LIST:
                return new Intent.ListServices();
            case SERVICE_CREATE:
                return new Intent.CreateService(str(s, "name"), (Money) s.get("rate"), (Boolean) s.get("billable"));
            case SERVICE_RATE:
                return new Intent.SetServiceRate(str(s, "service"), (Money) s.get("rate"));
            case INVOICE_DELETE:
                return new Intent.DeleteInvoice(invoiceRef(s));
            case INVOICE_ARCHIVE:
                return new Intent.ArchiveInvoice(invoiceRef(s));
            case PAYMENT_LIST:
                return new Intent.ListPayments(str(s, "client"), str(s, "invoice"), range(s));
            case PAYMENT_DELETE:
                return new Intent.DeletePayment(str(s, "payment"), str(s, "invoice"));
            default:
                throw new AssertionError(t);
        }
    }

    private static EstimateRef estimateRef(Map<String, Object> s) {
        if (s.get("estimate") != null) {
            return EstimateRef.number(str(s, "estimate"));
        }
        return EstimateRef.latestOf(str(s, "client"));
    }

    /** The new client or project an edit moves a record to, or null. */
    private static NameRef newRef(Map<String, Object> s) {
        if (s.get("new_project") != null) {
            return NameRef.project(str(s, "new_project"));
        }
        if (s.get("new_client") != null) {
            return NameRef.client(str(s, "new_client"));
        }
        if (s.get("new_target") != null) {
            return NameRef.target(str(s, "new_target"));
        }
        return null;
    }

    private static boolean isLast(String v) {
        return v != null && v.strip().toLowerCase(Locale.ROOT).equals("last");
    }

    /** The time entry the slots pick out, or null when they say nothing about it. */
    private static TimeEntryRef timeEntry(Map<String, Object> s) {
        String entry = str(s, "entry");
        LocalDate day = (LocalDate) s.get("date");
        NameRef on = ref(s);
        String service = str(s, "service");
        Integer minutes = (Integer) s.get("duration_minutes");
        if (entry == null && day == null && on == null && service == null && minutes == null) {
            return null;
        }
        if (entry != null && !isLast(entry)) {
            if (day != null || on != null || service != null || minutes != null) {
                throw new IllegalArgumentException("a time entry is picked by its id alone");
            }
            return TimeEntryRef.id(entry);
        }
        return new TimeEntryRef(null, isLast(entry), day, on, service, minutes);
    }

    /** The expense the slots pick out, or null when they say nothing about it. */
    private static ExpenseRef expense(Map<String, Object> s) {
        String id = str(s, "expense");
        LocalDate day = (LocalDate) s.get("date");
        String vendor = str(s, "vendor");
        Money amount = (Money) s.get("amount");
        String category = str(s, "category");
        if (id == null && day == null && vendor == null && amount == null && category == null) {
            return null;
        }
        if (id != null && !isLast(id)) {
            if (day != null || vendor != null || amount != null || category != null) {
                throw new IllegalArgumentException("an expense is picked by its id alone");
            }
            return ExpenseRef.id(id);
        }
        return new ExpenseRef(null, isLast(id), day, vendor, amount, category);
    }

    // ------------------------------------------------------------------ back to slots

    static void put(Intent intent, Map<String, Object> s) {
        if (intent instanceof Intent.BillTime i) {
            putRef(s, i.on());
            putRange(s, i.range());
            s.put("rate", i.rate());
            s.put("group_by", i.groupBy() == null ? null : i.groupBy().wire());
            s.put("send", i.send() ? Boolean.TRUE : null);
        } else if (intent instanceof Intent.CreateEstimate i) {
            s.put("client", i.client());
            if (!i.lines().isEmpty()) {
                s.put("lines", i.lines());
            }
            s.put("total", i.total());
            s.put("notes", i.notes());
            s.put("date", i.date());
            s.put("send", i.send() ? Boolean.TRUE : null);
        } else if (intent instanceof Intent.ListEstimates i) {
            s.put("client", i.client());
            s.put("status", i.status() == null ? null : i.status().wire());
        } else if (intent instanceof Intent.ShowEstimate i) {
            putEstimateRef(s, i.estimate());
        } else if (intent instanceof Intent.SendEstimate i) {
            putEstimateRef(s, i.estimate());
            s.put("email", i.email());
        } else if (intent instanceof Intent.AcceptEstimate i) {
            putEstimateRef(s, i.estimate());
        } else if (intent instanceof Intent.ConvertEstimate i) {
            putEstimateRef(s, i.estimate());
        } else if (intent instanceof Intent.ShowReport i) {
            s.put("report", i.report().wire());
            putRange(s, i.range());
            s.put("group_by", i.groupBy() == null ? null : i.groupBy().wire());
            s.put("currency", i.currency());
        } else if (intent instanceof Intent.ShowTimeEntry i) {
            putTimeEntry(s, i.entry());
        } else if (intent instanceof Intent.EditTime i) {
            putTimeEntry(s, i.entry());
            s.put("new_duration_minutes", i.newDurationMinutes());
            s.put("new_date", i.newDate());
            putNewRef(s, i.newOn());
            s.put("new_service", i.newService());
            s.put("new_note", i.newNote());
            s.put("new_billable", i.newBillable());
        } else if (intent instanceof Intent.DeleteTime i) {
            putTimeEntry(s, i.entry());
        } else if (intent instanceof Intent.TimerStatus || intent instanceof Intent.DiscardTimer) {
            // no slots
        } else if (intent instanceof Intent.ShowExpense i) {
            putExpense(s, i.expense());
        } else if (intent instanceof Intent.EditExpense i) {
            putExpense(s, i.expense());
            s.put("new_amount", i.newAmount());
            s.put("new_category", i.newCategory());
            s.put("new_vendor", i.newVendor());
            s.put("new_date", i.newDate());
            putNewRef(s, i.newOn());
            s.put("new_note", i.newNote());
            s.put("receipt", i.receipt());
        } else if (intent instanceof Intent.DeleteExpense i) {
            putExpense(s, i.expense());
        } else if (intent instanceof Intent.ArchiveClient i) {
            s.put("client", i.client());
        } else if (intent instanceof Intent.UnarchiveClient i) {
            s.put("client", i.client());
        } else if (intent instanceof Intent.EditProject i) {
            s.put("project", i.project());
            s.put("new_title", i.newTitle());
            s.put("budget_hours", i.budgetHours());
            s.put("budget_amount", i.budgetAmount());
            s.put("rate", i.rate());
            s.put("fixed_price", i.fixedPrice());
            s.put("due_date", i.dueDate());
        } else if (intent instanceof Intent.CompleteProject i) {
            s.put("project", i.project());
        } else if (intent instanceof Intent.ArchiveProject i) {
            s.put("project", i.project());
        } else if (intent instanceof Intent.UnassignProject i) {
            s.put("project", i.project());
            s.put("member", i.member());
        } else if (intent instanceof Intent.ListServices) {
            // no slots
        } else if (intent instanceof Intent.CreateService i) {
            s.put("name", i.name());
            s.put("rate", i.rate());
            s.put("billable", i.billable());
        } else if (intent instanceof Intent.SetServiceRate i) {
            s.put("service", i.service());
            s.put("rate", i.rate());
        } else if (intent instanceof Intent.DeleteInvoice i) {
            putInvoiceRef(s, i.invoice());
        } else if (intent instanceof Intent.ArchiveInvoice i) {
            putInvoiceRef(s, i.invoice());
        } else if (intent instanceof Intent.ListPayments i) {
            s.put("client", i.client());
            s.put("invoice", i.invoice());
            putRange(s, i.range());
        } else if (intent instanceof Intent.DeletePayment i) {
            s.put("payment", i.payment());
            s.put("invoice", i.invoice());
        } else {
            throw new AssertionError(intent);
        }
    }

    private static void putEstimateRef(Map<String, Object> s, EstimateRef r) {
        if (r.isNumber()) {
            s.put("estimate", r.number());
        } else {
            s.put("client", r.latestOfClient());
            s.put("which", "latest");
        }
    }

    private static void putNewRef(Map<String, Object> s, NameRef r) {
        if (r != null) {
            s.put("new_" + r.kind().slot(), r.name());
        }
    }

    private static void putTimeEntry(Map<String, Object> s, TimeEntryRef r) {
        if (r == null) {
            return;
        }
        s.put("entry", r.isId() ? r.id() : r.last() ? "last" : null);
        s.put("date", r.day());
        putRef(s, r.on());
        s.put("service", r.service());
        s.put("duration_minutes", r.durationMinutes());
    }

    private static void putExpense(Map<String, Object> s, ExpenseRef r) {
        if (r == null) {
            return;
        }
        s.put("expense", r.isId() ? r.id() : r.last() ? "last" : null);
        s.put("date", r.day());
        s.put("vendor", r.vendor());
        s.put("amount", r.amount());
        s.put("category", r.category());
    }
}
