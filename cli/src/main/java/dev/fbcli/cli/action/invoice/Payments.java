package dev.fbcli.cli.action.invoice;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.Money;
import dev.fbcli.freshbooks.model.PaymentDraft;
import dev.fbcli.freshbooks.model.PaymentDto;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * payment.record: the invoice (said by number, or a client's unpaid one, chosen when there are
 * several), the amount (the whole balance when none is said), the method in FreshBooks' words
 * ({@link PaymentMethod}), and the outstanding balance before and after; confirmed by typing the
 * invoice number.
 */
public final class Payments {
    private final Account account;
    private final Names names;
    private final InvoiceLookup lookup;

    public Payments(Account account, Names names, InvoiceLookup lookup) {
        this.account = account;
        this.names = names;
        this.lookup = lookup;
    }

    public Plan record(Intent.RecordPayment p) {
        InvoiceDto inv;
        if (p.invoice() != null) {
            inv = lookup.byNumber(p.invoice());
            if (p.client() != null) {
                Candidate who = names.client(p.client());
                if (!who.id().equals(String.valueOf(inv.customerId()))) {
                    throw new CliException.Usage("invoice " + inv.invoiceNumber() + " is " + lookup.clientName(inv)
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
                    .filter(i -> !InvoiceRules.isSettled(i)
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
                                    Fmt.money(i.outstanding()) + " outstanding, issued " + i.createDate(),
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
        String type = PaymentMethod.fromSaid(p.method()).wire();
        List<String> warnings = new ArrayList<>();
        if (amount.compareTo(outstanding) > 0) {
            warnings.add("that is more than the " + Fmt.money(outstanding, code)
                    + " outstanding; FreshBooks keeps the rest as a credit");
        }
        BigDecimal after = outstanding.subtract(amount).max(BigDecimal.ZERO);
        String summary =
                "Record a " + Fmt.money(amount, code) + " payment (" + type + ") on invoice " + invoice.invoiceNumber()
                        + " (" + lookup.clientName(invoice) + "), " + Fmt.day(date, account.today()) + ": outstanding "
                        + Fmt.money(outstanding, code) + " → " + Fmt.money(after, code);
        Cmd cmd = Cmd.of("payment", "record")
                .arg(invoice.invoiceNumber())
                .opt("--amount", p.amount() == null ? null : Fmt.amount(amount))
                .opt("--method", type)
                .opt("--date", p.date());
        PaymentDraft draft = PaymentDraft.empty()
                .withInvoiceId(invoice.id())
                .withAmount(new Money(InvoiceRules.cents(amount), code))
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
                    Results.json("payment", id, pay),
                    List.of(new Undo.Delete(
                            "payment",
                            id,
                            "the " + Fmt.money(amount, code) + " payment on invoice " + invoice.invoiceNumber())));
        });
    }
}
