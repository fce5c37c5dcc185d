package dev.fbcli.cli.action.invoice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.action.invoice.TimeBillLines.Billable;
import dev.fbcli.cli.once.Findable;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.pipeline.Step;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.resolve.Target;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.FreshBooksException;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.InvoiceDraft;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceLineDraft;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.ProjectDto;
import dev.fbcli.freshbooks.model.ServiceRateDto;
import dev.fbcli.freshbooks.model.TimeEntryDraft;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import dev.fbcli.nlp.intent.BillGrouping;
import dev.fbcli.nlp.intent.DateRange;
import dev.fbcli.nlp.intent.Intent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * invoice.from_time ({@code fb invoice create --from-time}): the billable, unbilled time of a client
 * (or of one of its projects) in a period becomes one draft invoice, and then every entry it took
 * is marked billed (GET, merge, PUT the full entry), as two steps of one command:
 *
 * <ol>
 *   <li>the invoice, created through the exactly-once write path like any invoice (its notes name
 *       the days and the ids of the entries it takes: {@link TimeBillMarker});
 *   <li>marking the entries billed, the follow-up plan of the first. Its undo deletes the draft and
 *       marks the entries unbilled again.
 * </ol>
 *
 * A run stopped between the two (a failure, a {@code kill -9}) is finished by the next run for the
 * same client: it finds the invoice by its notes and marks the entries still unbilled, and makes no
 * second invoice. A missing hourly rate is asked for (a script gets a usage error), never taken as 0.
 */
public final class TimeBilling {
    private final Account account;
    private final Names names;
    private final InvoiceSending sending;
    private final Function<String, String> ask;

    /** {@code ask} puts a question to the person at the terminal, or is null when there is no one to ask. */
    public TimeBilling(Account account, Names names, InvoiceSending sending, Function<String, String> ask) {
        this.account = account;
        this.names = names;
        this.sending = sending;
        this.ask = ask;
    }

