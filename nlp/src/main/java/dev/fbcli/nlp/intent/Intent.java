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
                    PROJECT_ASSIGN -> true;
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
     * null means the whole balance; {@code date}, {@code method} nullable.
     */
    record RecordPayment(String invoice, String client, Money amount, LocalDate date, String method) implements Intent {
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

    /** time.list; every field nullable. */
    record ListTime(DateRange range, NameRef on, String service) implements Intent {
        public ListTime {
            service = opt(service);
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

    /** expense.list; every field nullable. */
    record ListExpenses(DateRange range, String category, String vendor, NameRef on) implements Intent {
        public ListExpenses {
            category = opt(category);
            vendor = opt(vendor);
        }

        public IntentType type() {
            return IntentType.EXPENSE_LIST;
        }
    }

    /**
     * client.create: {@code organization}, or both {@code firstName} and {@code lastName};
     * {@code currency} an ISO 4217 code or null; the rest nullable.
     */
    record CreateClient(
            String organization, String firstName, String lastName, String email, String phone, String currency)
            implements Intent {
        public CreateClient {
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

    /** client.update: {@code client} is who; the rest are the new values, at least one set. */
    record UpdateClient(
            String client, String email, String phone, String firstName, String lastName, String organization)
            implements Intent {
        public UpdateClient {
            client = need(client, "the client to update");
            email = opt(email);
            phone = opt(phone);
            firstName = opt(firstName);
            lastName = opt(lastName);
            organization = opt(organization);
            if (email == null && phone == null && firstName == null && lastName == null && organization == null) {
                throw new IllegalArgumentException("say what to change about " + client);
            }
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

    /** project.list; {@code client} nullable. */
    record ListProjects(String client) implements Intent {
        public ListProjects {
            client = opt(client);
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
