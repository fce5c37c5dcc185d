package dev.fbcli.cli.undo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.cli.ApiErrors;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.session.Account;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.FreshBooksException;
import dev.fbcli.freshbooks.NotFoundException;
import dev.fbcli.freshbooks.http.Wire;
import dev.fbcli.freshbooks.model.ClientDraft;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.ExpenseDraft;
import dev.fbcli.freshbooks.model.ExpenseDto;
import dev.fbcli.freshbooks.model.InvoiceDraft;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.PaymentDto;
import dev.fbcli.freshbooks.model.ProjectDto;
import dev.fbcli.freshbooks.model.TimeEntryDraft;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reverses what the write journal recorded, through the client: deletes what was created (with the
 * delete each resource has: a hard delete for time entries, invoices and projects, {@code vis_state}
 * for clients, expenses and payments), puts back previous field values, and says plainly what
 * cannot be reversed. Every step is first checked against FreshBooks as it is now: a record already
 * gone is not an error, an invoice with payments is not deleted, a sent invoice is deleted only
 * after the user types its number.
 */
public final class Undoer {
    private final Account account;
    /** Set while planning when something stands in the way (payments on an invoice...), not merely gone. */
    private boolean blocked;

    public Undoer(Account account) {
        this.account = account;
    }

    /** One request to make, described in plain words. {@code action} returns what it did. */
    public record Step(String describe, java.util.function.Supplier<String> action) {}

    /**
     * What undoing an entry means now: the steps, what stays as it is, warnings, and what the user
     * must type to go ahead (an invoice number) or null.
     */
    public record Reversal(
            WriteJournal.Entry entry,
            List<Step> steps,
            List<String> cannot,
            List<String> warnings,
            String typeToConfirm,
            boolean blocked) {
        public boolean anything() {
            return !steps.isEmpty();
        }
    }

    /** True when an entry has a step fb may be able to reverse (it may still turn out to be gone). */
    public static boolean reversible(WriteJournal.Entry e) {
        return e.undo().stream().anyMatch(u -> !(u instanceof Undo.Irreversible));
    }

    public Reversal plan(WriteJournal.Entry e) {
        List<Step> steps = new ArrayList<>();
        List<String> cannot = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String[] type = {null};
        blocked = false;
        for (Undo u : e.undo()) {
            if (u instanceof Undo.Irreversible i) {
                cannot.add(i.what());
            } else if (u instanceof Undo.Delete d) {
                planDelete(d, steps, cannot, warnings, type);
            } else if (u instanceof Undo.Restore r) {
                planRestore(r, steps, cannot, warnings);
            } else {
                throw new AssertionError(u);
            }
        }
        return new Reversal(e, steps, cannot, warnings, type[0], blocked);
    }

    private FreshBooksClient client() {
        return account.client();
    }

    private static long id(String id) {
        return Long.parseLong(id);
    }

    // ------------------------------------------------------------------ deletes