    /** {@code clientSaid} (nullable): the client named next to a project ({@code --client C --project P}). */
    public Step bill(Intent.BillTime b, String clientSaid) {
        Target target = names.target(b.on(), false);
        if (target.client() == null) {
            throw new CliException.Usage(
                    target.label() + " has no client: only a client's time can be invoiced",
                    "`fb project show '" + target.label() + "'` shows it");
        }
        if (clientSaid != null && target.project() != null) {
            Candidate said = names.client(clientSaid);
            if (!said.id().equals(target.client().id())) {
                throw new CliException.Usage(
                        "the project " + target.project().name() + " belongs to "
                                + target.client().name() + ", not " + said.name(),
                        "leave out --client, or name a project of " + said.name());
            }
        }
        long clientId = Long.parseLong(target.client().id());
        ClientDto client = Account.call(() -> account.client().clients().get(clientId));
        List<TimeEntryDto> unbilled = unbilled(clientId);

        Optional<Plan> unfinished = unfinished(clientId, client, unbilled);
        if (unfinished.isPresent()) {
            return unfinished.get();
        }

        ZoneId zone = account.zone();
        DateRange range = b.range();
        List<TimeEntryDto> taken = new ArrayList<>();
        for (TimeEntryDto e : unbilled) {
            LocalDate day = day(e, zone);
            if (target.project() != null && !target.project().id().equals(String.valueOf(e.projectId()))) {
                continue;
            }
            if (range != null
                    && (day == null
                            || (range.from() != null && day.isBefore(range.from()))
                            || (range.to() != null && day.isAfter(range.to())))) {
                continue;
            }
            taken.add(e);
        }
        Cmd cmd = Cmd.of("invoice", "create")
                .opt("--client", client.displayName())
                .flag("--from-time", true)
                .opt(
                        "--project",
                        target.project() == null ? null : target.project().name())
                .opt("--from", range == null ? null : range.from())
                .opt("--to", range == null ? null : range.to())
                .opt("--group-by", b.groupBy() == null ? null : b.groupBy().wire())
                .opt("--rate", b.rate() == null ? null : Fmt.amount(b.rate().amount()))
                .flag("--send", b.send());
        if (taken.isEmpty()) {
            ObjectNode json = Json.MAPPER.createObjectNode();
            json.put("ok", true);
            json.put("nothing_to_bill", true);
            json.putArray("time_entries");
            return View.lines(
                    List.of("Nothing to bill: " + target.label() + " has no billable, unbilled time"
                            + (range == null ? "" : " " + period(range)) + "."),
                    json,
                    cmd.toString());
        }
        taken.sort(Comparator.comparing((TimeEntryDto e) -> String.valueOf(e.startedAt()))
                .thenComparing(TimeEntryDto::id));

        String currency = b.rate() != null && b.rate().currencyOrNull() != null
                ? b.rate().currencyOrNull()
                : client.currencyCode() != null ? client.currencyCode() : "USD";
        List<Billable> billables =
                priced(taken, b.rate() == null ? null : b.rate().amount(), zone);
        BillGrouping by = b.groupBy() == null ? BillGrouping.SERVICE : b.groupBy();
        List<InvoiceLineDraft> lines = TimeBillLines.lines(billables, by, currency);
        BigDecimal sum = BigDecimal.ZERO;
        for (InvoiceLineDraft l : lines) {
            sum = sum.add(l.qty().multiply(l.unitCost().amount()));
        }
        List<Long> ids = taken.stream().map(TimeEntryDto::id).toList();
        LocalDate first = billables.stream()
                .map(Billable::day)
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(account.today());
        LocalDate last = billables.stream()
                .map(Billable::day)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(account.today());
        String notes = TimeBillMarker.notes(first, last, ids);
        LocalDate date = account.today();
        InvoiceDraft draft = InvoiceDraft.empty()
                .withCustomerId(clientId)
                .withCreateDate(date)
                .withCurrencyCode(currency)
                .withNotes(notes)
                .withLines(lines);

        long seconds = taken.stream()
                .mapToLong(e -> e.duration() == null ? 0 : e.duration())
                .sum();
        String summary = "Create a draft invoice for " + client.displayName() + " from " + count(taken.size())
                + " of unbilled time (" + Fmt.hours(seconds) + " h): " + Fmt.money(sum, currency);
        List<String> details = new ArrayList<>();
        for (InvoiceLineDraft l : lines) {
            details.add("line: " + Fmt.qty(l.qty()) + " h × " + l.name() + " at "
                    + Fmt.money(l.unitCost().amount(), currency)
                    + " = " + Fmt.money(l.qty().multiply(l.unitCost().amount()), currency) + " (" + l.description()
                    + ")");
        }
        for (Billable x : billables) {
            details.add("entry " + x.entry().id() + ": " + x.day() + ", " + Fmt.hours(x.seconds()) + " h"
                    + (x.service() == null || x.service().isEmpty() ? "" : ", " + x.service())
                    + (x.project() == null || x.project().isEmpty() ? "" : " on " + x.project()) + " at "
                    + Fmt.money(x.rate(), currency) + "/h"
                    + (x.entry().note() == null || x.entry().note().isBlank()
                            ? ""
                            : " – " + x.entry().note()));
        }
        details.add("notes: " + notes);
        String recipient = b.send() ? sending.recipient(client, null) : null;
        details.add("then: mark the " + count(taken.size()) + " billed"
                + (b.send() ? ", and email the invoice to " + recipient : ""));
        BigDecimal total = sum;
        return new Plan(summary, details, List.of(), cmd.toString(), null, () -> {
                    InvoiceDto inv = account.client().invoices().create(draft);
                    String id = String.valueOf(inv.id());
                    return new Applied(
                            "Created draft invoice " + inv.invoiceNumber() + " for " + client.displayName() + ", "
                                    + Fmt.money(total, currency) + " (id " + id + ")",
                            "invoice",
                            id,
                            account.link("invoice", id),
                            Results.json("invoice", id, inv),
                            List.of(new Undo.Delete("invoice", id, "invoice " + inv.invoiceNumber())),
                            marking(inv, client, taken, ids, recipient, false));
                })
                .finding(findable(clientId, date, lines, notes, client.displayName(), total, currency));
    }

    // ------------------------------------------------------------------ marking the entries billed

    /**
     * The entries of an invoice made from time that are still unbilled: an earlier run made the
     * invoice and stopped before it marked them all. The newest such invoice of the client first.
     */
    private Optional<Plan> unfinished(long clientId, ClientDto client, List<TimeEntryDto> unbilled) {
        Map<Long, TimeEntryDto> byId = new HashMap<>();
        unbilled.forEach(e -> byId.put(e.id(), e));
        List<InvoiceDto> invoices = new ArrayList<>(Account.call(() -> account.client()
                .invoices()
                .list(InvoiceQuery.empty().withCustomerId(clientId))
                .toList()));
        invoices.sort(Comparator.comparing(InvoiceDto::id).reversed());
        for (InvoiceDto inv : invoices) {
            if (inv.visState() != null && inv.visState() != 0) {
                continue; // deleted (by undo, say): its entries are free again
            }
            Set<Long> on = TimeBillMarker.ids(inv.notes());
            List<TimeEntryDto> left =
                    on.stream().filter(byId::containsKey).map(byId::get).toList();
            if (!left.isEmpty()) {
                Plan p = marking(inv, client, left, TimeBillMarker.sorted(on), null, true);
                return Optional.of(p.withWarnings(List.of("an earlier run made invoice " + inv.invoiceNumber()
                        + " from this time and stopped before it marked " + count(left.size())
                        + " billed: this finishes it (no second invoice); run the command again afterwards for"
                        + " any newer time")));
            }
        }
        return Optional.empty();
    }

