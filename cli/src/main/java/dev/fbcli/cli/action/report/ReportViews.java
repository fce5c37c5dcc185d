package dev.fbcli.cli.action.report;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Currencies;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.session.Account;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.ClientQuery;
import dev.fbcli.nlp.intent.DateRange;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.ReportGrouping;
import dev.fbcli.nlp.intent.ReportKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * report.show: resolves the period (default: this year to date; the aging report is as of the
 * period's last day, default today), the currencies (the one said, else every currency the
 * business bills in, each reported apart), whether a chart is drawn, and hands the request to the
 * report's class. Every report is a read.
 */
public final class ReportViews {
    private final Account account;
    private final Currencies currencies;
    private final ProfitAndLoss profitLoss;
    private final PaymentsReport payments;
    private final RevenueReport revenue;
    private final TaxReport tax;
    private final AgingReport aging;

    public ReportViews(Account account, Currencies currencies) {
        this.account = account;
        this.currencies = currencies;
        this.profitLoss = new ProfitAndLoss(account);
        this.payments = new PaymentsReport(account);
        this.revenue = new RevenueReport(account);
        this.tax = new TaxReport(account);
        this.aging = new AgingReport(account);
    }

    public View show(Intent.ShowReport r) {
        ReportRequest q = request(r);
        switch (r.report()) {
            case PROFIT_LOSS:
                return profitLoss.view(q);
            case PAYMENTS:
                return payments.view(q);
            case REVENUE:
                return revenue.view(q);
            case TAX:
                return tax.view(q);
            case AGING:
                return aging.view(q);
            default:
                throw new AssertionError(r.report());
        }
    }

    private ReportRequest request(Intent.ShowReport r) {
        LocalDate today = account.today();
        DateRange range = r.range();
        LocalDate from = range != null && range.from() != null ? range.from() : today.withDayOfYear(1);
        LocalDate to = range != null && range.to() != null ? range.to() : today;
        if (r.report() == ReportKind.AGING && range == null) {
            from = today;
        }
        if (to.isBefore(from)) {
            throw new CliException.Usage("the period ends (" + to + ") before it starts (" + from + ")");
        }
        ReportGrouping by = r.groupBy();
        refuseGrouping(r.report(), by);
        List<String> codes = r.currency() != null ? List.of(r.currency()) : businessCurrencies();
        String word = word(r.report());
        Cmd cmd = Cmd.of("report", word);
        if (r.report() == ReportKind.AGING) {
            cmd.opt("--to", range == null ? null : to);
        } else {
            cmd.opt("--from", from).opt("--to", to);
        }
        cmd.opt("--by", by == null ? null : by.wire()).opt("--currency", r.currency());
        boolean chart = by == ReportGrouping.MONTH && account.context().interactive();
        return new ReportRequest(r.report(), from, to, by, codes, r.currency() != null, chart, cmd.toString());
    }

    /** The command word of a report: profit_loss is {@code profit-loss}. */
    public static String word(ReportKind k) {
        return k.wire().replace('_', '-');
    }

    private static void refuseGrouping(ReportKind k, ReportGrouping by) {
        if (by == null) {
            return;
        }
        if (k == ReportKind.PROFIT_LOSS && by == ReportGrouping.CLIENT) {
            throw new CliException.Usage(
                    "FreshBooks keeps profit and loss for the business, not per client",
                    "`fb report revenue --by client` shows what each client was invoiced");
        }
        if (k == ReportKind.TAX) {
            throw new CliException.Usage(
                    "the tax summary is one total per tax for the period; it has no --by",
                    "ask for one month with --month, or one quarter with --quarter");
        }
        if (k == ReportKind.AGING && by == ReportGrouping.MONTH) {
            throw new CliException.Usage(
                    "the aging report is by client as of one day; it has no --by month",
                    "`fb report aging --to <day>` shows it as of that day");
        }
    }

    /** Every currency the business bills in (its clients' and its own), its own first. */
    private List<String> businessCurrencies() {
        String home = currencies.business();
        TreeSet<String> codes = new TreeSet<>();
        for (ClientDto c : Account.call(
                () -> account.client().clients().list(ClientQuery.empty()).toList())) {
            if (c.currencyCode() != null && !c.currencyCode().isBlank()) {
                codes.add(c.currencyCode());
            }
        }
        codes.remove(home);
        List<String> out = new ArrayList<>();
        out.add(home);
        out.addAll(codes);
        return out;
    }
}