    private void planDelete(
            Undo.Delete d, List<Step> steps, List<String> cannot, List<String> warnings, String[] type) {
        String label = d.label() == null ? d.kind().replace('_', ' ') + " " + d.id() : d.label();
        long id = id(d.id());
        try {
            switch (d.kind()) {
                case "time_entry": {
                    TimeEntryDto t = client().timeEntries().get(id);
                    if (Boolean.FALSE.equals(t.active())) {
                        cannot.add(label + " is already deleted");
                        return;
                    }
                    if (Boolean.TRUE.equals(t.billed())) {
                        warnings.add(label + " is on an invoice already; the invoice keeps its line");
                    }
                    steps.add(new Step("delete " + label + " (time entry " + id + ")", () -> {
                        client().timeEntries().delete(id);
                        return "deleted " + label;
                    }));
                    return;
                }
                case "invoice": {
                    InvoiceDto inv = client().invoices().get(id);
                    if (inv.visState() != null && inv.visState() != 0) {
                        cannot.add("invoice " + inv.invoiceNumber() + " is already deleted");
                        return;
                    }
                    BigDecimal paid =
                            inv.paid() == null ? BigDecimal.ZERO : inv.paid().amount();
                    if (paid.signum() > 0
                            || "paid".equals(inv.paymentStatus())
                            || "partial".equals(inv.paymentStatus())) {
                        blocked = true;
                        cannot.add("invoice " + inv.invoiceNumber() + " has payments ("
                                + Fmt.money(
                                        paid,
                                        inv.amount() == null
                                                ? null
                                                : inv.amount().code())
                                + "): fb does not delete it; undo its payments first (`fb undo --list`)");
                        return;
                    }
                    String status = inv.v3Status() == null ? "draft" : inv.v3Status();
                    if (!status.equals("draft") && !status.equals("created")) {
                        warnings.add("invoice " + inv.invoiceNumber() + " is " + status
                                + ": deleting it does not take it back from "
                                + "the client, who keeps the email; the link in it will no longer open the invoice");
                        type[0] = inv.invoiceNumber();
                    }
                    steps.add(new Step(
                            "delete " + status + " invoice " + inv.invoiceNumber() + " (" + money(inv.amount()) + ")",
                            () -> {
                                client().invoices().delete(id);
                                return "deleted invoice " + inv.invoiceNumber();
                            }));
                    return;
                }
                case "payment": {
                    PaymentDto p = client().payments().get(id);
                    if (p.visState() != null && p.visState() != 0) {
                        cannot.add(label + " is already deleted");
                        return;
                    }
                    steps.add(new Step("delete " + label + " (payment " + id + "); the invoice is owed again", () -> {
                        client().payments().delete(id);
                        return "deleted " + label;
                    }));
                    return;
                }
                case "expense": {
                    ExpenseDto x = client().expenses().get(id);
                    if (x.visState() != null && x.visState() != 0) {
                        cannot.add(label + " is already deleted");
                        return;
                    }
                    steps.add(new Step("delete " + label + " (expense " + id + ")", () -> {
                        client().expenses().delete(id);
                        return "deleted " + label;
                    }));
                    return;
                }
                case "client": {
                    ClientDto c = client().clients().get(id);
                    if (c.visState() != null && c.visState() != 0) {
                        cannot.add(label + " is already deleted");
                        return;
                    }
                    long invoices = client()
                            .invoices()
                            .list(InvoiceQuery.empty().withCustomerId(id))
                            .stream()
                            .count();
                    if (invoices > 0) {
                        warnings.add(c.displayName() + " has " + invoices + " invoice" + (invoices == 1 ? "" : "s")
                                + " now; they stay, under a deleted client");
                    }
                    steps.add(new Step(
                            "delete " + label + " (client " + id + "; FreshBooks keeps it among deleted clients)",
                            () -> {
                                client().clients().delete(id);
                                return "deleted " + label;
                            }));
                    return;
                }
                case "project": {
                    ProjectDto p = client().projects().get(id);
                    long entries = client()
                            .timeEntries()
                            .list(TimeEntryQuery.empty().withProjectId(id))
                            .stream()
                            .count();
                    if (entries > 0) {
                        warnings.add(
                                p.title() + " has " + entries + " time entr" + (entries == 1 ? "y" : "ies") + " now");
                    }
                    steps.add(new Step("delete " + label + " (project " + id + ")", () -> {
                        client().projects().delete(id);
                        return "deleted " + label;
                    }));
                    return;
                }
                default:
                    blocked = true;
                    cannot.add("fb does not know how to delete a " + d.kind() + " (" + label + ")");
            }
        } catch (NotFoundException e) {
            cannot.add(label + " is already gone");
        } catch (FreshBooksException e) {
            throw ApiErrors.translate(e);
        }
    }

    // ------------------------------------------------------------------ restores

