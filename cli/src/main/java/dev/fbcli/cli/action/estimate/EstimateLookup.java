package dev.fbcli.cli.action.estimate;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.session.Account;
import dev.fbcli.completions.NameCache.Entry;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.model.EstimateDto;
import dev.fbcli.freshbooks.model.EstimateQuery;
import dev.fbcli.nlp.intent.EstimateRef;
import java.util.Comparator;
import java.util.List;

/**
 * Which estimate the user means: by number ("3" finds "0003", "#0003" too), or a client's latest
 * (deleted estimates left out); and whose it is, as the plan cards name it.
 */
public final class EstimateLookup {
    private final Account account;
    private final Names names;

    public EstimateLookup(Account account, Names names) {
        this.account = account;
        this.names = names;
    }

    /** The estimate meant, read again with its lines. */
    public EstimateDto find(EstimateRef ref) {
        if (ref.isNumber()) {
            return byNumber(ref.number());
        }
        Candidate who = names.client(ref.latestOfClient());
        List<EstimateDto> all = Account.call(() -> account.client()
                .estimates()
                .list(EstimateQuery.empty().withCustomerId(Long.valueOf(who.id())))
                .toList());
        return all.stream()
                .filter(EstimateLookup::active)
                .max(Comparator.comparing(EstimateDto::createDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(EstimateDto::id))
                .map(e -> Account.call(() -> account.client().estimates().get(e.id())))
                .orElseThrow(() -> new CliException.Usage(
                        who.name() + " has no estimates", "`fb estimate create --client '" + who.name() + "' ...`"));
    }

    public EstimateDto byNumber(String said) {
        String number = said.strip().replaceFirst("^#", "");
        String bare = number.replaceFirst("(?i)^est(?:imate)?[-#\\s]*", "").replaceFirst("^0+(?=.)", "");
        List<EstimateDto> same =
                Account.call(() -> account.client()
                                .estimates()
                                .list(EstimateQuery.empty())
                                .toList())
                        .stream()
                        .filter(EstimateLookup::active)
                        .filter(e -> e.estimateNumber() != null
                                && (e.estimateNumber().equals(number)
                                        || e.estimateNumber()
                                                .replaceFirst("(?i)^est(?:imate)?[-#\\s]*", "")
                                                .replaceFirst("^0+(?=.)", "")
                                                .equalsIgnoreCase(bare)))
                        .toList();
        List<EstimateDto> exact =
                same.stream().filter(e -> number.equals(e.estimateNumber())).toList();
        if (exact.size() == 1) {
            same = exact;
        }
        if (same.size() > 1) {
            throw new CliException.Usage(
                    "several estimates are numbered like '" + said + "': "
                            + String.join(
                                    ", ",
                                    same.stream()
                                            .map(EstimateDto::estimateNumber)
                                            .toList()),
                    "give the full number");
        }
        EstimateDto found = same.stream()
                .findFirst()
                .orElseThrow(() -> new CliException.Usage(
                        "no estimate numbered '" + said + "' in "
                                + account.business().name(),
                        "`fb estimate list` shows them"));
        return Account.call(() -> account.client().estimates().get(found.id()));
    }

    /** Whose estimate it is, as the cache names the client (else as the estimate does). */
    public String clientName(EstimateDto e) {
        Entry entry = e.customerId() == null ? null : names.entry(Kind.CLIENT, String.valueOf(e.customerId()));
        if (entry != null) {
            return entry.name();
        }
        String n = e.currentOrganization() != null && !e.currentOrganization().isBlank()
                ? e.currentOrganization()
                : e.organization();
        return n == null || n.isBlank() ? "#" + e.customerId() : n;
    }

    private static boolean active(EstimateDto e) {
        return e.visState() == null || e.visState() != 1;
    }
}
