package dev.fbcli.cli.once;

import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.model.ClientQuery;
import dev.fbcli.freshbooks.model.ExpenseQuery;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.PaymentQuery;
import dev.fbcli.freshbooks.model.ProjectQuery;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the live records of an account that carry a marker ({@code ox-12}) in the field a test
 * writes it to: a time entry's note, an expense's vendor, an invoice line's name, a client's
 * organization, a project's title; payments are counted by amount.
 */
final class Marked {
    private static final Pattern MARK = Pattern.compile("\\box-\\d+\\b");

    private Marked() {}

    /** marker → how many live records carry it. */
    static Map<String, Integer> count(FreshBooksClient c) {
        Map<String, Integer> seen = new HashMap<>();
        c.timeEntries().list(TimeEntryQuery.empty().withIncludeUnlogged(true)).forEach(e -> {
            if (!Boolean.FALSE.equals(e.active())) {
                mark(seen, e.note());
            }
        });
        c.expenses().list(ExpenseQuery.empty()).forEach(e -> {
            if (e.visState() == null || e.visState() == 0) {
                mark(seen, e.vendor());
            }
        });
        c.invoices().list(InvoiceQuery.empty().withIncludeLines(true)).forEach(inv -> {
            if (inv.visState() == null || inv.visState() == 0) {
                inv.lines().forEach(l -> mark(seen, l.name()));
            }
        });
        c.clients().list(ClientQuery.empty()).forEach(x -> {
            if (x.visState() == null || x.visState() == 0) {
                mark(seen, x.organization());
            }
        });
        c.projects().list(ProjectQuery.empty()).forEach(p -> mark(seen, p.title()));
        return seen;
    }

    /** Live payments on invoice {@code invoiceId} by amount. */
    static Map<BigDecimal, Integer> payments(FreshBooksClient c, long invoiceId) {
        Map<BigDecimal, Integer> out = new HashMap<>();
        c.payments().list(PaymentQuery.empty().withInvoiceId(invoiceId)).forEach(p -> {
            if (p.visState() == null || p.visState() == 0) {
                out.merge(p.amount().amount().stripTrailingZeros(), 1, Integer::sum);
            }
        });
        return out;
    }

    private static void mark(Map<String, Integer> seen, String text) {
        if (text == null) {
            return;
        }
        Matcher m = MARK.matcher(text);
        while (m.find()) {
            seen.merge(m.group(), 1, Integer::sum);
        }
    }
}
