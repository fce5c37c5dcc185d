package dev.fbcli.freshbooks.resource;

import dev.fbcli.freshbooks.http.RequestExecutor;
import dev.fbcli.freshbooks.model.BusinessContext;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Builds the resource classes over one executor and one business (used by
 * {@code FreshBooksClient}; the constructors are package-private so the family helpers stay hidden).
 */
public final class Resources {
    public final Identities identity;
    public final Clients clients;
    public final Invoices invoices;
    public final Payments payments;
    public final Expenses expenses;
    public final ExpenseCategories expenseCategories;
    public final Uploads uploads;
    public final Projects projects;
    public final Services services;
    public final TeamMembers teamMembers;
    public final TimeEntries timeEntries;
    public final Timers timers;
    public final Reports reports;
    public final Estimates estimates;

    public Resources(RequestExecutor executor, Supplier<BusinessContext> business, Clock clock) {
        Accounting acc = new Accounting(executor, business);
        ProjectFamily pf = new ProjectFamily(executor, business);
        this.identity = new Identities(executor);
        this.clients = new Clients(acc);
        this.invoices = new Invoices(acc);
        this.payments = new Payments(acc);
        this.uploads = new Uploads(acc);
        this.expenses = new Expenses(acc, uploads);
        this.expenseCategories = new ExpenseCategories(acc);
        this.projects = new Projects(pf);
        this.services = new Services(pf);
        this.teamMembers = new TeamMembers(pf);
        this.timeEntries = new TimeEntries(pf);
        this.timers = new Timers(timeEntries, clock);
        this.reports = new Reports(acc);
        this.estimates = new Estimates(acc);
    }
}
