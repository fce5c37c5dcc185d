package dev.fbcli.cli.action.invoice;

import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.NameResolver;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.resolve.Resolution;
import dev.fbcli.cli.session.Account;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.ServiceRateDto;
import dev.fbcli.nlp.intent.InvoiceLine;
import dev.fbcli.nlp.intent.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the lines of a new invoice or estimate are priced in: the currency they are written in and
 * the rate of the service a line is named after. One owner for both documents, which FreshBooks
 * prices alike.
 */
public final class LinePrices {
    private LinePrices() {}

    /** The currency said (the total's, else the first priced line's), else the client's, else USD. */
    public static String currency(Money total, List<InvoiceLine> lines, ClientDto client) {
        String said = total != null ? total.currencyOrNull() : null;
        for (InvoiceLine l : lines) {
            if (said == null && l.unitCost() != null) {
                said = l.unitCost().currencyOrNull();
            }
        }
        if (said != null) {
            return said;
        }
        return client.currencyCode() != null ? client.currencyCode() : "USD";
    }

    /** The rate of the service a line is named after ("8 hours of consulting" at Consulting's rate). */
    public static Optional<BigDecimal> serviceRate(Account account, Names names, String description) {
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
}
