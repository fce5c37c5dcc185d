package dev.fbcli.nlp.intent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the user asked for, typed and validated: one record per intent of INTENTS.md, plus
 * {@link Clarify} (an intent with required slots missing) and {@link Unsupported} (not a request
 * {@code fb} serves). Nullable fields are documented per record; a null means "not said".
 * Compact constructors check the invariants, so an {@code Intent} that exists is valid.
 *
 * <p>Java 17: dispatch with an {@code instanceof} chain ending in {@code throw new AssertionError(i)}.
 */
public sealed interface Intent
        permits Intent.CreateInvoice,
                Intent.ListInvoices,
                Intent.ShowInvoice,
                Intent.SendInvoice,
                Intent.RecordPayment,
                Intent.LogTime,
                Intent.ListTime,
                Intent.StartTimer,
                Intent.StopTimer,
                Intent.CreateExpense,
                Intent.ListExpenses,
                Intent.CreateClient,
                Intent.UpdateClient,
                Intent.ShowClient,
                Intent.ListClients,
                Intent.CreateProject,
                Intent.ShowProject,
                Intent.ListProjects,
                Intent.AssignProject,
                Intent.BillTime,
                Intent.CreateEstimate,
                Intent.ListEstimates,
                Intent.ShowEstimate,
                Intent.SendEstimate,
                Intent.AcceptEstimate,
                Intent.ConvertEstimate,
                Intent.ShowReport,
                Intent.ShowTimeEntry,
                Intent.EditTime,
                Intent.DeleteTime,
                Intent.TimerStatus,
                Intent.DiscardTimer,
                Intent.ShowExpense,
                Intent.EditExpense,
                Intent.DeleteExpense,
                Intent.ArchiveClient,
                Intent.UnarchiveClient,
                Intent.EditProject,
                Intent.CompleteProject,
                Intent.ArchiveProject,
                Intent.UnassignProject,
                Intent.ListServices,
                Intent.CreateService,
                Intent.SetServiceRate,
                Intent.DeleteInvoice,
                Intent.ArchiveInvoice,
                Intent.ListPayments,
                Intent.DeletePayment,
                Intent.Clarify,
                Intent.Unsupported {

    /** The intent of INTENTS.md this is ({@link IntentType#UNKNOWN} for {@link Unsupported}). */
    IntentType type();

    /** True for intents that change the account (the CLI confirms them). */
    default boolean writes() {
        return switch (type()) {
            case INVOICE_CREATE,
                    INVOICE_SEND,
                    PAYMENT_RECORD,
                    TIME_LOG,
                    TIMER_START,
                    TIMER_STOP,
                    EXPENSE_CREATE,
                    CLIENT_CREATE,
                    CLIENT_UPDATE,
                    PROJECT_CREATE,
                    PROJECT_ASSIGN,
                    INVOICE_FROM_TIME,
                    ESTIMATE_CREATE,
                    ESTIMATE_SEND,
                    ESTIMATE_ACCEPT,
                    ESTIMATE_CONVERT,
                    TIME_EDIT,
                    TIME_DELETE,
                    TIMER_DISCARD,
                    EXPENSE_EDIT,
                    EXPENSE_DELETE,
                    CLIENT_ARCHIVE,
                    CLIENT_UNARCHIVE,
                    PROJECT_EDIT,
                    PROJECT_COMPLETE,
                    PROJECT_ARCHIVE,
                    PROJECT_UNASSIGN,
                    SERVICE_CREATE,
                    SERVICE_RATE,
                    INVOICE_DELETE,
                    INVOICE_ARCHIVE,
                    PAYMENT_DELETE -> true;
            default -> false;
        };
    }

    private static String need(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return s.strip();
    }

    private static String opt(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * invoice.create. {@code lines} may be empty; {@code total} (nullable) is the stated total;
     * at most one of {@code dueInDays}/{@code dueDate}; {@code notes}, {@code date} nullable.
     */
    record CreateInvoice(
            String client,
            List<InvoiceLine> lines,
            Money total,
            Integer dueInDays,
            LocalDate dueDate,
            boolean send,
            String notes,
            LocalDate date)
            implements Intent {
        public CreateInvoice {
            client = need(client, "the client of an invoice");
            lines = lines == null ? List.of() : List.copyOf(lines);
            if (dueInDays != null && dueInDays < 0) {
                throw new IllegalArgumentException("due in days cannot be negative");
            }
            if (dueInDays != null && dueDate != null) {
                throw new IllegalArgumentException("give due in days or a due date, not both");
            }
            notes = opt(notes);
        }

        public IntentType type() {
            return IntentType.INVOICE_CREATE;
        }
    }

    /** invoice.list; every field nullable (a filter not given). */
    record ListInvoices(InvoiceStatus status, String client, Integer olderThanDays, DateRange range, Money minAmount)
            implements Intent {
        public ListInvoices {
            client = opt(client);
            if (olderThanDays != null && olderThanDays < 0) {
                throw new IllegalArgumentException("older than days cannot be negative");
            }
        }

        public IntentType type() {
            return IntentType.INVOICE_LIST;
        }
    }

    /** invoice.show. */
    record ShowInvoice(InvoiceRef invoice) implements Intent {
        public ShowInvoice {
            if (invoice == null) {
                throw new IllegalArgumentException("which invoice is required");
            }
        }

        public IntentType type() {
            return IntentType.INVOICE_SHOW;
        }
    }

    /** invoice.send; {@code email} nullable (the client's address on file). */
    record SendInvoice(InvoiceRef invoice, String email) implements Intent {
        public SendInvoice {
            if (invoice == null) {
                throw new IllegalArgumentException("which invoice is required");
            }
            email = opt(email);
        }

        public IntentType type() {
            return IntentType.INVOICE_SEND;
        }
    }

    /**
     * payment.record: {@code invoice} (number) or {@code client} (or both) is set; {@code amount}
     * null means the whole balance; {@code date}, {@code method} nullable; {@code credit}: an amount
     * above what the invoice owes is meant, the rest kept as the client's credit.
     */
    record RecordPayment(String invoice, String client, Money amount, LocalDate date, String method, boolean credit)
            implements Intent {
        /** A payment that may not exceed what is owed. */
        public RecordPayment(String invoice, String client, Money amount, LocalDate date, String method) {
            this(invoice, client, amount, date, method, false);
        }

        public RecordPayment {
            invoice = opt(invoice);
            client = opt(client);
            if (invoice == null && client == null) {
                throw new IllegalArgumentException("a payment needs an invoice or a client");
            }
            method = opt(method);
        }

        public IntentType type() {
            return IntentType.PAYMENT_RECORD;
        }
    }

    /**
     * time.log: {@code durationMinutes} 1..1440 and {@code date} always set; {@code on},
     * {@code service}, {@code note}, {@code billable}, {@code startTime} nullable.
     */
    record LogTime(
            int durationMinutes,
            LocalDate date,
            NameRef on,
            String service,
            String note,
            Boolean billable,
            LocalTime startTime)
            implements Intent {
        public LogTime {
            if (durationMinutes <= 0 || durationMinutes > 24 * 60) {
                throw new IllegalArgumentException("a time entry lasts 1 minute to 24 hours, not " + durationMinutes);
            }
            if (date == null) {
                throw new IllegalArgumentException("a time entry needs a date");
            }
            service = opt(service);
            note = opt(note);
        }

        public IntentType type() {
            return IntentType.TIME_LOG;
        }
    }

    /**
     * time.list; every field nullable. {@code unbilled}: only billable entries not yet invoiced;
     * {@code groupBy}: totals per day, client, project, service or member.
     */
    record ListTime(DateRange range, NameRef on, String service, Boolean unbilled, TimeGrouping groupBy)
            implements Intent {
        public ListTime {
            service = opt(service);
        }

        /** The filters of the original contract. */
        public ListTime(DateRange range, NameRef on, String service) {
            this(range, on, service, null, null);
        }

        public IntentType type() {
            return IntentType.TIME_LIST;
        }
    }

    /** timer.start; every field nullable. */
    record StartTimer(NameRef on, String service, String note) implements Intent {
        public StartTimer {
            service = opt(service);
            note = opt(note);
        }

        public IntentType type() {
            return IntentType.TIMER_START;
        }
    }

    /** timer.stop; {@code note} nullable. */
    record StopTimer(String note) implements Intent {
        public StopTimer {
            note = opt(note);
        }

        public IntentType type() {
            return IntentType.TIMER_STOP;
        }
    }

    /**
     * expense.create: {@code amount} and {@code date} always set; {@code category}, {@code vendor},
     * {@code on}, {@code receipt} (a file path as said), {@code note} nullable.
     */
    record CreateExpense(
            Money amount, String category, String vendor, LocalDate date, NameRef on, String receipt, String note)
            implements Intent {
        public CreateExpense {
            if (amount == null) {
                throw new IllegalArgumentException("an expense needs an amount");
            }
            if (date == null) {
                throw new IllegalArgumentException("an expense needs a date");
            }
            category = opt(category);
            vendor = opt(vendor);
            receipt = opt(receipt);
            note = opt(note);
        }

        public IntentType type() {
            return IntentType.EXPENSE_CREATE;
        }
    }

    /** expense.list; every field nullable ({@code minAmount}: expenses over that amount). */
    record ListExpenses(DateRange range, String category, String vendor, NameRef on, Money minAmount)
            implements Intent {
        public ListExpenses {
            category = opt(category);
            vendor = opt(vendor);
        }

        /** The filters of the original contract. */
        public ListExpenses(DateRange range, String category, String vendor, NameRef on) {
            this(range, category, vendor, on, null);
        }

        public IntentType type() {
            return IntentType.EXPENSE_LIST;
        }
    }

    /**
     * client.create: {@code organization}, or both {@code firstName} and {@code lastName};
     * {@code currency} an ISO 4217 code or null; the rest nullable ({@code address} null when no
     * part of it was said).
     */
    record CreateClient(
            String organization,
            String firstName,
            String lastName,
            String email,
            String phone,
            String currency,
            Address address,
            String note)
            implements Intent {
        /** The fields of the original contract. */
        public CreateClient(
                String organization, String firstName, String lastName, String email, String phone, String currency) {
            this(organization, firstName, lastName, email, phone, currency, null, null);
        }

        public CreateClient {
            note = opt(note);
            organization = opt(organization);
            firstName = opt(firstName);
            lastName = opt(lastName);
            if (organization == null && (firstName == null || lastName == null)) {
                throw new IllegalArgumentException("a client needs an organization or a first and last name");
            }
            email = opt(email);
            phone = opt(phone);
            if (currency != null && !currency.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("not an ISO 4217 currency code: " + currency);
            }
        }

        public IntentType type() {
            return IntentType.CLIENT_CREATE;
        }
    }

    /**
     * client.update: {@code client} is who; the rest are the new values, at least one set
     * ({@code address}: the parts said; {@code note}: a note kept on the client).
     */
    record UpdateClient(
            String client,
            String email,
            String phone,
            String firstName,
            String lastName,
            String organization,
            Address address,
            String note)
            implements Intent {
        public UpdateClient {
            client = need(client, "the client to update");
            email = opt(email);
            phone = opt(phone);
            firstName = opt(firstName);
            lastName = opt(lastName);
            organization = opt(organization);
            note = opt(note);
            if (email == null
                    && phone == null
                    && firstName == null
                    && lastName == null
                    && organization == null
                    && address == null
                    && note == null) {
                throw new IllegalArgumentException("say what to change about " + client);
            }
        }

        /** The fields of the original contract. */
        public UpdateClient(
                String client, String email, String phone, String firstName, String lastName, String organization) {
            this(client, email, phone, firstName, lastName, organization, null, null);
        }

        public IntentType type() {
            return IntentType.CLIENT_UPDATE;
        }
    }

    /** client.show. */
    record ShowClient(String client) implements Intent {
        public ShowClient {
            client = need(client, "the client to show");
        }

        public IntentType type() {
            return IntentType.CLIENT_SHOW;
        }
    }

    /** client.list; {@code hasOutstanding} nullable (no filter). */
    record ListClients(Boolean hasOutstanding) implements Intent {
        public IntentType type() {
            return IntentType.CLIENT_LIST;
        }
    }

    /** project.create: {@code title} set; the rest nullable. */
    record CreateProject(
            String title,
            String client,
            BigDecimal budgetHours,
            Money budgetAmount,
            BillingMethod billingMethod,
            Money rate,
            Money fixedPrice,
            LocalDate dueDate)
            implements Intent {
        public CreateProject {
            title = need(title, "the project title");
            client = opt(client);
            if (budgetHours != null && budgetHours.signum() <= 0) {
                throw new IllegalArgumentException("a budget in hours must be positive");
            }
        }

        public IntentType type() {
            return IntentType.PROJECT_CREATE;
        }
    }

    /** project.show. */
    record ShowProject(String project) implements Intent {
        public ShowProject {
            project = need(project, "the project to show");
        }

        public IntentType type() {
            return IntentType.PROJECT_SHOW;
        }
    }

    /** project.list; {@code client} nullable; {@code overBudget} true: only projects over their budget. */
    record ListProjects(String client, Boolean overBudget) implements Intent {
        public ListProjects {
            client = opt(client);
        }

        /** The filter of the original contract. */
        public ListProjects(String client) {
            this(client, null);
        }

        public IntentType type() {
            return IntentType.PROJECT_LIST;
        }
    }

    /** project.assign: {@code member} is a name or an email address. */
    record AssignProject(String project, String member) implements Intent {
        public AssignProject {
            project = need(project, "the project");
            member = need(member, "who to add");
        }

        public IntentType type() {
            return IntentType.PROJECT_ASSIGN;
        }
    }

    // ---------------------------------------------------------------- added intents (docs/intents.md)

    /**
     * invoice.from_time: bill the unbilled time of {@code on} (a client, a project, or a name said
     * without saying which), within {@code range} (nullable: all unbilled time); {@code rate}
     * (nullable) an hourly rate said in the phrase; {@code groupBy} (nullable) how entries become
     * lines; {@code send}: e-mail the invoice once made.
     */
    record BillTime(NameRef on, DateRange range, Money rate, BillGrouping groupBy, boolean send) implements Intent {
        public BillTime {
            if (on == null) {
                throw new IllegalArgumentException("say whose time to invoice: a client or a project");
            }
            positive(rate, "an hourly rate");
        }

        public IntentType type() {
            return IntentType.INVOICE_FROM_TIME;
        }
    }

    /**
     * estimate.create: like {@link CreateInvoice} without terms. {@code lines} may be empty;
     * {@code total}, {@code notes}, {@code date} nullable.
     */
    record CreateEstimate(
            String client, List<InvoiceLine> lines, Money total, String notes, LocalDate date, boolean send)
            implements Intent {
        public CreateEstimate {
            client = need(client, "the client of an estimate");
            lines = lines == null ? List.of() : List.copyOf(lines);
            notes = opt(notes);
        }

        public IntentType type() {
            return IntentType.ESTIMATE_CREATE;
        }
    }

    /** estimate.list; every field nullable. */
    record ListEstimates(String client, EstimateStatus status) implements Intent {
        public ListEstimates {
            client = opt(client);
        }

        public IntentType type() {
            return IntentType.ESTIMATE_LIST;
        }
    }

    /** estimate.show. */
    record ShowEstimate(EstimateRef estimate) implements Intent {
        public ShowEstimate {
            needRef(estimate, "which estimate");
        }

        public IntentType type() {
            return IntentType.ESTIMATE_SHOW;
        }
    }

    /** estimate.send; {@code email} nullable (the client's address on file). */
    record SendEstimate(EstimateRef estimate, String email) implements Intent {
        public SendEstimate {
            needRef(estimate, "which estimate");
            email = opt(email);
        }

        public IntentType type() {
            return IntentType.ESTIMATE_SEND;
        }
    }

    /** estimate.accept: mark the estimate accepted by the client. */
    record AcceptEstimate(EstimateRef estimate) implements Intent {
        public AcceptEstimate {
            needRef(estimate, "which estimate");
        }

        public IntentType type() {
            return IntentType.ESTIMATE_ACCEPT;
        }
    }

    /** estimate.convert: make an invoice from the estimate. */
    record ConvertEstimate(EstimateRef estimate) implements Intent {
        public ConvertEstimate {
            needRef(estimate, "which estimate");
        }

        public IntentType type() {
            return IntentType.ESTIMATE_CONVERT;
        }
    }

    /**
     * report.show: {@code report} set; {@code range}, {@code groupBy} and {@code currency} (an ISO
     * 4217 code) nullable.
     */
    record ShowReport(ReportKind report, DateRange range, ReportGrouping groupBy, String currency) implements Intent {
        public ShowReport {
            needRef(report, "which report");
            currency = iso(currency);
        }

        public IntentType type() {
            return IntentType.REPORT_SHOW;
        }
    }

    /** time.show. */
    record ShowTimeEntry(TimeEntryRef entry) implements Intent {
        public ShowTimeEntry {
            needRef(entry, "which time entry");
        }

        public IntentType type() {
            return IntentType.TIME_SHOW;
        }
    }

    /**
     * time.edit: {@code entry} says which (nullable: not said, the CLI asks); the {@code new*}
     * fields are what changes, nullable, at least one set. {@code newOn} moves the entry to another
     * client or project.
     */
    record EditTime(
            TimeEntryRef entry,
            Integer newDurationMinutes,
            LocalDate newDate,
            NameRef newOn,
            String newService,
            String newNote,
            Boolean newBillable)
            implements Intent {
        public EditTime {
            newService = opt(newService);
            newNote = opt(newNote);
            if (newDurationMinutes != null && (newDurationMinutes <= 0 || newDurationMinutes > 24 * 60)) {
                throw new IllegalArgumentException(
                        "a time entry lasts 1 minute to 24 hours, not " + newDurationMinutes + " minutes");
            }
            if (newDurationMinutes == null
                    && newDate == null
                    && newOn == null
                    && newService == null
                    && newNote == null
                    && newBillable == null) {
                throw new IllegalArgumentException("say what to change about the time entry");
            }
        }

        public IntentType type() {
            return IntentType.TIME_EDIT;
        }
    }

    /** time.delete. */
    record DeleteTime(TimeEntryRef entry) implements Intent {
        public DeleteTime {
            needRef(entry, "which time entry");
        }

        public IntentType type() {
            return IntentType.TIME_DELETE;
        }
    }

    /** timer.status: what is running. */
    record TimerStatus() implements Intent {
        public IntentType type() {
            return IntentType.TIMER_STATUS;
        }
    }

    /** timer.discard: stop the running timer without logging its time. */
    record DiscardTimer() implements Intent {
        public IntentType type() {
            return IntentType.TIMER_DISCARD;
        }
    }

    /** expense.show. */
    record ShowExpense(ExpenseRef expense) implements Intent {
        public ShowExpense {
            needRef(expense, "which expense");
        }

        public IntentType type() {
            return IntentType.EXPENSE_SHOW;
        }
    }

    /**
     * expense.edit: {@code expense} says which (nullable: not said); the {@code new*} fields and
     * {@code receipt} (a path to attach) are what changes, nullable, at least one set.
     */
    record EditExpense(
            ExpenseRef expense,
            Money newAmount,
            String newCategory,
            String newVendor,
            LocalDate newDate,
            NameRef newOn,
            String newNote,
            String receipt)
            implements Intent {
        public EditExpense {
            newCategory = opt(newCategory);
            newVendor = opt(newVendor);
            newNote = opt(newNote);
            receipt = opt(receipt);
            if (newAmount == null
                    && newCategory == null
                    && newVendor == null
                    && newDate == null
                    && newOn == null
                    && newNote == null
                    && receipt == null) {
                throw new IllegalArgumentException("say what to change about the expense");
            }
        }

        public IntentType type() {
            return IntentType.EXPENSE_EDIT;
        }
    }

    /** expense.delete. */
    record DeleteExpense(ExpenseRef expense) implements Intent {
        public DeleteExpense {
            needRef(expense, "which expense");
        }

        public IntentType type() {
            return IntentType.EXPENSE_DELETE;
        }
    }

    /** client.archive. */
    record ArchiveClient(String client) implements Intent {
        public ArchiveClient {
            client = need(client, "the client to archive");
        }

        public IntentType type() {
            return IntentType.CLIENT_ARCHIVE;
        }
    }

    /** client.unarchive. */
    record UnarchiveClient(String client) implements Intent {
        public UnarchiveClient {
            client = need(client, "the client to restore");
        }

        public IntentType type() {
            return IntentType.CLIENT_UNARCHIVE;
        }
    }

    /**
     * project.edit: {@code project} is which; the rest are the new values, nullable, at least one
     * set.
     */
    record EditProject(
            String project,
            String newTitle,
            BigDecimal budgetHours,
            Money budgetAmount,
            Money rate,
            Money fixedPrice,
            LocalDate dueDate)
            implements Intent {
        public EditProject {
            project = need(project, "the project to change");
            newTitle = opt(newTitle);
            if (budgetHours != null && budgetHours.signum() <= 0) {
                throw new IllegalArgumentException("a budget in hours must be positive");
            }
            if (newTitle == null
                    && budgetHours == null
                    && budgetAmount == null
                    && rate == null
                    && fixedPrice == null
                    && dueDate == null) {
                throw new IllegalArgumentException("say what to change about " + project);
            }
        }

        public IntentType type() {
            return IntentType.PROJECT_EDIT;
        }
    }

    /** project.complete. */
    record CompleteProject(String project) implements Intent {
        public CompleteProject {
            project = need(project, "the project to complete");
        }

        public IntentType type() {
            return IntentType.PROJECT_COMPLETE;
        }
    }

    /** project.archive. */
    record ArchiveProject(String project) implements Intent {
        public ArchiveProject {
            project = need(project, "the project to archive");
        }

        public IntentType type() {
            return IntentType.PROJECT_ARCHIVE;
        }
    }

    /** project.unassign: {@code member} is a name or an email address. */
    record UnassignProject(String project, String member) implements Intent {
        public UnassignProject {
            project = need(project, "the project");
            member = need(member, "who to remove");
        }

        public IntentType type() {
            return IntentType.PROJECT_UNASSIGN;
        }
    }

    /** service.list. */
    record ListServices() implements Intent {
        public IntentType type() {
            return IntentType.SERVICE_LIST;
        }
    }

    /** service.create: {@code name} set; {@code rate} (hourly) and {@code billable} nullable. */
    record CreateService(String name, Money rate, Boolean billable) implements Intent {
        public CreateService {
            name = need(name, "the service name");
        }

        public IntentType type() {
            return IntentType.SERVICE_CREATE;
        }
    }

    /** service.rate: the service's new hourly rate. */
    record SetServiceRate(String service, Money rate) implements Intent {
        public SetServiceRate {
            service = need(service, "the service");
            needRef(rate, "the new rate");
        }

        public IntentType type() {
            return IntentType.SERVICE_RATE;
        }
    }

    /** invoice.delete. */
    record DeleteInvoice(InvoiceRef invoice) implements Intent {
        public DeleteInvoice {
            needRef(invoice, "which invoice");
        }

        public IntentType type() {
            return IntentType.INVOICE_DELETE;
        }
    }

    /** invoice.archive. */
    record ArchiveInvoice(InvoiceRef invoice) implements Intent {
        public ArchiveInvoice {
            needRef(invoice, "which invoice");
        }

        public IntentType type() {
            return IntentType.INVOICE_ARCHIVE;
        }
    }

    /** payment.list; every field nullable ({@code invoice}: the number as said). */
    record ListPayments(String client, String invoice, DateRange range) implements Intent {
        public ListPayments {
            client = opt(client);
            invoice = opt(invoice);
        }

        public IntentType type() {
            return IntentType.PAYMENT_LIST;
        }
    }

    /**
     * payment.delete: the {@code payment} (an id), or the payment on {@code invoice} (a number as
     * said); at least one set.
     */
    record DeletePayment(String payment, String invoice) implements Intent {
        public DeletePayment {
            payment = RecordIds.id(opt(payment), "payment");
            invoice = opt(invoice);
            if (payment == null && invoice == null) {
                throw new IllegalArgumentException("say which payment: its id, or the invoice it paid");
            }
        }

        public IntentType type() {
            return IntentType.PAYMENT_DELETE;
        }
    }

    private static void needRef(Object ref, String what) {
        if (ref == null) {
            throw new IllegalArgumentException(what + " is required");
        }
    }

    private static void positive(Money m, String what) {
        if (m != null && m.amount().signum() == 0) {
            throw new IllegalArgumentException(what + " cannot be zero");
        }
    }

    private static String iso(String currency) {
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: " + currency);
        }
        return currency;
    }

    /**
     * A request that was understood but lacks required slots ({@code frame.missing()} is not
     * empty): the CLI asks for them, a script fails. {@link #type()} is the intended intent.
     */
    record Clarify(Frame frame) implements Intent {
        public Clarify {
            if (frame == null || frame.isUnknown()) {
                throw new IllegalArgumentException("clarify needs a frame of a known intent");
            }
        }

        public IntentType type() {
            return frame.type();
        }

        public List<String> missing() {
            return frame.missing();
        }
    }

    /** Not a request {@code fb} can serve; {@code reason} is a short explanation for people. */
    record Unsupported(String input, String reason) implements Intent {
        public Unsupported {
            input = input == null ? "" : input;
            reason = reason == null || reason.isBlank() ? "not a request fb understands" : reason;
        }

        public IntentType type() {
            return IntentType.UNKNOWN;
        }
    }
}
