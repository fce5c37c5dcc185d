package dev.fbcli.cli.action.invoice;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Duplicates;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.once.Findable;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.InvoiceDraft;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceLineDraft;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.Money;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.InvoiceLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * invoice.create: the client, the currency, the lines (a service's rate when a line has no price),
 * the terms ("net 30" arrives as {@code dueInDays}, a due date as the offset FreshBooks keeps), a
 * warning for an invoice just like one made minutes ago, and, with {@code --send}, the email as a
 * follow-up plan confirmed on its own.
 */
public final class InvoiceCreation {
    /** FreshBooks writes accounting times in US/Eastern without a zone (docs/freshbooks-api.md, Data conventions). */
    private static final ZoneId ACCOUNTING_ZONE = ZoneId.of("America/New_York");

    private static final DateTimeFormatter ACCOUNTING_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Account account;
    private final Names names;
    private final InvoiceSending sending;

    public InvoiceCreation(Account account, Names names, InvoiceSending sending) {
        this.account = account;
        this.names = names;
        this.sending = sending;
    }

    public Plan create(Intent.CreateInvoice c) {
        Candidate who = names.client(c.client());
        ClientDto client = Account.call(() -> account.client().clients().get(Long.parseLong(who.id())));
        String currency = LinePrices.currency(c.total(), c.lines(), client);
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
                : "due in " + Fmt.count(offset, "day", "days") + " (" + Fmt.day(date.plusDays(offset), account.today())
                        + ")";
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
        String recipient = c.send() ? sending.recipient(client, null) : null;
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
                    Plan next = c.send() ? sending.plan(inv, client, recipient) : null;
                    return new Applied(
                            "Created draft invoice " + inv.invoiceNumber() + " for " + client.displayName() + ", "
                                    + Fmt.money(total, currency) + " (id " + id + ")",
                            "invoice",
                            id,
                            account.link("invoice", id),
                            Results.json("invoice", id, inv),
                            List.of(new Undo.Delete("invoice", id, "invoice " + inv.invoiceNumber())),
                            next);
                })
                .finding(findable(Long.valueOf(who.id()), date, lines, client.displayName(), total, currency));
    }

    /** The invoice this create makes: same client, date and lines (name, quantity, unit cost). */
    private static Findable findable(
            long clientId, LocalDate date, List<InvoiceLineDraft> lines, String client, BigDecimal total, String code) {
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
        return Findable.of("invoice", "the " + Fmt.money(total, code) + " invoice for " + client)
                .with("customerid", clientId)
                .with("create_date", date.toString())
                .with("lines", said);
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
                    "Services",
                    BigDecimal.ONE,
                    new Money(InvoiceRules.cents(c.total().amount()), currency)));
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
                unit = LinePrices.serviceRate(account, names, l.description())
                        .orElseThrow(() -> new CliException.Usage(
                                "say the price of '" + l.description() + "'",
                                "for example '" + Fmt.count(qty, "hour", "hours") + " of " + l.description()
                                        + " at $150' or --line '" + l.description() + ":" + Fmt.qty(qty) + ":150'"));
            }
            out.add(InvoiceLineDraft.of(
                    InvoiceRules.capitalize(l.description() == null ? "Services" : l.description()),
                    qty,
                    new Money(InvoiceRules.cents(unit), currency)));
        }
        return out;
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
            if (created != null && Duration.between(created, now).abs().compareTo(Duplicates.WINDOW) <= 0) {
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
}
