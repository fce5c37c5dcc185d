package dev.fbcli.cli.action.estimate;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.action.invoice.LinePrices;
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
import dev.fbcli.freshbooks.model.EstimateDraft;
import dev.fbcli.freshbooks.model.EstimateDto;
import dev.fbcli.freshbooks.model.InvoiceLineDraft;
import dev.fbcli.freshbooks.model.Money;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.InvoiceLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * estimate.create: the client, the currency, the lines (as an invoice's: a service's rate when a
 * line has no price, one "Services" line for a bare total), and with {@code --send} the email as a
 * follow-up plan confirmed on its own. Made exactly once (the plan's {@link Findable}); undo deletes
 * the estimate.
 */
public final class EstimateCreation {
    private final Account account;
    private final Names names;
    private final EstimateSending sending;

    public EstimateCreation(Account account, Names names, EstimateSending sending) {
        this.account = account;
        this.names = names;
        this.sending = sending;
    }

    public Plan create(Intent.CreateEstimate c) {
        Candidate who = names.client(c.client());
        ClientDto client = Account.call(() -> account.client().clients().get(Long.parseLong(who.id())));
        String currency = LinePrices.currency(c.total(), c.lines(), client);
        List<InvoiceLineDraft> lines = lines(c, currency);
        BigDecimal sum = BigDecimal.ZERO;
        for (InvoiceLineDraft l : lines) {
            sum = sum.add(l.qty().multiply(l.unitCost().amount()));
        }
        LocalDate date = c.date() != null ? c.date() : account.today();
        EstimateDraft draft = EstimateDraft.empty()
                .withCustomerId(Long.valueOf(who.id()))
                .withCreateDate(date)
                .withCurrencyCode(currency)
                .withNotes(c.notes())
                .withLines(lines);

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
            details.add("then: email it to " + recipient + " (you confirm that step by typing the estimate number)");
        }
        Cmd cmd = Cmd.of("estimate", "create").opt("--client", client.displayName());
        for (InvoiceLineDraft l : lines) {
            cmd.opt(
                    "--line",
                    l.name().replace(":", " ") + ":" + Fmt.qty(l.qty()) + ":"
                            + Fmt.amount(l.unitCost().amount()));
        }
        cmd.opt("--date", c.date())
                .opt("--currency", currency.equals(client.currencyCode()) ? null : currency)
                .opt("--notes", c.notes())
                .flag("--send", c.send());
        BigDecimal total = sum;
        String summary = "Create a draft estimate for " + client.displayName() + ": " + Fmt.money(sum, currency);
        return new Plan(summary, details, warnings, cmd.toString(), null, () -> {
                    EstimateDto e = account.client().estimates().create(draft);
                    String id = String.valueOf(e.id());
                    Plan next = c.send() ? sending.plan(e, client, recipient) : null;
                    return new Applied(
                            "Created draft estimate " + e.estimateNumber() + " for " + client.displayName() + ", "
                                    + Fmt.money(total, currency) + " (id " + id + ")",
                            "estimate",
                            id,
                            account.link("estimate", id),
                            Results.json("estimate", id, e),
                            List.of(new Undo.Delete("estimate", id, "estimate " + e.estimateNumber())),
                            next);
                })
                .finding(Findable.of(
                                "estimate",
                                "the " + Fmt.money(total, currency) + " estimate for " + client.displayName())
                        .with("customerid", Long.valueOf(who.id()))
                        .with("create_date", date.toString())
                        .with("amount", Fmt.amount(total))
                        .withText("notes", c.notes()));
    }

    private List<InvoiceLineDraft> lines(Intent.CreateEstimate c, String currency) {
        List<InvoiceLineDraft> out = new ArrayList<>();
        List<InvoiceLine> said = c.lines();
        if (said.isEmpty()) {
            if (c.total() == null) {
                throw new CliException.Usage(
                        "say what the estimate is for: an amount or lines",
                        "for example 'quote Initech $4,000 for the mobile app' or --line 'Mobile app:1:4000'");
            }
            out.add(InvoiceLineDraft.of(
                    "Services", BigDecimal.ONE, new Money(cents(c.total().amount()), currency)));
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
                                "for example --line '" + l.description() + ":" + Fmt.qty(qty) + ":150'"));
            }
            String name = l.description() == null || l.description().isBlank() ? "Services" : l.description();
            out.add(InvoiceLineDraft.of(
                    Character.toUpperCase(name.charAt(0)) + name.substring(1), qty, new Money(cents(unit), currency)));
        }
        return out;
    }

    private static BigDecimal cents(BigDecimal b) {
        return b.setScale(2, RoundingMode.HALF_UP);
    }
}
