package dev.fbcli.cli.action;

import dev.fbcli.cli.action.client.ClientActions;
import dev.fbcli.cli.action.expense.ExpenseActions;
import dev.fbcli.cli.action.invoice.InvoiceActions;
import dev.fbcli.cli.action.project.ProjectActions;
import dev.fbcli.cli.action.time.TimeActions;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.session.Account;
import dev.fbcli.nlp.intent.Intent;

/**
 * The only place where an {@link Intent} meets FreshBooks (STYLE convention 5): reads become a
 * {@link View} at once, writes a {@link Plan} to confirm. One collaborator per family.
 */
public final class Actions {
    private final TimeActions time;
    private final InvoiceActions invoices;
    private final ExpenseActions expenses;
    private final ClientActions clients;
    private final ProjectActions projects;

    private final Account account;

    public Actions(Account account, Names names, String currency) {
        this.account = account;
        Currencies currencies = new Currencies(account, currency);
        this.time = new TimeActions(account, names);
        this.invoices = new InvoiceActions(account, names);
        this.expenses = new ExpenseActions(account, names, currencies);
        this.clients = new ClientActions(account, names);
        this.projects = new ProjectActions(account, names, currencies);
    }

    /** A {@link View} for a read, a {@link Plan} for a write. */
    public Object prepare(Intent i) {
        if (i instanceof Intent.LogTime t) {
            return time.log(t);
        } else if (i instanceof Intent.ListTime t) {
            return time.list(t, TimeActions.By.ENTRY, false);
        } else if (i instanceof Intent.StartTimer t) {
            return time.startTimer(t);
        } else if (i instanceof Intent.StopTimer t) {
            return time.stopTimer(t);
        } else if (i instanceof Intent.CreateInvoice c) {
            return invoices.create(c);
        } else if (i instanceof Intent.ListInvoices l) {
            return invoices.list(l);
        } else if (i instanceof Intent.ShowInvoice s) {
            return invoices.show(s);
        } else if (i instanceof Intent.SendInvoice s) {
            return invoices.send(s);
        } else if (i instanceof Intent.RecordPayment p) {
            return invoices.recordPayment(p);
        } else if (i instanceof Intent.CreateExpense e) {
            return expenses.create(e);
        } else if (i instanceof Intent.ListExpenses l) {
            return expenses.list(l);
        } else if (i instanceof Intent.CreateClient c) {
            return clients.create(c);
        } else if (i instanceof Intent.UpdateClient u) {
            return clients.update(u);
        } else if (i instanceof Intent.ShowClient s) {
            return clients.show(s);
        } else if (i instanceof Intent.ListClients l) {
            return clients.list(l);
        } else if (i instanceof Intent.CreateProject p) {
            return projects.create(p);
        } else if (i instanceof Intent.ShowProject s) {
            return projects.show(s);
        } else if (i instanceof Intent.ListProjects l) {
            return projects.list(l);
        } else if (i instanceof Intent.AssignProject a) {
            return projects.assign(a);
        } else if (i instanceof Intent.Clarify || i instanceof Intent.Unsupported) {
            throw new IllegalArgumentException("not an executable intent: " + i);
        }
        throw new AssertionError(i);
    }

    /** A time report: entries ({@code by} "entry") or totals grouped by day, client, project, service or member. */
    public View timeList(Intent.ListTime t, String by, boolean team) {
        return time.list(t, TimeActions.By.valueOf(by.toUpperCase(java.util.Locale.ROOT)), team);
    }

    public View invoiceAging() {
        return invoices.aging();
    }

    public Plan invoiceEdit(
            String number,
            java.util.List<dev.fbcli.nlp.intent.InvoiceLine> addLines,
            java.util.List<Integer> removeLines,
            Integer dueInDays,
            String notes) {
        return invoices.edit(number, addLines, removeLines, dueInDays, notes);
    }

    public Plan invoiceMarkSent(String number) {
        return invoices.markSent(number);
    }

    public Plan invoiceDelete(String number) {
        return invoices.delete(number);
    }

    public View teamList() {
        dev.fbcli.cli.render.Table t = new dev.fbcli.cli.render.Table("NAME", "EMAIL", "ROLE");
        com.fasterxml.jackson.databind.node.ArrayNode rows = Json.MAPPER.createArrayNode();
        for (dev.fbcli.freshbooks.model.TeamMemberDto m :
                Account.call(() -> account.client().teamMembers().list(true).toList())) {
            String name = ((m.firstName() == null ? "" : m.firstName()) + " "
                            + (m.lastName() == null ? "" : m.lastName()))
                    .strip();
            t.row(name, m.email() == null ? "" : m.email(), m.businessRoleName() == null ? "" : m.businessRoleName());
            rows.addObject()
                    .put("uuid", m.uuid())
                    .put("name", name)
                    .put("email", m.email())
                    .put("role", m.businessRoleName());
        }
        return new View(
                t,
                rows,
                java.util.List.of(),
                "No team members.",
                Cmd.of("team", "list").toString());
    }

    public View expenseCategories() {
        return expenses.categories();
    }
}
