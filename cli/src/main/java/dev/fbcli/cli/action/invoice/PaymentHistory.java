package dev.fbcli.cli.action.invoice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.ApiErrors;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.render.Table;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.FreshBooksException;
import dev.fbcli.freshbooks.NotFoundException;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.PaymentDto;
import dev.fbcli.freshbooks.model.PaymentQuery;
import dev.fbcli.nlp.intent.DateRange;
import dev.fbcli.nlp.intent.Intent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * payment.list (a client's, an invoice's, a period's, with totals per currency) and payment.delete
 * (a payment by id, or the one on an invoice; the invoice is owed again, and undo pays it again).
 * Deleting a payment touches money: the invoice number is typed to confirm it.
 */
public final class PaymentHistory {
    private static final ObjectMapper JSON = Json.MAPPER;

    private final Account account;
    private final Names names;
    private final InvoiceLookup lookup;

    public PaymentHistory(Account account, Names names, InvoiceLookup lookup) {
        this.account = account;
        this.names = names;
        this.lookup = lookup;
    }

    public View list(Intent.ListPayments l) {
        PaymentQuery q = PaymentQuery.empty();
        Candidate client = l.client() == null ? null : names.client(l.client());
        if (client != null) {
            q = q.withClientId(Long.valueOf(client.id()));
        }
        InvoiceDto invoice = l.invoice() == null ? null : lookup.byNumber(l.invoice());
        if (invoice != null) {
            q = q.withInvoiceId(invoice.id());
        }
        DateRange range = l.range();
        if (range != null) {
            q = q.withDateMin(range.from())
                    .withDateMax(range.to() == null ? null : range.to().plusDays(1));
        }
        PaymentQuery query = q;
        List<PaymentDto> all = new ArrayList<>(
                Account.call(() -> account.client().payments().list(query).toList()));
        // Local: deleted payments out, and the day bounds checked here too (the API's max is exclusive)
        all.removeIf(p -> p.visState() != null && p.visState() == 1);
        all.removeIf(p -> range != null && (p.date() == null || !range.contains(p.date())));
        all.sort(Comparator.comparing(PaymentDto::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(PaymentDto::id));
        Map<Long, String> numbers = invoiceNumbers(all);
        Table t = new Table("ID", "DATE", "AMOUNT", "INVOICE", "CLIENT", "METHOD", "NOTE").alignRight(2);
        ObjectNode json = JSON.createObjectNode();
        ArrayNode rows = json.putArray("payments");
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (PaymentDto p : all) {
            String number = p.invoiceId() == null ? "" : numbers.getOrDefault(p.invoiceId(), "#" + p.invoiceId());
            String who = names.nameOf(Kind.CLIENT, p.clientId());
            t.row(
                    p.id(),
                    p.date(),
                    Fmt.money(p.amount()),
                    number,
                    who,
                    p.type() == null ? "" : p.type(),
                    p.note() == null ? "" : p.note());
            ObjectNode r = rows.addObject();
            r.put("id", p.id());
            r.put("date", p.date() == null ? null : p.date().toString());
            r.set("amount", JSON.valueToTree(p.amount()));
            r.put("invoice", number.isEmpty() ? null : number);
            r.put("invoice_id", p.invoiceId());
            r.put("client", who.isEmpty() ? null : who);
            r.put("client_id", p.clientId());
            r.put("method", p.type());
            r.put("note", p.note());
            if (p.amount() != null) {
                totals.merge(String.valueOf(p.amount().code()), p.amount().amount(), BigDecimal::add);
            }
        }
        List<String> footer = new ArrayList<>();
        totals.forEach((code, sum) ->
                footer.add(all.size() + " payment" + (all.size() == 1 ? "" : "s") + ", total " + Fmt.money(sum, code)));
        Cmd cmd = Cmd.of("payment", "list")
                .opt("--client", client == null ? null : client.name())
                .opt("--invoice", invoice == null ? null : invoice.invoiceNumber())
                .opt("--from", range == null ? null : range.from())
                .opt("--to", range == null ? null : range.to());
        return new View(t, json, footer, "No payments match.", cmd.toString());
    }

    public Plan delete(Intent.DeletePayment d) {
        PaymentDto p = d.payment() != null ? byId(Long.parseLong(d.payment())) : onInvoice(d.invoice());
        InvoiceDto inv = Account.call(() -> account.client().invoices().get(p.invoiceId()));
        if (d.payment() != null && d.invoice() != null) {
            String said = d.invoice().strip().replaceFirst("^#", "").replaceFirst("^0+(?=.)", "");
            if (!said.equals(inv.invoiceNumber().replaceFirst("^0+(?=.)", ""))) {
                throw new CliException.Usage(
                        "payment " + p.id() + " is on invoice " + inv.invoiceNumber() + ", not " + d.invoice());
            }
        }
        String number = inv.invoiceNumber();
        BigDecimal outstanding =
                inv.outstanding() == null ? BigDecimal.ZERO : inv.outstanding().amount();
        BigDecimal paid = inv.paid() == null ? BigDecimal.ZERO : inv.paid().amount();
        BigDecimal amount = p.amount() == null ? BigDecimal.ZERO : p.amount().amount();
        BigDecimal total = inv.amount() == null ? BigDecimal.ZERO : inv.amount().amount();
        BigDecimal owedAfter = total.subtract(paid.subtract(amount)).max(BigDecimal.ZERO);
        String code = inv.currencyCode();
        String id = String.valueOf(p.id());
        String what = "the " + Fmt.money(p.amount()) + " payment" + (p.type() == null ? "" : " (" + p.type() + ")")
                + " of " + (p.date() == null ? "an unknown day" : Fmt.day(p.date(), account.today())) + " on invoice "
                + number + " (" + lookup.clientName(inv) + ")";
        List<String> details = new ArrayList<>();
        details.add("invoice " + number + " outstanding: " + Fmt.money(outstanding, code) + " → "
                + Fmt.money(owedAfter, code));
        if (p.note() != null && !p.note().isBlank()) {
            details.add("note: " + p.note());
        }
        List<String> warnings = new ArrayList<>();
        if (paid.compareTo(total) > 0) {
            warnings.add(lookup.clientName(inv) + " overpaid invoice " + number + " by "
                    + Fmt.money(paid.subtract(total), code) + "; the credit this payment made goes with it");
        }
        return new Plan(
                "Delete " + what + " (payment " + id + ")",
                details,
                warnings,
                Cmd.of("payment", "delete").arg(id).toString(),
                number,
                () -> {
                    PaymentDto after = account.client().payments().delete(p.id());
                    return new Applied(
                            "Deleted " + what + "; invoice " + number + " is owed " + Fmt.money(owedAfter, code)
                                    + " again",
                            "payment",
                            id,
                            account.link("invoice", inv.id()),
                            Results.json("payment", id, after),
                            List.of(new Undo.Restore("payment", id, what, Map.of("vis_state", 0))));
                });
    }

    private PaymentDto byId(long id) {
        PaymentDto p;
        try {
            p = account.client().payments().get(id);
        } catch (NotFoundException e) {
            throw new CliException.Usage(
                    "there is no payment " + id + " in " + account.business().name(),
                    "`fb payment list` shows the payments with their ids");
        } catch (FreshBooksException e) {
            throw ApiErrors.translate(e);
        }
        if (p.visState() != null && p.visState() == 1) {
            throw new CliException.Usage("payment " + id + " was deleted already");
        }
        if (p.invoiceId() == null) {
            throw new CliException.Usage("payment " + id + " is not on an invoice; fb only deletes invoice payments");
        }
        return p;
    }

    private PaymentDto onInvoice(String number) {
        InvoiceDto inv = lookup.byNumber(number);
        List<PaymentDto> on = new ArrayList<>(Account.call(() -> account.client()
                .payments()
                .list(PaymentQuery.empty().withInvoiceId(inv.id()))
                .toList()));
        on.removeIf(p -> p.visState() != null && p.visState() == 1);
        if (on.isEmpty()) {
            throw new CliException.Usage("invoice " + inv.invoiceNumber() + " has no payment");
        }
        if (on.size() == 1) {
            return on.get(0);
        }
        on.sort(Comparator.comparing(PaymentDto::date, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Candidate> options = on.stream()
                .map(p -> new Candidate(
                        String.valueOf(p.id()),
                        "payment " + p.id() + ": " + Fmt.money(p.amount()) + " on " + p.date()
                                + (p.type() == null ? "" : " (" + p.type() + ")"),
                        null,
                        true))
                .toList();
        Candidate c;
        try {
            c = names.chooser().choose("payment", "payment on invoice " + inv.invoiceNumber(), options);
        } catch (CliException.Usage noTerminal) {
            throw new CliException.Usage(
                    "invoice " + inv.invoiceNumber() + " has " + on.size() + " payments: "
                            + String.join(
                                    ", ", options.stream().map(Candidate::name).toList()),
                    "give the payment's id: `fb payment delete " + on.get(0).id() + "`");
        }
        return on.stream()
                .filter(p -> String.valueOf(p.id()).equals(c.id()))
                .findFirst()
                .orElseThrow();
    }

    private Map<Long, String> invoiceNumbers(List<PaymentDto> payments) {
        Map<Long, String> out = new HashMap<>();
        if (payments.isEmpty()) {
            return out;
        }
        for (InvoiceDto i : Account.call(
                () -> account.client().invoices().list(InvoiceQuery.empty()).toList())) {
            out.put(i.id(), i.invoiceNumber());
        }
        return out;
    }
}