    private void planRestore(Undo.Restore r, List<Step> steps, List<String> cannot, List<String> warnings) {
        String label = r.label() == null ? r.kind().replace('_', ' ') + " " + r.id() : r.label();
        long id = id(r.id());
        JsonNode previous = Wire.toTree(r.previous());
        List<String> fields = new ArrayList<>();
        for (Map.Entry<String, Object> f : r.previous().entrySet()) {
            Object v = f.getValue();
            String shown = v instanceof List<?> l
                    ? l.size() + " line" + (l.size() == 1 ? "" : "s")
                    : v == null || "".equals(v) ? "(none)" : String.valueOf(v);
            fields.add(f.getKey().replace('_', ' ') + " back to " + shown);
        }
        String what = "restore " + label + ": " + String.join(", ", fields);
        try {
            switch (r.kind()) {
                case "client": {
                    client().clients().get(id);
                    ClientDraft draft = read(previous, ClientDraft.class);
                    steps.add(new Step(what, () -> {
                        client().clients().update(id, draft);
                        return "restored " + label;
                    }));
                    return;
                }
                case "invoice": {
                    InvoiceDto inv = client().invoices().get(id);
                    String status = inv.v3Status() == null ? "draft" : inv.v3Status();
                    if (previous.has("lines") && !status.equals("draft") && !status.equals("created")) {
                        blocked = true;
                        cannot.add("invoice " + inv.invoiceNumber() + " is " + status
                                + " now: fb only changes the lines of a draft");
                        return;
                    }
                    InvoiceDraft draft = read(previous, InvoiceDraft.class);
                    steps.add(new Step(what, () -> {
                        client().invoices().update(id, draft);
                        return "restored " + label;
                    }));
                    return;
                }
                case "time_entry": {
                    TimeEntryDto t = client().timeEntries().get(id);
                    TimeEntryDraft draft = read(previous, TimeEntryDraft.class);
                    boolean restart = Boolean.FALSE.equals(draft.isLogged()) && !t.running();
                    if (restart) {
                        warnings.add("the timer runs again from when it started; the time since it was stopped counts");
                    }
                    steps.add(new Step(restart ? "start " + label + " again (it was stopped)" : what, () -> {
                        client().timeEntries().update(id, draft);
                        return restart ? "restarted " + label : "restored " + label;
                    }));
                    return;
                }
                case "expense": {
                    client().expenses().get(id);
                    ExpenseDraft draft = read(previous, ExpenseDraft.class);
                    steps.add(new Step(what, () -> {
                        client().expenses().update(id, draft);
                        return "restored " + label;
                    }));
                    return;
                }
                default:
                    blocked = true;
                    cannot.add("fb does not know how to put back a " + r.kind() + " (" + label + ")");
            }
        } catch (NotFoundException e) {
            cannot.add(label + " is gone: nothing to put back");
        } catch (FreshBooksException e) {
            throw ApiErrors.translate(e);
        } catch (Unreadable e) {
            blocked = true;
            cannot.add("the previous values of " + label + " could not be read from the journal: " + e.getMessage());
        }
    }

    private static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    private static <T> T read(JsonNode previous, Class<T> type) {
        try {
            return Wire.convert(previous, type);
        } catch (dev.fbcli.freshbooks.ResponseFormatException e) {
            throw new Unreadable(e.getMessage());
        }
    }

    private static String money(dev.fbcli.freshbooks.model.Money m) {
        return m == null ? "" : Fmt.money(m.amount(), m.code());
    }

    /** Runs the steps in order; a record gone in the meantime counts as done. Returns what was done. */
    public List<String> apply(Reversal r) {
        List<String> done = new ArrayList<>();
        for (Step s : r.steps()) {
            try {
                done.add(s.action().get());
            } catch (NotFoundException e) {
                done.add(s.describe() + ": it was already gone");
            } catch (FreshBooksException e) {
                CliException c = ApiErrors.translate(e);
                if (done.isEmpty()) {
                    throw c;
                }
                throw new CliException.Failure(
                        "undo stopped half way (" + String.join("; ", done) + "): " + c.getMessage(),
                        "run `fb undo " + r.entry().id() + "` again to finish",
                        e);
            }
        }
        return done;
    }
}
