package dev.fbcli.cli.action;

import dev.fbcli.cli.action.client.ClientArchive;
import dev.fbcli.cli.action.client.ClientChanges;
import dev.fbcli.cli.action.client.ClientQueries;
import dev.fbcli.cli.action.estimate.EstimateChanges;
import dev.fbcli.cli.action.estimate.EstimateCreation;
import dev.fbcli.cli.action.estimate.EstimateLookup;
import dev.fbcli.cli.action.estimate.EstimateQueries;
import dev.fbcli.cli.action.estimate.EstimateSending;
import dev.fbcli.cli.action.expense.ExpenseEdits;
import dev.fbcli.cli.action.expense.ExpenseFinder;
import dev.fbcli.cli.action.expense.ExpenseQueries;
import dev.fbcli.cli.action.expense.ExpenseRecording;
import dev.fbcli.cli.action.invoice.DraftEdits;
import dev.fbcli.cli.action.invoice.InvoiceCreation;
import dev.fbcli.cli.action.invoice.InvoiceLookup;
import dev.fbcli.cli.action.invoice.InvoiceQueries;
import dev.fbcli.cli.action.invoice.InvoiceRemoval;
import dev.fbcli.cli.action.invoice.InvoiceSending;
import dev.fbcli.cli.action.invoice.PaymentHistory;
import dev.fbcli.cli.action.invoice.Payments;
import dev.fbcli.cli.action.invoice.TimeBilling;
import dev.fbcli.cli.action.project.ProjectChanges;
import dev.fbcli.cli.action.project.ProjectEdits;
import dev.fbcli.cli.action.project.ProjectQueries;
import dev.fbcli.cli.action.report.ReportViews;
import dev.fbcli.cli.action.service.Services;
import dev.fbcli.cli.action.team.TeamQueries;
import dev.fbcli.cli.action.time.TimeEdits;
import dev.fbcli.cli.action.time.TimeEntryFinder;
import dev.fbcli.cli.action.time.TimeLogging;
import dev.fbcli.cli.action.time.TimeReports;
import dev.fbcli.cli.action.time.Timers;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.pipeline.Step;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.session.Account;
import dev.fbcli.nlp.intent.ExpenseRef;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.InvoiceLine;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The only place where an {@link Intent} meets FreshBooks: it hands each intent
 * to the class of its concern, which reads what it needs and returns a {@link Step}: a {@link View}
 * for a read (done at once), a {@link Plan} for a write (to confirm). The structured commands that
 * have no intent of their own (a time report's grouping, invoice edits, the aging and team lists)
 * come in through the methods below it.
 */
public final class Actions {
    private final TimeLogging timeLogging;
    private final TimeReports timeReports;
    private final Timers timers;
    private final InvoiceCreation invoiceCreation;
    private final InvoiceSending invoiceSending;
    private final InvoiceQueries invoiceQueries;
    private final Payments payments;
    private final DraftEdits draftEdits;
    private final ExpenseRecording expenseRecording;
    private final ExpenseQueries expenseQueries;
    private final ClientChanges clientChanges;
    private final ClientQueries clientQueries;
    private final ProjectChanges projectChanges;
    private final ProjectQueries projectQueries;
    private final TeamQueries team;
    private final TimeEdits timeEdits;
    private final ExpenseEdits expenseEdits;
    private final ClientArchive clientArchive;
    private final ProjectEdits projectEdits;
    private final Services services;
    private final InvoiceRemoval invoiceRemoval;
    private final PaymentHistory paymentHistory;
    private final TimeBilling timeBilling;
    private final EstimateCreation estimateCreation;
    private final EstimateSending estimateSending;
    private final EstimateQueries estimateQueries;
    private final EstimateChanges estimateChanges;
    private final ReportViews reports;

    public Actions(Account account, Names names, String currency) {
        this(account, names, currency, null);
    }

    /** {@code ask} (nullable: no one to ask) puts a question to the person at the terminal (a missing hourly rate). */
    public Actions(Account account, Names names, String currency, Function<String, String> ask) {
        Currencies currencies = new Currencies(account, currency);
        InvoiceLookup invoices = new InvoiceLookup(account, names);
        this.timeLogging = new TimeLogging(account, names);
        this.timeReports = new TimeReports(account, names);
        this.timers = new Timers(account, names);
        this.invoiceSending = new InvoiceSending(account, invoices);
        this.invoiceCreation = new InvoiceCreation(account, names, invoiceSending);
        this.invoiceQueries = new InvoiceQueries(account, names, invoices);
        this.payments = new Payments(account, names, invoices);
        this.draftEdits = new DraftEdits(account, invoices);
        this.expenseRecording = new ExpenseRecording(account, names, currencies);
        this.expenseQueries = new ExpenseQueries(account, names);
        this.clientChanges = new ClientChanges(account, names);
        this.clientQueries = new ClientQueries(account, names);
        this.projectChanges = new ProjectChanges(account, names, currencies);
        this.projectQueries = new ProjectQueries(account, names, currencies);
        this.team = new TeamQueries(account, names);
        this.timeEdits = new TimeEdits(account, names, new TimeEntryFinder(account, names));
        this.expenseEdits = new ExpenseEdits(account, names, new ExpenseFinder(account, names));
        this.clientArchive = new ClientArchive(account, names);
        this.projectEdits = new ProjectEdits(account, names, currencies);
        this.services = new Services(account, names, currencies);
        this.invoiceRemoval = new InvoiceRemoval(account, invoices);
        this.paymentHistory = new PaymentHistory(account, names, invoices);
        this.timeBilling = new TimeBilling(account, names, invoiceSending, ask);
        EstimateLookup estimates = new EstimateLookup(account, names);
        this.estimateSending = new EstimateSending(account, estimates);
        this.estimateCreation = new EstimateCreation(account, names, estimateSending);
        this.estimateQueries = new EstimateQueries(account, names, estimates);
        this.estimateChanges = new EstimateChanges(account, estimates);
        this.reports = new ReportViews(account, currencies);
    }

    /** A {@link View} for a read, a {@link Plan} for a write. */
    public Step prepare(Intent i) {
        Values.check(i); // whatever produced the intent: values fb would write differently are refused
        if (i instanceof Intent.LogTime t) {
            return timeLogging.log(t);
        } else if (i instanceof Intent.ListTime t) {
            return timeReports.list(
                    t,
                    t.groupBy() == null
                            ? TimeReports.By.ENTRY
                            : TimeReports.By.valueOf(t.groupBy().name()),
                    false);
        } else if (i instanceof Intent.BillTime b) {
            return timeBilling.bill(b, null);
        } else if (i instanceof Intent.StartTimer t) {
            return timers.start(t);
        } else if (i instanceof Intent.StopTimer t) {
            return timers.stop(t);
        } else if (i instanceof Intent.CreateInvoice c) {
            return invoiceCreation.create(c);
        } else if (i instanceof Intent.ListInvoices l) {
            return invoiceQueries.list(l);
        } else if (i instanceof Intent.ShowInvoice s) {
            return invoiceQueries.show(s);
        } else if (i instanceof Intent.SendInvoice s) {
            return invoiceSending.send(s);
        } else if (i instanceof Intent.RecordPayment p) {
            return payments.record(p, p.credit());
        } else if (i instanceof Intent.CreateExpense e) {
            return expenseRecording.create(e);
        } else if (i instanceof Intent.ListExpenses l) {
            return expenseQueries.list(l);
        } else if (i instanceof Intent.CreateClient c) {
            return clientChanges.create(c);
        } else if (i instanceof Intent.UpdateClient u) {
            return clientChanges.update(u);
        } else if (i instanceof Intent.ShowClient s) {
            return clientQueries.show(s);
        } else if (i instanceof Intent.ListClients l) {
            return clientQueries.list(l);
        } else if (i instanceof Intent.CreateProject p) {
            return projectChanges.create(p);
        } else if (i instanceof Intent.ShowProject s) {
            return projectQueries.show(s);
        } else if (i instanceof Intent.ListProjects l) {
            return projectQueries.list(l);
        } else if (i instanceof Intent.AssignProject a) {
            return projectChanges.assign(a);
        } else if (i instanceof Intent.ShowTimeEntry s) {
            return timeEdits.show(s);
        } else if (i instanceof Intent.EditTime e) {
            return timeEdits.edit(e);
        } else if (i instanceof Intent.DeleteTime d) {
            return timeEdits.delete(d);
        } else if (i instanceof Intent.TimerStatus) {
            return timers.status();
        } else if (i instanceof Intent.DiscardTimer) {
            return timers.discard();
        } else if (i instanceof Intent.ShowExpense s) {
            return expenseEdits.show(s);
        } else if (i instanceof Intent.EditExpense e) {
            return expenseEdits.edit(e);
        } else if (i instanceof Intent.DeleteExpense d) {
            return expenseEdits.delete(d);
        } else if (i instanceof Intent.ArchiveClient a) {
            return clientArchive.archive(a);
        } else if (i instanceof Intent.UnarchiveClient u) {
            return clientArchive.unarchive(u);
        } else if (i instanceof Intent.EditProject e) {
            return projectEdits.edit(e);
        } else if (i instanceof Intent.CompleteProject c) {
            return projectEdits.complete(c);
        } else if (i instanceof Intent.ArchiveProject a) {
            return projectEdits.archive(a);
        } else if (i instanceof Intent.UnassignProject u) {
            return projectEdits.unassign(u);
        } else if (i instanceof Intent.ListServices) {
            return services.list();
        } else if (i instanceof Intent.CreateService c) {
            return services.create(c);
        } else if (i instanceof Intent.SetServiceRate r) {
            return services.rate(r);
        } else if (i instanceof Intent.DeleteInvoice d) {
            return invoiceRemoval.delete(d);
        } else if (i instanceof Intent.ArchiveInvoice a) {
            return invoiceRemoval.archive(a);
        } else if (i instanceof Intent.ListPayments l) {
            return paymentHistory.list(l);
        } else if (i instanceof Intent.DeletePayment d) {
            return paymentHistory.delete(d);
        } else if (i instanceof Intent.CreateEstimate c) {
            return estimateCreation.create(c);
        } else if (i instanceof Intent.ListEstimates l) {
            return estimateQueries.list(l);
        } else if (i instanceof Intent.ShowEstimate s) {
            return estimateQueries.show(s);
        } else if (i instanceof Intent.SendEstimate s) {
            return estimateSending.send(s);
        } else if (i instanceof Intent.AcceptEstimate a) {
            return estimateChanges.accept(a);
        } else if (i instanceof Intent.ConvertEstimate c) {
            return estimateChanges.convert(c);
        } else if (i instanceof Intent.ShowReport r) {
            return reports.show(r);
        } else if (i instanceof Intent.Clarify || i instanceof Intent.Unsupported) {
            throw new IllegalArgumentException("not an executable intent: " + i);
        }
        throw new AssertionError(i);
    }

    /** A time report: entries ({@code by} "entry") or totals grouped by day, client, project, service or member. */
    public View timeList(Intent.ListTime t, String by, boolean team) {
        Values.check(t);
        return timeReports.list(t, TimeReports.By.valueOf(by.toUpperCase(Locale.ROOT)), team);
    }

    /** invoice.from_time from {@code invoice create --client C --project P --from-time}: P must be C's. */
    public Step billTime(Intent.BillTime b, String client) {
        return timeBilling.bill(b, client);
    }

    /** payment.record; {@code asCredit}: an amount above what is owed is meant (the rest is the client's credit). */
    public Plan recordPayment(Intent.RecordPayment p, boolean asCredit) {
        Values.check(p);
        return payments.record(p, asCredit);
    }

    public View invoiceAging() {
        return invoiceQueries.aging();
    }

    public Plan invoiceEdit(
            String number, List<InvoiceLine> addLines, List<Integer> removeLines, Integer dueInDays, String notes) {
        Values.check("edit invoice " + number, addLines, notes);
        return draftEdits.edit(number, addLines, removeLines, dueInDays, notes);
    }

    public Plan invoiceMarkSent(String number) {
        return draftEdits.markSent(number);
    }

    public View teamList() {
        return team.list();
    }

    /** Downloads an expense's receipt into {@code save} (a file, or a directory); a read. */
    public View expenseReceipt(ExpenseRef expense, Path save, boolean overwrite) {
        return expenseEdits.receipt(expense, save, overwrite);
    }

    public View expenseCategories() {
        return expenseQueries.categories();
    }
}
