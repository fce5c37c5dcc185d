package dev.fbcli.cli.action.invoice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.time.TimeActions;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.render.Table;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.NameResolver;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.resolve.Resolution;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.completions.NameCache.Entry;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.model.AccountsAgingReport;
import dev.fbcli.freshbooks.model.AgingAccount;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.InvoiceDraft;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceLineDraft;
import dev.fbcli.freshbooks.model.InvoiceLineDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.Money;
import dev.fbcli.freshbooks.model.PaymentDraft;
import dev.fbcli.freshbooks.model.PaymentDto;
import dev.fbcli.freshbooks.model.ServiceRateDto;
import dev.fbcli.nlp.intent.DateRange;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.InvoiceLine;
import dev.fbcli.nlp.intent.InvoiceRef;
import dev.fbcli.nlp.intent.InvoiceStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** invoice.create, invoice.list, invoice.show, invoice.send, payment.record, the aging view, and invoice edits. */
public final class InvoiceActions {
    private static final ObjectMapper JSON = Json.MAPPER;
    /** FreshBooks writes accounting times in US/Eastern without a zone (API.md §8). */
    private static final ZoneId ACCOUNTING_ZONE = ZoneId.of("America/New_York");

    private static final DateTimeFormatter ACCOUNTING_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Account account;
    private final Names names;

    public InvoiceActions(Account account, Names names) {
        this.account = account;
        this.names = names;
    }

    // ------------------------------------------------------------------ create

    public Plan create(Intent.CreateInvoice c) {
        Candidate who = names.client(c.client());
        ClientDto client = Account.call(() -> account.client().clients().get(Long.parseLong(who.id())));
        String currency = currencyOf(c, client);
        List<InvoiceLineDraft> lines = lines(c, currency);
        BigDecimal sum = BigDecimal.ZERO;
        for (InvoiceLineDraft l : lines) {
            sum = sum.add(l.qty().multiply(l.unitCost().amount()));
        }
        LocalDate date = c.date() != null ? c.date() : account.today();
        Integer offset = c.dueInDays() != null
                ? c.dueInDays()
                : c.dueDate() != null ? (int) ChronoUnit.DAYS.between(date, c.dueDate()) : null;
        if (offset != null && offset < 0) {
            throw new CliException.Usage("the due date " + c.dueDate() + " is before the invoice date " + date);
        }
        InvoiceDraft draft = InvoiceDraft.empty()
                .withCustomerId(Long.valueOf(who.id()))
                .withCreateDate(date)
                .withDueOffsetDays(offset)
                .withCurrencyCode(currency)
                .withNotes(c.notes())
                .withLines(lines);

        String due = offset == null || offset == 0
                ? "due on receipt"
                : "due in " + offset + " days (" + Fmt.day(date.plusDays(offset), account.today()) + ")";
        String summary =
                "Create a draft invoice for " + client.displayName() + ": " + Fmt.money(sum, currency) + ", " + due;
        List<String> details = new ArrayList<>();
        for (InvoiceLineDraft l : lines) {
            details.add("line: " + Fmt.qty(l.qty()) + " × " + l.name() + " at "
                    + Fmt.money(l.unitCost().amount(), currency) + " = "
                    + Fmt.money(l.qty().multiply(l.unitCost().amount()), currency));
        }
        if (!date.equals(account.today())) {
            details.add("dated " + Fmt.day(date, account.today()));
        }
        if (c.notes() != null) {
            details.add("notes: " + c.notes());
        }
        List<String> warnings = new ArrayList<>();
        if (c.total() != null && c.total().amount().compareTo(sum) != 0) {
            warnings.add("the lines add up to " + Fmt.money(sum, currency) + ", not the "
                    + Fmt.money(c.total().amount(), currency) + " you said");
        }
        String recipient = c.send() ? recipient(client, null) : null;
        if (c.send()) {
            details.add("then: email it to " + recipient + " (you confirm that step by typing the invoice number)");
        }
        warnings.addAll(duplicates(Long.valueOf(who.id()), date, sum));
        Cmd cmd = Cmd.of("invoice", "create").opt("--client", client.displayName());
        for (InvoiceLineDraft l : lines) {
            cmd.opt(
                    "--line",
                    l.name().replace(":", " ") + ":" + Fmt.qty(l.qty()) + ":"
                            + Fmt.amount(l.unitCost().amount()));
        }
        cmd.opt("--due-in", offset == null || offset == 0 ? null : offset)
                .opt("--date", c.date())
                .opt("--currency", currency.equals(client.currencyCode()) ? null : currency)
                .opt("--notes", c.notes())
                .flag("--send", c.send());
        BigDecimal total = sum;
        return new Plan(summary, details, warnings, cmd.toString(), null, () -> {
            InvoiceDto inv = account.client().invoices().create(draft);
            String id = String.valueOf(inv.id());
            Plan next = c.send() ? sendPlan(inv, client, recipient) : null;
            return new Applied(
                    "Created draft invoice " + inv.invoiceNumber() + " for " + client.displayName() + ", "
                            + Fmt.money(total, currency) + " (id " + id + ")",
                    "invoice",
                    id,
                    account.link("invoice", id),
                    TimeActions.result("invoice", id, inv),
                    List.of(new Undo.Delete("invoice", id, "invoice " + inv.invoiceNumber())),
                    next);
        });
    }