    /**
     * Marks {@code entries} billed; its undo deletes {@code inv} and marks every entry it took
     * ({@code onInvoice}) unbilled. {@code recipient} (nullable): email the invoice afterwards.
     */
    private Plan marking(
            InvoiceDto inv,
            ClientDto client,
            List<TimeEntryDto> entries,
            List<Long> onInvoice,
            String recipient,
            boolean finishing) {
        String id = String.valueOf(inv.id());
        String summary = (finishing ? "Finish invoice " : "Mark the time on invoice ")
                + inv.invoiceNumber()
                + (finishing ? ": mark " : " billed: ")
                + count(entries.size())
                + (finishing ? " billed" : "");
        List<String> details = new ArrayList<>();
        ZoneId zone = account.zone();
        for (TimeEntryDto e : entries) {
            details.add("entry " + e.id() + ": " + day(e, zone) + ", "
                    + Fmt.hours(e.duration() == null ? 0 : e.duration()) + " h");
        }
        Cmd cmd = Cmd.of("invoice", "create")
                .opt("--client", client.displayName())
                .flag("--from-time", true);
        return new Plan(summary, details, List.of(), cmd.toString(), null, () -> {
            int done = 0;
            for (TimeEntryDto e : entries) {
                try {
                    account.client()
                            .timeEntries()
                            .update(e.id(), TimeEntryDraft.empty().withBilled(true));
                } catch (FreshBooksException ex) {
                    throw new CliException.Failure(
                            "invoice " + inv.invoiceNumber() + " is made, and " + done + " of " + count(entries.size())
                                    + " are marked billed: time entry " + e.id() + " could not be ("
                                    + ex.getMessage() + ")",
                            "run the same command again: fb finds invoice " + inv.invoiceNumber()
                                    + " and marks the rest, without a second invoice",
                            ex);
                }
                done++;
            }
            List<Undo> undo = new ArrayList<>();
            undo.add(new Undo.Delete("invoice", id, "invoice " + inv.invoiceNumber()));
            for (Long entry : onInvoice) {
                undo.add(new Undo.Restore("time_entry", String.valueOf(entry), "time entry " + entry, unbilledAgain()));
            }
            ObjectNode json = Results.json("invoice", id, inv);
            ArrayNode marked = json.putArray("billed_time_entries");
            entries.forEach(e -> marked.add(e.id()));
            Plan send = recipient == null ? null : sending.plan(inv, client, recipient);
            return new Applied(
                    "Marked " + count(entries.size()) + " billed on invoice " + inv.invoiceNumber()
                            + " (undo deletes the draft and marks them unbilled)",
                    "invoice",
                    id,
                    account.link("invoice", id),
                    json,
                    undo,
                    send);
        });
    }

