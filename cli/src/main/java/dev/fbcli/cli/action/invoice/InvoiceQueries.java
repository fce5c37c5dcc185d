package dev.fbcli.cli.action.invoice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.render.Table;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.session.Account;
import dev.fbcli.freshbooks.model.AccountsAgingReport;
import dev.fbcli.freshbooks.model.AgingAccount;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceLineDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.Page;
import dev.fbcli.freshbooks.model.Paged;
import dev.fbcli.freshbooks.resource.Invoices;
import dev.fbcli.nlp.intent.DateRange;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.InvoiceStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The reads of invoices: invoice.list (local filters FreshBooks lacks), invoice.show, and the aging report. */
public final class InvoiceQueries {
    private static final ObjectMapper JSON = Json.MAPPER;

    private final Account account;
    private final Names names;
    private final InvoiceLookup lookup;

    public InvoiceQueries(Account account, Names names, InvoiceLookup lookup) {
        this.account = account;
        this.names = names;
        this.lookup = lookup;
    }

    public View list(Intent.ListInvoices l) {
        LocalDate today = account.today();
        InvoiceQuery q = InvoiceQuery.empty();
        Candidate who = null;
        if (l.client() != null) {
            who = names.client(l.client());
            q = q.withCustomerId(Long.valueOf(who.id()));
        }
        InvoiceStatus status = l.status();
        if (status == InvoiceStatus.OVERDUE) {
            q = q.withV3Status("overdue");
        } else if (status == InvoiceStatus.DRAFT) {
            q = q.withV3Status("draft");
        }
        DateRange range = l.range();
        if (range != null) {
            q = q.withDateMin(range.from()).withDateMax(range.to().plusDays(1));
        }
        InvoiceQuery query = q;
        List<InvoiceDto> all;
        if (status == InvoiceStatus.UNPAID) {
            all = unpaidCandidates(query);
        } else {
            all = new ArrayList<>(
                    Account.call(() -> account.client().invoices().list(query).toList()));
        }
        // Local filters: FreshBooks ignores search[payment_status] and has no "older than" (docs/freshbooks-api.md,
        // Invoices).
        Predicate<InvoiceDto> keep = statusFilter(status);
        if (l.olderThanDays() != null) {
            LocalDate cutoff = today.minusDays(l.olderThanDays());
            keep = keep.and(i -> i.createDate() != null && !i.createDate().isAfter(cutoff));
        }
        if (range != null) {
            keep = keep.and(i -> i.createDate() != null && range.contains(i.createDate()));
        }
        if (l.minAmount() != null) {
            BigDecimal min = l.minAmount().amount();
            keep = keep.and(i -> i.amount() != null && i.amount().amount().compareTo(min) >= 0);
        }
        all.removeIf(keep.negate());
        all.sort(Comparator.comparing(InvoiceDto::createDate, Comparator.nullsLast(Comparator.naturalOrder())));

        Table table = new Table(
                        "NUMBER", "CLIENT", "ISSUED", "DUE", "AMOUNT", "OUTSTANDING", "STATUS", "AGE", "OVERDUE")
                .alignRight(4, 5, 7, 8);
        ObjectNode json = JSON.createObjectNode();
        ArrayNode rows = json.putArray("invoices");
        Map<String, BigDecimal[]> totals = new LinkedHashMap<>();
        for (InvoiceDto i : all) {
            long age = i.createDate() == null ? 0 : ChronoUnit.DAYS.between(i.createDate(), today);
            long overdue = i.dueDate() == null || InvoiceRules.isSettled(i)
                    ? 0
                    : Math.max(0, ChronoUnit.DAYS.between(i.dueDate(), today));
            String client = lookup.clientName(i);
            table.row(
                    i.invoiceNumber(),
                    client,
                    i.createDate(),
                    i.dueDate(),
                    Fmt.money(i.amount()),
                    Fmt.money(i.outstanding()),
                    i.v3Status(),
                    age + "d",
                    overdue == 0 ? "" : overdue + "d");
            ObjectNode r = rows.addObject();
            r.put("id", i.id());
            r.put("number", i.invoiceNumber());
            r.put("client", client);
            r.put("client_id", i.customerId());
            r.put("issued", String.valueOf(i.createDate()));
            r.put("due", String.valueOf(i.dueDate()));
            r.set("amount", JSON.valueToTree(i.amount()));
            r.set("outstanding", JSON.valueToTree(i.outstanding()));
            r.put("status", i.v3Status());
            r.put("payment_status", i.paymentStatus());
            r.put("days_outstanding", age);
            r.put("days_overdue", overdue);
            String code = i.amount() == null ? "" : String.valueOf(i.amount().code());
            BigDecimal[] t = totals.computeIfAbsent(
                    code, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            t[0] = t[0].add(i.amount() == null ? BigDecimal.ZERO : i.amount().amount());
            t[1] = t[1].add(
                    i.outstanding() == null ? BigDecimal.ZERO : i.outstanding().amount());
            t[2] = t[2].add(BigDecimal.ONE);
        }
        List<String> footer = new ArrayList<>();
        for (Map.Entry<String, BigDecimal[]> t : totals.entrySet()) {
            int n = t.getValue()[2].intValue();
            footer.add(String.format(
                    "%d invoice%s, total %s, outstanding %s",
                    n,
                    n == 1 ? "" : "s",
                    Fmt.money(t.getValue()[0], t.getKey()),
                    Fmt.money(t.getValue()[1], t.getKey())));
        }
        if (totals.size() > 1) {
            footer.add(0, "(totals per currency)");
        }
        Cmd cmd = Cmd.of("invoice", "list")
                .opt("--status", status == null ? null : status.wire())
                .opt("--client", who == null ? null : who.name())
                .opt("--older-than", l.olderThanDays())
                .opt("--from", range == null ? null : range.from())
                .opt("--to", range == null ? null : range.to())
                .opt(
                        "--min-amount",
                        l.minAmount() == null ? null : Fmt.amount(l.minAmount().amount()));
        return new View(table, json, footer, "No invoices match.", cmd.toString());
    }

    /**
     * Read whole up to this many pages; beyond, {@code --status unpaid} asks FreshBooks for each status
     * an unpaid invoice can have (14 lists, mostly one short page each) instead.
     */
    static final int WHOLE_LIST_PAGES = 4;

    /**
     * The invoices {@code --status unpaid} filters: every one when the list is short; on a long one,
     * those FreshBooks lists under a status an unpaid invoice can have ({@link InvoiceRules#MAYBE_UNPAID}),
     * newest first within a day as FreshBooks lists them. The local filter then picks the same.
     */
    private List<InvoiceDto> unpaidCandidates(InvoiceQuery q) {
        Invoices invoices = account.client().invoices();
        Page<InvoiceDto> first = Account.call(() -> invoices.page(q, 1, Paged.MAX_PER_PAGE));
        if (first.pages() <= WHOLE_LIST_PAGES) {
            return new ArrayList<>(Account.call(() -> invoices.list(q, first).toList()));
        }
        List<InvoiceDto> some =
                new ArrayList<>(Account.call(() -> invoices.listByStatus(q, InvoiceRules.MAYBE_UNPAID)));
        some.sort(Comparator.comparing(InvoiceDto::id, Comparator.nullsLast(Comparator.reverseOrder())));
        return some;
    }

    private static Predicate<InvoiceDto> statusFilter(InvoiceStatus s) {
        if (s == null) {
            return i -> true;
        }
        switch (s) {
            case UNPAID:
                return i -> !InvoiceRules.isSettled(i) && !InvoiceRules.isDraft(i);
            case OVERDUE:
                return i -> "overdue".equals(i.v3Status());
            case PAID:
                return InvoiceRules::isSettled;
            case DRAFT:
                return i -> InvoiceRules.isDraft(i);
            case SENT:
                return i -> "sent".equals(i.v3Status()) || "viewed".equals(i.v3Status());
            case PARTIAL:
                return i -> "partial".equals(i.paymentStatus());
            default:
                throw new AssertionError(s);
        }
    }

    public View show(Intent.ShowInvoice s) {
        InvoiceDto i = lookup.find(s.invoice());
        LocalDate today = account.today();
        List<String> lines = new ArrayList<>();
        lines.add("Invoice " + i.invoiceNumber() + " — " + lookup.clientName(i) + " (" + i.v3Status() + ")");
        lines.add("  issued " + i.createDate() + ", due " + i.dueDate()
                + (i.dueDate() != null
                                && !InvoiceRules.isSettled(i)
                                && i.dueDate().isBefore(today)
                        ? " (" + Fmt.count(ChronoUnit.DAYS.between(i.dueDate(), today), "day", "days") + " overdue)"
                        : ""));
        lines.add("  amount " + Fmt.money(i.amount()) + ", paid " + Fmt.money(i.paid()) + ", outstanding "
                + Fmt.money(i.outstanding()));
        if (i.notes() != null && !i.notes().isBlank()) {
            lines.add("  notes: " + i.notes());
        }
        Table t = new Table("  ITEM", "QTY", "UNIT COST", "AMOUNT").alignRight(1, 2, 3);
        for (InvoiceLineDto l : i.lines()) {
            t.row(
                    "  " + l.name()
                            + (l.description() == null || l.description().isBlank() ? "" : " — " + l.description()),
                    l.qty() == null ? "" : Fmt.qty(l.qty()),
                    Fmt.money(l.unitCost()),
                    Fmt.money(l.amount()));
        }
        if (!i.lines().isEmpty()) {
            lines.add("");
            lines.addAll(t.render(false).lines().toList());
        }
        lines.add("  " + account.link("invoice", i.id()));
        ObjectNode json = viewJson(i, lookup.clientName(i), today);
        json.put("link", account.link("invoice", i.id()));
        return View.lines(
                lines, json, Cmd.of("invoice", "view").arg(i.invoiceNumber()).toString());
    }

    /** {@code invoice view --json}: the invoice in fb's words, as {@code invoice list} names them (docs/json.md). */
    private static ObjectNode viewJson(InvoiceDto i, String client, LocalDate today) {
        ObjectNode r = JSON.createObjectNode();
        r.put("id", i.id());
        r.put("number", i.invoiceNumber());
        r.put("client", client);
        r.put("client_id", i.customerId());
        r.put("issued", i.createDate() == null ? null : i.createDate().toString());
        r.put("due", i.dueDate() == null ? null : i.dueDate().toString());
        r.set("amount", JSON.valueToTree(i.amount()));
        r.set("paid", JSON.valueToTree(i.paid()));
        r.set("outstanding", JSON.valueToTree(i.outstanding()));
        r.put("status", i.v3Status());
        r.put("payment_status", i.paymentStatus());
        r.put("date_paid", i.datePaid() == null ? null : i.datePaid().toString());
        r.put(
                "days_overdue",
                i.dueDate() == null || InvoiceRules.isSettled(i)
                        ? 0
                        : Math.max(0, ChronoUnit.DAYS.between(i.dueDate(), today)));
        r.put("po_number", i.poNumber());
        r.put("notes", i.notes());
        r.put("terms", i.terms());
        r.set("lines", linesJson(i.lines(), InvoiceLineDto::amount));
        return r;
    }

    /**
     * Invoice or estimate lines in fb's field names ({@code name, description, quantity,
     * unit_cost, amount}), each amount as {@code amount} gives it.
     */
    public static ArrayNode linesJson(
            List<InvoiceLineDto> lines,
            java.util.function.Function<InvoiceLineDto, dev.fbcli.freshbooks.model.Money> amount) {
        ArrayNode out = JSON.createArrayNode();
        for (InvoiceLineDto l : lines) {
            ObjectNode line = out.addObject();
            line.put("name", l.name());
            line.put("description", l.description());
            line.put("quantity", l.qty() == null ? null : l.qty().stripTrailingZeros());
            line.set("unit_cost", JSON.valueToTree(l.unitCost()));
            line.set("amount", JSON.valueToTree(amount.apply(l)));
        }
        return out;
    }

    /**
     * The accounts aging report, one per currency: FreshBooks' report is in one currency (the
     * business's by default), so the currencies of the other outstanding invoices are asked for
     * apart, their rows marked with their code and their totals given apart (never added up).
     */
    public View aging() {
        LocalDate today = account.today();
        AccountsAgingReport r = Account.call(() -> account.client().reports().accountsAging(null, today, null));
        String home = r.currencyCode();
        java.util.Set<String> others = new java.util.TreeSet<>();
        for (InvoiceDto i : Account.call(
                () -> account.client().invoices().list(InvoiceQuery.empty()).toList())) {
            if (i.currencyCode() != null
                    && !i.currencyCode().equals(home)
                    && i.outstanding() != null
                    && i.outstanding().amount().signum() > 0) {
                others.add(i.currencyCode());
            }
        }
        List<AccountsAgingReport> reports = new ArrayList<>();
        reports.add(r);
        for (String code : others) {
            reports.add(Account.call(() -> account.client().reports().accountsAging(null, today, code)));
        }
        boolean several = reports.size() > 1;
        Table t = several
                ? new Table("CLIENT", "CURRENCY", "0-30", "31-60", "61-90", "91+", "TOTAL").alignRight(2, 3, 4, 5, 6)
                : new Table("CLIENT", "0-30", "31-60", "61-90", "91+", "TOTAL").alignRight(1, 2, 3, 4, 5);
        List<String> footer = new ArrayList<>();
        com.fasterxml.jackson.databind.node.ObjectNode json = JSON.createObjectNode();
        json.put("as_of", String.valueOf(r.endDate() == null ? today : r.endDate()));
        ArrayNode clients = json.putArray("clients");
        List<com.fasterxml.jackson.databind.node.ObjectNode> totals = new ArrayList<>();
        for (AccountsAgingReport rep : reports) {
            String code = rep.currencyCode() == null ? home : rep.currencyCode();
            totals.add(AgingJson.totals(rep.totals(), code));
            for (AgingAccount a : rep.accounts()) {
                String name = AgingJson.name(a);
                clients.add(AgingJson.row(a, code));
                List<Object> cells = new ArrayList<>(List.of(
                        name,
                        Fmt.money(a.days0to30()),
                        Fmt.money(a.days31to60()),
                        Fmt.money(a.days61to90()),
                        Fmt.money(a.days91plus()),
                        Fmt.money(a.total())));
                if (several) {
                    cells.add(1, rep.currencyCode());
                }
                t.row(cells.toArray());
            }
            if (rep.totals() != null) {
                footer.add(String.format(
                        "Totals%s: 0-30 %s, 31-60 %s, 61-90 %s, 91+ %s, total %s (as of %s)",
                        several ? " in " + rep.currencyCode() : "",
                        Fmt.money(rep.totals().days0to30()),
                        Fmt.money(rep.totals().days31to60()),
                        Fmt.money(rep.totals().days61to90()),
                        Fmt.money(rep.totals().days91plus()),
                        Fmt.money(rep.totals().total()),
                        rep.endDate() == null ? today : rep.endDate()));
            }
        }
        // one money per currency in each bucket, as a client's balances: never added across currencies
        json.set("totals", AgingJson.totals(totals));
        return new View(
                t,
                json,
                footer,
                "Nothing is outstanding.",
                Cmd.of("invoice", "aging").toString());
    }
}