    private String currencyOf(Intent.CreateInvoice c, ClientDto client) {
        String said = c.total() != null ? c.total().currencyOrNull() : null;
        for (InvoiceLine l : c.lines()) {
            if (said == null && l.unitCost() != null) {
                said = l.unitCost().currencyOrNull();
            }
        }
        if (said != null) {
            return said;
        }
        return client.currencyCode() != null ? client.currencyCode() : "USD";
    }

    private List<InvoiceLineDraft> lines(Intent.CreateInvoice c, String currency) {
        List<InvoiceLineDraft> out = new ArrayList<>();
        List<InvoiceLine> said = c.lines();
        if (said.isEmpty()) {
            if (c.total() == null) {
                throw new CliException.Usage(
                        "say what the invoice is for: an amount or lines",
                        "for example 'invoice Acme $500 for the logo' or --line 'Logo:1:500'");
            }
            out.add(InvoiceLineDraft.of(
                    "Services", BigDecimal.ONE, new Money(scale(c.total().amount()), currency)));
            return out;
        }
        for (InvoiceLine l : said) {
            BigDecimal qty = l.quantity() == null ? BigDecimal.ONE : l.quantity();
            BigDecimal unit;
            if (l.unitCost() != null) {
                unit = l.unitCost().amount();
            } else if (c.total() != null && said.size() == 1) {
                unit = c.total().amount().divide(qty, 2, RoundingMode.HALF_UP);
            } else {
                unit = serviceRate(l.description())
                        .orElseThrow(() -> new CliException.Usage(
                                "say the price of '" + l.description() + "'",
                                "for example '" + Fmt.qty(qty) + " hours of " + l.description()
                                        + " at $150' or --line '" + l.description() + ":" + Fmt.qty(qty) + ":150'"));
            }
            out.add(InvoiceLineDraft.of(
                    capitalize(l.description() == null ? "Services" : l.description()),
                    qty,
                    new Money(scale(unit), currency)));
        }
        return out;
    }

    /** The rate of the service a line is named after ("8 hours of consulting" at Consulting's rate). */
    private Optional<BigDecimal> serviceRate(String description) {
        if (description == null) {
            return Optional.empty();
        }
        List<Candidate> services = names.cache().services().stream()
                .map(e -> Candidate.of(e.id(), e.name()))
                .toList();
        Resolution r = NameResolver.resolve(description, services);
        if (r instanceof Resolution.Match m && m.how() != Resolution.How.FUZZY) {
            Optional<ServiceRateDto> rate = Account.call(() -> account.client()
                    .services()
                    .rate(Long.parseLong(m.candidate().id())));
            return rate.map(ServiceRateDto::rate).filter(x -> x != null && x.signum() > 0);
        }
        return Optional.empty();
    }