    private static Map<String, Object> unbilledAgain() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("billed", false);
        return m;
    }

    // ------------------------------------------------------------------ reading and pricing

    /** The client's logged, billable entries not yet billed (every team member's), whatever their date. */
    private List<TimeEntryDto> unbilled(long clientId) {
        List<TimeEntryDto> all = Account.call(() -> account.client()
                .timeEntries()
                .list(TimeEntryQuery.empty()
                        .withTeam(true)
                        .withClientId(clientId)
                        .withBillable(true)
                        .withBilled(false))
                .toList());
        List<TimeEntryDto> out = new ArrayList<>();
        for (TimeEntryDto e : all) {
            if (Boolean.TRUE.equals(e.billable())
                    && !Boolean.TRUE.equals(e.billed())
                    && !e.running()
                    && !Boolean.FALSE.equals(e.active())
                    && e.clientId() != null
                    && e.clientId() == clientId) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Each entry at its hourly rate: the one said, else its project's (or, for a project billed by
     * service rate, its service's first), else its service's. Entries with none are asked for
     * together; without a terminal that is a usage error.
     */
    private List<Billable> priced(List<TimeEntryDto> entries, BigDecimal said, ZoneId zone) {
        Map<Long, ProjectDto> projects = new HashMap<>();
        Map<Long, Optional<BigDecimal>> serviceRates = new HashMap<>();
        List<Billable> out = new ArrayList<>();
        List<TimeEntryDto> missing = new ArrayList<>();
        for (TimeEntryDto e : entries) {
            BigDecimal rate = said;
            if (rate == null) {
                ProjectDto p = e.projectId() == null
                        ? null
                        : projects.computeIfAbsent(
                                e.projectId(),
                                id -> Account.call(
                                        () -> account.client().projects().get(id)));
                Optional<BigDecimal> service = e.serviceId() == null
                        ? Optional.empty()
                        : serviceRates.computeIfAbsent(e.serviceId(), this::serviceRate);
                Optional<BigDecimal> project =
                        Optional.ofNullable(p == null ? null : p.rate()).filter(r -> r.signum() > 0);
                rate = p != null && "service_rate".equals(p.billingMethod())
                        ? service.or(() -> project).orElse(null)
                        : project.or(() -> service).orElse(null);
            }
            if (rate == null) {
                missing.add(e);
            }
            out.add(new Billable(
                    e,
                    day(e, zone),
                    rate,
                    names.nameOf(Kind.SERVICE, e.serviceId()),
                    names.nameOf(Kind.PROJECT, e.projectId())));
        }
        if (missing.isEmpty()) {
            return out;
        }
        BigDecimal asked = askRate(missing, out);
        List<Billable> filled = new ArrayList<>();
        for (Billable x : out) {
            filled.add(x.rate() != null ? x : new Billable(x.entry(), x.day(), asked, x.service(), x.project()));
        }
        return filled;
    }

    private BigDecimal askRate(List<TimeEntryDto> missing, List<Billable> all) {
        List<String> what = new ArrayList<>();
        for (Billable x : all) {
            if (missing.contains(x.entry())) {
                String w = (x.service() == null || x.service().isEmpty() ? "no service" : x.service())
                        + (x.project() == null || x.project().isEmpty() ? "" : " on " + x.project());
                if (!what.contains(w)) {
                    what.add(w);
                }
            }
        }
        String which = count(missing.size()) + " (" + String.join("; ", what) + ")";
        if (ask == null) {
            throw new CliException.Usage(
                    "no hourly rate for " + which + ": neither the project nor the service has one",
                    "say the rate: --rate 120, or 'at $120/h' in the phrase; or set one with `fb service rate`");
        }
        String answer = ask.apply("Hourly rate for " + which);
        try {
            BigDecimal r = new BigDecimal(
                    answer == null ? "" : answer.strip().replace("$", "").replace(",", ""));
            if (r.signum() <= 0) {
                throw new NumberFormatException();
            }
            return InvoiceRules.cents(r);
        } catch (NumberFormatException e) {
            throw new CliException.Usage(
                    "'" + answer + "' is not an hourly rate: nothing was changed",
                    "give an amount above 0, such as 120");
        }
    }

    private Optional<BigDecimal> serviceRate(long serviceId) {
        Optional<ServiceRateDto> r =
                Account.call(() -> account.client().services().rate(serviceId));
        return r.map(ServiceRateDto::rate).filter(x -> x != null && x.signum() > 0);
    }

    // ------------------------------------------------------------------ small things

    /** The invoice this create makes: same client, date, lines and notes (which name the entries). */
    private static Findable findable(
            long clientId,
            LocalDate date,
            List<InvoiceLineDraft> lines,
            String notes,
            String client,
            BigDecimal total,
            String code) {
        List<Map<String, Object>> said = new ArrayList<>();
        for (InvoiceLineDraft l : lines) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("name", l.name());
            line.put("qty", l.qty());
            line.put(
                    "unit_cost",
                    Map.of("amount", l.unitCost().amount(), "code", l.unitCost().code()));
            said.add(line);
        }
        return Findable.of("invoice", "the " + Fmt.money(total, code) + " invoice for " + client + "'s time")
                .with("customerid", clientId)
                .with("create_date", date.toString())
                .with("notes", notes)
                .with("lines", said);
    }

    private static String count(int n) {
        return n + (n == 1 ? " time entry" : " time entries");
    }

    private static String period(DateRange r) {
        if (r.from() != null && r.to() != null) {
            return r.from().equals(r.to()) ? "on " + r.from() : "from " + r.from() + " to " + r.to();
        }
        return r.from() != null ? "since " + r.from() : "until " + r.to();
    }

    private static LocalDate day(TimeEntryDto e, ZoneId zone) {
        Instant s = e.startedAtInstant();
        return s == null ? null : s.atZone(zone).toLocalDate();
    }
}
