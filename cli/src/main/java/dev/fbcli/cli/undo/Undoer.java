package dev.fbcli.cli.undo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.cli.ApiErrors;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.once.Match;
import dev.fbcli.cli.once.RecordFinder;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.session.Account;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.FreshBooksException;
import dev.fbcli.freshbooks.NotFoundException;
import dev.fbcli.freshbooks.http.Wire;
import dev.fbcli.freshbooks.model.ClientDraft;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.EstimateDto;
import dev.fbcli.freshbooks.model.ExpenseDraft;
import dev.fbcli.freshbooks.model.ExpenseDto;
import dev.fbcli.freshbooks.model.InvoiceDraft;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.PaymentDto;
import dev.fbcli.freshbooks.model.ProjectDraft;
import dev.fbcli.freshbooks.model.ProjectDto;
import dev.fbcli.freshbooks.model.ServiceDto;
import dev.fbcli.freshbooks.model.TimeEntryDraft;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reverses what the write journal recorded, through the client: deletes what was created (with the
 * delete each resource has: a hard delete for time entries, invoices, projects and services,
 * {@code vis_state} for clients, expenses and payments), puts back previous field values (emptying
 * those that were empty) and visibility ({@code vis_state}: archived, deleted, active), logs a
 * deleted time entry again, and says plainly what cannot be reversed. Every step is first checked against FreshBooks as it is now: a record already
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
            } else if (notTheSame(e, u, cannot)) {
                blocked = true;
            } else if (u instanceof Undo.Delete d) {
                planDelete(d, steps, cannot, warnings, type);
            } else if (u instanceof Undo.Restore r) {
                planRestore(r, steps, cannot, warnings);
            } else if (u instanceof Undo.Recreate c) {
                planRecreate(c, steps, cannot, warnings);
            } else {
                throw new AssertionError(u);
            }
        }
        return new Reversal(e, steps, cannot, warnings, type[0], blocked);
    }

    /**
     * True (with the reason in {@code cannot}) when the record a step would touch is not the one the
     * entry's write made or found: its creation time or one of its identifying fields differs (an id
     * given again after the data was erased, or a record changed since in a way that makes it another).
     */
    private boolean notTheSame(WriteJournal.Entry e, Undo u, List<String> cannot) {
        if (u instanceof Undo.Recreate) {
            return false; // the record was deleted for good on purpose: there is nothing to compare
        }
        JsonNode check = e.check();
        String kind = u instanceof Undo.Delete d ? d.kind() : ((Undo.Restore) u).kind();
        String id = u instanceof Undo.Delete d ? d.id() : ((Undo.Restore) u).id();
        if (check == null || !kind.equals(e.kind()) || !id.equals(e.recordId())) {
            return false;
        }
        JsonNode now;
        try {
            now = new RecordFinder(client()).read(kind, id);
        } catch (FreshBooksException ex) {
            throw ApiErrors.translate(ex);
        }
        if (now == null) {
            return false; // gone: the step says so
        }
        JsonNode wanted = check;
        if (u instanceof Undo.Restore) {
            // an update changes the identifying fields on purpose: only the creation time says which record it is
            wanted = check.has("created_at")
                    ? Json.MAPPER.createObjectNode().set("created_at", check.get("created_at"))
                    : Json.MAPPER.createObjectNode();
        }
        String field = Match.firstDifference(wanted, now);
        if (field == null) {
            return false;
        }
        String what = kind.replace('_', ' ') + " " + id;
        cannot.add(what + " is not the record change #" + e.id() + " made: its " + field.replace('_', ' ')
                + " is " + shown(now.get(field)) + ", not " + shown(wanted.get(field))
                + " (the data was reset, or the record was changed since); fb leaves it alone");
        return true;
    }

    private static String shown(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode() || v.asText().isEmpty()
                ? "empty"
                : v.isValueNode() ? "'" + v.asText() + "'" : v.toString();
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
                case "estimate": {
                    EstimateDto est = client().estimates().get(id);
                    if (est.visState() != null && est.visState() == 1) {
                        cannot.add(label + " is already deleted");
                        return;
                    }
                    if (est.status() != null && est.status() == 6) {
                        warnings.add(label + " was made into an invoice; the invoice stays");
                    } else if (!"draft".equals(est.statusWord())) {
                        warnings.add(label + " is " + est.statusWord() + ": the client keeps the email");
                    }
                    steps.add(new Step("delete " + label + " (estimate " + id + ")", () -> {
                        client().estimates().delete(id);
                        return "deleted " + label;
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
                case "service": {
                    ServiceDto s = client().services().get(id);
                    if (s.visState() != null && s.visState() != 0) {
                        cannot.add(label + " is already deleted");
                        return;
                    }
                    long used =
                            client()
                                    .timeEntries()
                                    .list(TimeEntryQuery.empty().withTeam(true).withServiceId(id))
                                    .stream()
                                    .count();
                    if (used > 0) {
                        warnings.add(s.name() + " has " + used + " time entr" + (used == 1 ? "y" : "ies")
                                + " now; they keep it");
                    }
                    steps.add(new Step("delete " + label + " (service " + id + ")", () -> {
                        client().services().delete(id);
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
                    : v instanceof Map<?, ?> m && m.get("amount") != null
                            ? Fmt.money(new BigDecimal(String.valueOf(m.get("amount"))), (String) m.get("code"))
                            : v instanceof Map<?, ?> m && m.get("jwt") != null
                                    ? "the receipt it had"
                                    : v == null || "".equals(v) ? "(none)" : shown(f.getKey(), v);
            fields.add(FieldWords.of(f.getKey()) + " back to " + shown);
        }
        String what = "restore " + label + ": " + String.join(", ", fields);
        Set<String> cleared = new LinkedHashSet<>();
        r.previous().forEach((k, v) -> {
            if (v == null) {
                cleared.add(k);
            }
        });
        try {
            if (r.previous().containsKey("vis_state")) {
                planVisState(r, label, id, steps, cannot);
                return;
            }
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
                    if (Boolean.FALSE.equals(t.active())) {
                        cannot.add(label + " was deleted since: nothing to put back");
                        return;
                    }
                    if (Boolean.TRUE.equals(t.billed()) && !Boolean.FALSE.equals(draft.billed())) {
                        // (restoring billed = false is the undo of billing it: its invoice goes in the same undo)
                        warnings.add(label + " is on an invoice now; the invoice keeps its line as it is");
                    }
                    steps.add(new Step(restart ? "start " + label + " again (it was stopped)" : what, () -> {
                        client().timeEntries().update(id, draft, cleared);
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
                case "project": {
                    client().projects().get(id);
                    ProjectDraft draft = read(previous, ProjectDraft.class);
                    steps.add(new Step(what, () -> {
                        client().projects().update(id, draft, cleared);
                        return "restored " + label;
                    }));
                    return;
                }
                case "service": {
                    ServiceDto s = client().services().get(id);
                    if (s.visState() != null && s.visState() != 0) {
                        cannot.add(label + " was deleted since: nothing to put back");
                        return;
                    }
                    Object rate = r.previous().get("rate");
                    String name = (String) r.previous().get("name");
                    Object billable = r.previous().get("billable");
                    if (r.previous().containsKey("rate") && rate == null) {
                        cannot.add(label + " had no rate before; FreshBooks has no way to remove a rate");
                    }
                    if (rate == null && name == null && billable == null) {
                        return;
                    }
                    steps.add(new Step(
                            what.replace("rate back to (none), ", "").replace(", rate back to (none)", ""), () -> {
                                if (name != null || billable != null) {
                                    client().services().update(id, name, billable == null ? null : (Boolean) billable);
                                }
                                if (rate != null) {
                                    client().services().setRate(id, new BigDecimal(String.valueOf(rate)));
                                }
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

    /** A record archived, deleted or restored by {@code vis_state}: set it back (nothing else is sent with it). */
    private void planVisState(Undo.Restore r, String label, long id, List<Step> steps, List<String> cannot) {
        Object v = r.previous().get("vis_state");
        int state = v instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(v));
        Integer now;
        switch (r.kind()) {
            case "client":
                now = client().clients().get(id).visState();
                break;
            case "invoice":
                now = client().invoices().get(id).visState();
                break;
            case "expense":
                now = client().expenses().get(id).visState();
                break;
            case "payment":
                now = client().payments().get(id).visState();
                break;
            default:
                blocked = true;
                cannot.add("fb does not know how to put back a " + r.kind() + " (" + label + ")");
                return;
        }
        if (now != null && now == state || now == null && state == 0) {
            cannot.add(label + " is already " + VIS_STATES[state]);
            return;
        }
        String verb = state == 0
                ? (now != null && now == 2 ? "unarchive " : "bring back ")
                : state == 2 ? "archive again " : "delete again ";
        String more = r.kind().equals("payment") && state == 0
                ? " (its invoice counts it again)"
                : r.kind().equals("payment") && state == 1 ? " (its invoice is owed again)" : "";
        steps.add(new Step(verb + label + more, () -> {
            String kind = r.kind();
            if (kind.equals("client")) {
                if (state == 0) {
                    client().clients().restore(id);
                } else if (state == 2) {
                    client().clients().archive(id);
                } else {
                    client().clients().delete(id);
                }
            } else if (kind.equals("invoice")) {
                if (state == 0) {
                    client().invoices().restore(id);
                } else if (state == 2) {
                    client().invoices().archive(id);
                } else {
                    client().invoices().softDelete(id);
                }
            } else if (kind.equals("expense")) {
                if (state == 0) {
                    client().expenses().restore(id);
                } else {
                    client().expenses().delete(id);
                }
            } else if (state == 0) {
                client().payments().restore(id);
            } else {
                client().payments().delete(id);
            }
            return (state == 0 ? "restored " : state == 2 ? "archived " : "deleted ") + label;
        }));
    }

    private static final String[] VIS_STATES = {"active", "deleted", "archived"};

    /** A journaled value as people read it: seconds of a duration or a budget as hours and minutes. */
    private static String shown(String field, Object v) {
        if ((field.equals("duration") || field.equals("budget")) && v instanceof Number n) {
            return Fmt.duration(n.longValue());
        }
        return String.valueOf(v);
    }

    // ------------------------------------------------------------------ records made again

    private void planRecreate(Undo.Recreate c, List<Step> steps, List<String> cannot, List<String> warnings) {
        String label = c.label() == null ? c.kind().replace('_', ' ') + " " + c.id() : c.label();
        if (!c.kind().equals("time_entry")) {
            blocked = true;
            cannot.add("fb does not know how to make a " + c.kind() + " again (" + label + ")");
            return;
        }
        try {
            try {
                TimeEntryDto old = client().timeEntries().get(id(c.id()));
                if (!Boolean.FALSE.equals(old.active())) {
                    cannot.add(label + " (time entry " + c.id() + ") is there again: nothing to make");
                    return;
                }
            } catch (NotFoundException gone) {
                // deleted for good: make it again
            }
            TimeEntryDraft draft = read(Wire.toTree(c.fields()), TimeEntryDraft.class);
            boolean timer = Boolean.FALSE.equals(draft.isLogged());
            if (timer && !client().timers().running().isEmpty()) {
                blocked = true;
                cannot.add("a timer is running now; stop it (`fb timer stop`) before starting " + label + " again");
                return;
            }
            if (timer) {
                warnings.add("the timer runs again from when it started; the time since counts");
            }
            steps.add(new Step(
                    (timer ? "start " + label + " again" : "log " + label + " again")
                            + " (a new time entry; FreshBooks keeps " + c.id() + " deleted)",
                    () -> {
                        TimeEntryDto made = client().timeEntries().create(draft);
                        return (timer ? "started " + label + " again" : "logged " + label + " again") + " (time entry "
                                + made.id() + ")";
                    }));
        } catch (FreshBooksException e) {
            throw ApiErrors.translate(e);
        } catch (Unreadable e) {
            blocked = true;
            cannot.add("the fields of " + label + " could not be read from the journal: " + e.getMessage());
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
