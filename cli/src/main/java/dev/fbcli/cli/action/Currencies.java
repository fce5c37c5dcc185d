package dev.fbcli.cli.action;

import dev.fbcli.cli.session.Account;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.ClientQuery;
import java.util.HashMap;
import java.util.Map;

/**
 * The business' own currency, for amounts said without one ("$45" on an expense): the
 * {@code currency} setting, else the currency most of the account's clients are billed in, else
 * USD. (FreshBooks' identity does not carry the business currency.)
 */
public final class Currencies {
    private final Account account;
    private final String configured;
    private String business;

    Currencies(Account account, String configured) {
        this.account = account;
        this.configured = configured;
    }

    public String business() {
        if (configured != null) {
            return configured;
        }
        if (business == null) {
            Map<String, Integer> count = new HashMap<>();
            for (ClientDto c : Account.call(
                    () -> account.client().clients().list(ClientQuery.empty()).toList())) {
                if (c.currencyCode() != null) {
                    count.merge(c.currencyCode(), 1, Integer::sum);
                }
            }
            business = count.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse("USD");
        }
        return business;
    }
}
