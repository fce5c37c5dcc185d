package dev.fbcli.cli.action.invoice;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.session.Account;
import dev.fbcli.completions.NameCache.Entry;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.nlp.intent.InvoiceRef;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which invoice the user means: by number ("42" finds "0042", "#0042" too), or a client's latest;
 * and whose it is, as the plan cards name it.
 */
public final class InvoiceLookup {
    private final Account account;
    private final Names names;

    public InvoiceLookup(Account account, Names names) {
        this.account = account;
        this.names = names;
    }

    /** The invoice an {@link InvoiceRef} means: by number ("42" finds "0042"), or a client's latest. */
    public InvoiceDto find(InvoiceRef ref) {
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

    public InvoiceDto byNumber(String said) {
        String number = said.strip().replaceFirst("^#", "");
        List<InvoiceDto> exact = Account.call(() -> account.client()
                .invoices()
                .list(InvoiceQuery.empty().withInvoiceNumber(number))
                .toList());
        Optional<InvoiceDto> hit =
                exact.stream().filter(i -> number.equals(i.invoiceNumber())).findFirst();
        if (hit.isEmpty()) {
            String bare = number.replaceFirst("(?i)^inv(?:oice)?[-#\\s]*", "").replaceFirst("^0+(?=.)", "");
            List<InvoiceDto> all = Account.call(
                    () -> account.client().invoices().list(InvoiceQuery.empty()).toList());
            List<InvoiceDto> same = all.stream()
                    .filter(i -> i.invoiceNumber() != null
                            && i.invoiceNumber()
                                    .replaceFirst("(?i)^inv(?:oice)?[-#\\s]*", "")
                                    .replaceFirst("^0+(?=.)", "")
                                    .equalsIgnoreCase(bare))
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

    /** Whose invoice it is, as the cache names the client (else as the invoice does). */
    public String clientName(InvoiceDto i) {
        Entry e = i.customerId() == null ? null : names.entry(Kind.CLIENT, String.valueOf(i.customerId()));
        if (e != null) {
            return e.name();
        }
        String n = i.currentOrganization() != null ? i.currentOrganization() : i.organization();
        return n == null ? "#" + i.customerId() : n;
    }
}