    private static BigDecimal scale(BigDecimal b) {
        return b.setScale(2, RoundingMode.HALF_UP);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private List<String> duplicates(long clientId, LocalDate date, BigDecimal amount) {
        List<String> out = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(account.context().clock().withZone(ACCOUNTING_ZONE));
        for (InvoiceDto i : Account.call(() -> account.client()
                .invoices()
                .list(InvoiceQuery.empty()
                        .withCustomerId(clientId)
                        .withDateMin(date)
                        .withDateMax(date.plusDays(1)))
                .toList())) {
            if (i.amount() == null || i.amount().amount().compareTo(amount) != 0 || !date.equals(i.createDate())) {
                continue;
            }
            LocalDateTime created = parseAccounting(i.createdAt());
            if (created != null && Duration.between(created, now).abs().compareTo(TimeActions.DUPLICATE_WINDOW) <= 0) {
                out.add("invoice " + i.invoiceNumber() + " for the same client, date and amount was created "
                        + Math.max(0, Duration.between(created, now).toMinutes()) + " min ago");
            }
        }
        return out;
    }

    private static LocalDateTime parseAccounting(String s) {
        try {
            return s == null ? null : LocalDateTime.parse(s.length() > 19 ? s.substring(0, 19) : s, ACCOUNTING_TIME);
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ send

    public Plan send(Intent.SendInvoice s) {
        InvoiceDto inv = find(s.invoice());
        ClientDto client = Account.call(() -> account.client().clients().get(inv.customerId()));
        return sendPlan(inv, client, recipient(client, s.email()));
    }

    private String recipient(ClientDto client, String email) {
        String to = email != null ? email : client.email();
        if (to == null || to.isBlank()) {
            throw new CliException.Usage(
                    client.displayName() + " has no email address",
                    "say where to send it ('send invoice 0042 to ap@example.com') or `fb client update`");
        }
        return to;
    }

    private Plan sendPlan(InvoiceDto inv, ClientDto client, String to) {
        String label =
                "invoice " + inv.invoiceNumber() + " (" + money(inv.amount()) + ", " + client.displayName() + ")";
        Cmd cmd = Cmd.of("invoice", "send")
                .arg(inv.invoiceNumber())
                .opt("--to", to.equalsIgnoreCase(String.valueOf(client.email())) ? null : to);
        List<String> warnings = new ArrayList<>();
        if (!"draft".equals(inv.v3Status()) && !"created".equals(inv.v3Status())) {
            warnings.add("it was already " + inv.v3Status() + "; this sends it again");
        }
        return new Plan(
                "Email " + label + " to " + to, List.of(), warnings, cmd.toString(), inv.invoiceNumber(), () -> {
                    InvoiceDto sent = account.client().invoices().sendByEmail(inv.id(), List.of(to), null, null, true);
                    String id = String.valueOf(sent.id());
                    return new Applied(
                            "Emailed invoice " + inv.invoiceNumber() + " to " + to,
                            "invoice",
                            id,
                            account.link("invoice", id),
                            TimeActions.result("invoice", id, sent),
                            List.of(new Undo.Irreversible("the email of invoice " + inv.invoiceNumber() + " to " + to
                                    + " cannot be unsent")));
                });
    }

    // ------------------------------------------------------------------ find

    /** The invoice an {@link InvoiceRef} means: by number ("42" finds "0042"), or a client's latest. */
    InvoiceDto find(InvoiceRef ref) {
        if (ref.isNumber()) {
            return byNumber(ref.number());
        }
        Candidate who = names.client(ref.latestOfClient());
        List<InvoiceDto> all = Account.call(() -> account.client()
                .invoices()
                .list(InvoiceQuery.empty().withCustomerId(Long.valueOf(who.id())))
                .toList());
        return all.stream()
                .max(Comparator.comparing(InvoiceDto::createDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(InvoiceDto::id))
                .map(i -> Account.call(() -> account.client().invoices().get(i.id())))
                .orElseThrow(() -> new CliException.Usage(who.name() + " has no invoices yet"));
    }

    InvoiceDto byNumber(String said) {
        String number = said.strip().replaceFirst("^#", "");
        List<InvoiceDto> exact = Account.call(() -> account.client()
                .invoices()
                .list(InvoiceQuery.empty().withInvoiceNumber(number))
                .toList());
        Optional<InvoiceDto> hit =
                exact.stream().filter(i -> number.equals(i.invoiceNumber())).findFirst();
        if (hit.isEmpty()) {
            String bare = number.replaceFirst("^0+(?=.)", "");
            List<InvoiceDto> all = Account.call(
                    () -> account.client().invoices().list(InvoiceQuery.empty()).toList());
            List<InvoiceDto> same = all.stream()
                    .filter(i -> i.invoiceNumber() != null
                            && i.invoiceNumber().replaceFirst("^0+(?=.)", "").equalsIgnoreCase(bare))
                    .toList();
            if (same.size() > 1) {
                throw new CliException.Usage(
                        "several invoices are numbered like '" + said + "': "
                                + String.join(
                                        ", ",
                                        same.stream()
                                                .map(InvoiceDto::invoiceNumber)
                                                .toList()),
                        "give the full number");
            }
            hit = same.stream().findFirst();
        }
        InvoiceDto found = hit.orElseThrow(() -> new CliException.Usage(
                "no invoice numbered '" + said + "' in " + account.business().name(), "`fb invoice list` shows them"));
        return Account.call(() -> account.client().invoices().get(found.id()));
    }

    // ------------------------------------------------------------------ list

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
        List<InvoiceDto> all = new ArrayList<>(
                Account.call(() -> account.client().invoices().list(query).toList()));
        // Local filters: FreshBooks ignores search[payment_status] and has no "older than" (API.md §5.2).
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
            long overdue =
                    i.dueDate() == null || isSettled(i) ? 0 : Math.max(0, ChronoUnit.DAYS.between(i.dueDate(), today));
            String client = clientName(i);
            table.row(
                    i.invoiceNumber(),
                    client,
                    i.createDate(),
                    i.dueDate(),
                    money(i.amount()),
                    money(i.outstanding()),
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

    private static boolean isSettled(InvoiceDto i) {
        return "paid".equals(i.paymentStatus()) || "auto-paid".equals(i.paymentStatus());
    }

    private static Predicate<InvoiceDto> statusFilter(InvoiceStatus s) {
        if (s == null) {
            return i -> true;
        }
        switch (s) {
            case UNPAID:
                return i -> !isSettled(i) && !"draft".equals(i.v3Status()) && !"created".equals(i.v3Status());
            case OVERDUE:
                return i -> "overdue".equals(i.v3Status());
            case PAID:
                return InvoiceActions::isSettled;
            case DRAFT:
                return i -> "draft".equals(i.v3Status()) || "created".equals(i.v3Status());
            case SENT:
                return i -> "sent".equals(i.v3Status()) || "viewed".equals(i.v3Status());
            case PARTIAL:
                return i -> "partial".equals(i.paymentStatus());
            default:
                throw new AssertionError(s);
        }
    }

    private String clientName(InvoiceDto i) {
        Entry e = i.customerId() == null ? null : names.entry(Kind.CLIENT, String.valueOf(i.customerId()));
        if (e != null) {
            return e.name();
        }
        String n = i.currentOrganization() != null ? i.currentOrganization() : i.organization();
        return n == null ? "#" + i.customerId() : n;
    }

    public static String money(Money m) {
        return m == null ? "" : Fmt.money(m.amount(), m.code());
    }

    // ------------------------------------------------------------------ show

    public View show(Intent.ShowInvoice s) {
        InvoiceDto i = find(s.invoice());
        LocalDate today = account.today();
        List<String> lines = new ArrayList<>();
        lines.add("Invoice " + i.invoiceNumber() + " — " + clientName(i) + " (" + i.v3Status() + ")");
        lines.add("  issued " + i.createDate() + ", due " + i.dueDate()
                + (i.dueDate() != null && !isSettled(i) && i.dueDate().isBefore(today)
                        ? " (" + ChronoUnit.DAYS.between(i.dueDate(), today) + " days overdue)"
                        : ""));
        lines.add("  amount " + money(i.amount()) + ", paid " + money(i.paid()) + ", outstanding "
                + money(i.outstanding()));
        if (i.notes() != null && !i.notes().isBlank()) {
            lines.add("  notes: " + i.notes());
        }
        Table t = new Table("  ITEM", "QTY", "UNIT COST", "AMOUNT").alignRight(1, 2, 3);
        for (InvoiceLineDto l : i.lines()) {
            t.row(
                    "  " + l.name()
                            + (l.description() == null || l.description().isBlank() ? "" : " — " + l.description()),
                    l.qty() == null ? "" : Fmt.qty(l.qty()),
                    money(l.unitCost()),
                    money(l.amount()));
        }
        if (!i.lines().isEmpty()) {
            lines.add("");
            lines.addAll(t.render(false).lines().toList());
        }
        lines.add("  " + account.link("invoice", i.id()));
        ObjectNode json = (ObjectNode) JSON.valueToTree(i);
        json.put("link", account.link("invoice", i.id()));
        return View.lines(
                lines, json, Cmd.of("invoice", "view").arg(i.invoiceNumber()).toString());
    }

    // ------------------------------------------------------------------ payments

    public Plan recordPayment(Intent.RecordPayment p) {
        InvoiceDto inv;
        if (p.invoice() != null) {
            inv = byNumber(p.invoice());
            if (p.client() != null) {
                Candidate who = names.client(p.client());
                if (!who.id().equals(String.valueOf(inv.customerId()))) {
                    throw new CliException.Usage("invoice " + inv.invoiceNumber() + " is " + clientName(inv)
                            + "'s, not " + who.name() + "'s");
                }
            }
        } else {
            Candidate who = names.client(p.client());
            List<InvoiceDto> open = Account.call(() -> account.client()
                            .invoices()
                            .list(InvoiceQuery.empty().withCustomerId(Long.valueOf(who.id())))
                            .toList())
                    .stream()
                    .filter(i -> !isSettled(i)
                            && i.outstanding() != null
                            && i.outstanding().amount().signum() > 0)
                    .filter(i -> !"draft".equals(i.v3Status()))
                    .sorted(Comparator.comparing(InvoiceDto::createDate))
                    .toList();
            if (open.isEmpty()) {
                throw new CliException.Usage(who.name() + " has no unpaid invoice");
            }
            InvoiceDto pick = open.get(0);
            if (open.size() > 1) {
                if (p.amount() != null) {
                    List<InvoiceDto> exact = open.stream()
                            .filter(i -> i.outstanding()
                                            .amount()
                                            .compareTo(p.amount().amount())
                                    == 0)
                            .toList();
                    if (exact.size() == 1) {
                        pick = exact.get(0);
                    }
                }
                if (pick == open.get(0)
                        && (p.amount() == null
                                || open.get(0)
                                                .outstanding()
                                                .amount()
                                                .compareTo(p.amount().amount())
                                        != 0)) {
                    List<Candidate> options = open.stream()
                            .map(i -> new Candidate(
                                    String.valueOf(i.id()),
                                    "invoice " + i.invoiceNumber(),
                                    money(i.outstanding()) + " outstanding, issued " + i.createDate(),
                                    true))
                            .toList();
                    Candidate c = names.chooser().choose("unpaid invoice", who.name() + "'s invoice", options);
                    pick = open.stream()
                            .filter(i -> String.valueOf(i.id()).equals(c.id()))
                            .findFirst()
                            .orElseThrow();
                }
            }
            long id = pick.id();
            inv = Account.call(() -> account.client().invoices().get(id));
        }
        InvoiceDto invoice = inv;
        String code = invoice.amount() == null ? null : invoice.amount().code();
        if (p.amount() != null
                && p.amount().currencyOrNull() != null
                && code != null
                && !code.equals(p.amount().currencyOrNull())) {
            throw new CliException.Usage("invoice " + invoice.invoiceNumber() + " is in " + code + ", not "
                    + p.amount().currencyOrNull());
        }
        BigDecimal outstanding = invoice.outstanding() == null
                ? BigDecimal.ZERO
                : invoice.outstanding().amount();
        BigDecimal amount = p.amount() != null ? p.amount().amount() : outstanding;
        if (amount.signum() <= 0) {
            throw new CliException.Usage("invoice " + invoice.invoiceNumber() + " has nothing outstanding");
        }
        LocalDate date = p.date() != null ? p.date() : account.today();
        String type = paymentType(p.method());
        List<String> warnings = new ArrayList<>();
        if (amount.compareTo(outstanding) > 0) {
            warnings.add("that is more than the " + Fmt.money(outstanding, code)
                    + " outstanding; FreshBooks keeps the rest as a credit");
        }
        BigDecimal after = outstanding.subtract(amount).max(BigDecimal.ZERO);
        String summary =
                "Record a " + Fmt.money(amount, code) + " payment (" + type + ") on invoice " + invoice.invoiceNumber()
                        + " (" + clientName(invoice) + "), " + Fmt.day(date, account.today()) + ": outstanding "
                        + Fmt.money(outstanding, code) + " → " + Fmt.money(after, code);
        Cmd cmd = Cmd.of("payment", "record")
                .arg(invoice.invoiceNumber())
                .opt("--amount", p.amount() == null ? null : Fmt.amount(amount))
                .opt("--method", type)
                .opt("--date", p.date());
        PaymentDraft draft = PaymentDraft.empty()
                .withInvoiceId(invoice.id())
                .withAmount(new Money(scale(amount), code))
                .withDate(date)
                .withType(type);
        return new Plan(summary, List.of(), warnings, cmd.toString(), invoice.invoiceNumber(), () -> {
            PaymentDto pay = account.client().payments().create(draft);
            String id = String.valueOf(pay.id());
            return new Applied(
                    "Recorded a " + Fmt.money(amount, code) + " payment on invoice " + invoice.invoiceNumber()
                            + " (payment " + id + "); "
                            + (after.signum() == 0
                                    ? "it is paid in full"
                                    : Fmt.money(after, code) + " still outstanding"),
                    "payment",
                    id,
                    account.link("invoice", invoice.id()),
                    TimeActions.result("payment", id, pay),
                    List.of(new Undo.Delete(
                            "payment",
                            id,
                            "the " + Fmt.money(amount, code) + " payment on invoice " + invoice.invoiceNumber())));
        });
    }

    /** FreshBooks' payment types (API.md §5.6) from how people say them. */
    static String paymentType(String said) {
        if (said == null) {
            return "Other";
        }
        String s = said.toLowerCase(Locale.ROOT);
        if (s.contains("cheque") || s.contains("check")) {
            return "Check";
        }
        if (s.contains("cash")) {
            return "Cash";
        }
        if (s.contains("ach")) {
            return "ACH";
        }
        if (s.contains("bank")
                || s.contains("wire")
                || s.contains("transfer")
                || s.contains("eft")
                || s.contains("e-transfer")
                || s.contains("direct deposit")) {
            return "Bank Transfer";
        }
        if (s.contains("paypal")) {
            return "PayPal";
        }
        if (s.contains("debit")) {
            return "Debit";
        }
        if (s.contains("visa")) {
            return "VISA";
        }
        if (s.contains("mastercard")) {
            return "MASTERCARD";
        }
        if (s.contains("amex") || s.contains("american express")) {
            return "AMEX";
        }
        if (s.contains("card") || s.contains("credit")) {
            return "Credit Card";
        }
        return "Other";
    }

    // ------------------------------------------------------------------ aging

    public View aging() {
        LocalDate today = account.today();
        AccountsAgingReport r = Account.call(() -> account.client().reports().accountsAging(null, today, null));
        Table t = new Table("CLIENT", "0-30", "31-60", "61-90", "91+", "TOTAL").alignRight(1, 2, 3, 4, 5);
        for (AgingAccount a : r.accounts()) {
            String name = a.organization() != null && !a.organization().isBlank()
                    ? a.organization()
                    : (String.valueOf(a.fname()) + " " + String.valueOf(a.lname())).strip();
            t.row(
                    name,
                    money(a.days0to30()),
                    money(a.days31to60()),
                    money(a.days61to90()),
                    money(a.days91plus()),
                    money(a.total()));
        }
        List<String> footer = new ArrayList<>();
        if (r.totals() != null) {
            footer.add(String.format(
                    "Totals: 0-30 %s, 31-60 %s, 61-90 %s, 91+ %s, total %s (as of %s)",
                    money(r.totals().days0to30()),
                    money(r.totals().days31to60()),
                    money(r.totals().days61to90()),
                    money(r.totals().days91plus()),
                    money(r.totals().total()),
                    r.endDate() == null ? today : r.endDate()));
        }
        return new View(
                t,
                JSON.valueToTree(r),
                footer,
                "Nothing is outstanding.",
                Cmd.of("invoice", "aging").toString());
    }

    // ------------------------------------------------------------------ edits of a draft

    public Plan edit(
            String number, List<InvoiceLine> addLines, List<Integer> removeLines, Integer dueInDays, String notes) {
        InvoiceDto inv = byNumber(number);
        if (addLines.isEmpty() && removeLines.isEmpty() && dueInDays == null && notes == null) {
            throw new CliException.Usage("say what to change: --add-line, --remove-line, --due-in or --notes");
        }
        boolean linesChange = !addLines.isEmpty() || !removeLines.isEmpty();
        if (linesChange && !"draft".equals(inv.v3Status()) && !"created".equals(inv.v3Status())) {
            throw new CliException.Usage(
                    "invoice " + inv.invoiceNumber() + " is " + inv.v3Status()
                            + ": fb only changes the lines of a draft",
                    "edit it in FreshBooks, or create a new invoice");
        }
        String code = inv.currencyCode();
        List<InvoiceLineDraft> lines = new ArrayList<>();
        for (InvoiceLineDto l : inv.lines()) {
            lines.add(InvoiceLineDraft.empty()
                    .withName(l.name())
                    .withDescription(l.description())
                    .withQty(l.qty())
                    .withUnitCost(l.unitCost())
                    .withTaxName1(l.taxName1())
                    .withTaxAmount1(l.taxAmount1())
                    .withTaxName2(l.taxName2())
                    .withTaxAmount2(l.taxAmount2())
                    .withType(l.type())
                    .withExpenseId(l.expenseId()));
        }
        List<InvoiceLineDraft> previousLines = List.copyOf(lines);
        List<String> details = new ArrayList<>();
        List<Integer> removing = removeLines.stream()
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
        for (int n : removing) {
            if (n < 1 || n > previousLines.size()) {
                throw new CliException.Usage(
                        "invoice " + inv.invoiceNumber() + " has " + previousLines.size()
                                + " line(s): there is no line " + n,
                        "`fb invoice view " + inv.invoiceNumber() + "` numbers them in order");
            }
            InvoiceLineDraft gone = lines.remove(n - 1);
            details.add(0, "remove line " + n + ": " + Fmt.qty(gone.qty()) + " × " + gone.name());
        }
        if (linesChange && lines.isEmpty() && addLines.isEmpty()) {
            throw new CliException.Usage("an invoice needs at least one line: add one before removing the last");
        }
        for (InvoiceLine l : addLines) {
            if (l.unitCost() == null) {
                throw new CliException.Usage("a line needs a price: --add-line 'Description:quantity:unit cost'");
            }
            BigDecimal qty = l.quantity() == null ? BigDecimal.ONE : l.quantity();
            lines.add(InvoiceLineDraft.of(
                    capitalize(l.description()),
                    qty,
                    new Money(scale(l.unitCost().amount()), code)));
            details.add("add line: " + Fmt.qty(qty) + " × " + capitalize(l.description()) + " at "
                    + Fmt.money(l.unitCost().amount(), code));
        }
        InvoiceDraft patch = InvoiceDraft.empty();
        Map<String, Object> previous = new LinkedHashMap<>();
        if (linesChange) {
            patch = patch.withLines(lines);
            previous.put("lines", JSON.convertValue(previousLines, List.class));
        }
        if (dueInDays != null) {
            patch = patch.withDueOffsetDays(dueInDays);
            previous.put("due_offset_days", inv.dueOffsetDays() == null ? 0 : inv.dueOffsetDays());
            details.add("terms: due in " + dueInDays + " days ("
                    + inv.createDate().plusDays(dueInDays) + "), was " + inv.dueDate());
        }
        if (notes != null) {
            patch = patch.withNotes(notes);
            previous.put("notes", inv.notes() == null ? "" : inv.notes());
            details.add("notes: " + notes);
        }
        InvoiceDraft change = patch;
        Cmd cmd = Cmd.of("invoice", "edit").arg(inv.invoiceNumber());
        for (int n : removing) {
            cmd.opt("--remove-line", n);
        }
        for (InvoiceLine l : addLines) {
            cmd.opt(
                    "--add-line",
                    l.description() + ":" + Fmt.qty(l.quantity() == null ? BigDecimal.ONE : l.quantity()) + ":"
                            + Fmt.amount(l.unitCost().amount()));
        }
        cmd.opt("--due-in", dueInDays).opt("--notes", notes);
        return new Plan(
                "Change invoice " + inv.invoiceNumber() + " (" + clientName(inv) + ", " + inv.v3Status() + ")",
                details,
                List.of(),
                cmd.toString(),
                null,
                () -> {
                    InvoiceDto after = account.client().invoices().update(inv.id(), change);
                    String id = String.valueOf(after.id());
                    return new Applied(
                            "Changed invoice " + after.invoiceNumber() + ": now " + money(after.amount()) + ", due "
                                    + after.dueDate(),
                            "invoice",
                            id,
                            account.link("invoice", id),
                            TimeActions.result("invoice", id, after),
                            List.of(new Undo.Restore("invoice", id, "invoice " + after.invoiceNumber(), previous)));
                });
    }

    public Plan markSent(String number) {
        InvoiceDto inv = byNumber(number);
        if (!"draft".equals(inv.v3Status()) && !"created".equals(inv.v3Status())) {
            throw new CliException.Usage("invoice " + inv.invoiceNumber() + " is already " + inv.v3Status());
        }
        return Plan.of(
                "Mark invoice " + inv.invoiceNumber() + " (" + clientName(inv) + ", " + money(inv.amount())
                        + ") as sent, without emailing it",
                Cmd.of("invoice", "mark-sent").arg(inv.invoiceNumber()).toString(),
                () -> {
                    InvoiceDto after = account.client().invoices().markAsSent(inv.id());
                    String id = String.valueOf(after.id());
                    return new Applied(
                            "Marked invoice " + after.invoiceNumber() + " as sent",
                            "invoice",
                            id,
                            account.link("invoice", id),
                            TimeActions.result("invoice", id, after),
                            List.of(new Undo.Irreversible("FreshBooks cannot turn a sent invoice back into a draft")));
                });
    }

    public Plan delete(String number) {
        InvoiceDto inv = byNumber(number);
        if (!"draft".equals(inv.v3Status()) && !"created".equals(inv.v3Status())) {
            throw new CliException.Usage(
                    "invoice " + inv.invoiceNumber() + " is " + inv.v3Status() + ": fb only deletes drafts",
                    "delete it in FreshBooks if you really mean to");
        }
        return new Plan(
                "Delete draft invoice " + inv.invoiceNumber() + " (" + clientName(inv) + ", " + money(inv.amount())
                        + ")",
                List.of(),
                List.of(),
                Cmd.of("invoice", "delete").arg(inv.invoiceNumber()).toString(),
                inv.invoiceNumber(),
                () -> {
                    account.client().invoices().delete(inv.id());
                    String id = String.valueOf(inv.id());
                    ObjectNode json = JSON.createObjectNode()
                            .put("ok", true)
                            .put("kind", "invoice")
                            .put("id", id)
                            .put("deleted", true);
                    return new Applied(
                            "Deleted draft invoice " + inv.invoiceNumber(),
                            "invoice",
                            id,
                            null,
                            json,
                            List.of(new Undo.Irreversible("a deleted invoice cannot be brought back by fb")));
                });
    }
}
