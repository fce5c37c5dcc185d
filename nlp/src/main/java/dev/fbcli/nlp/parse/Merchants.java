package dev.fbcli.nlp.parse;

import java.util.Locale;
import java.util.Set;

/**
 * Businesses people commonly pay for their work ({@code words/merchants.txt}): in an expense, such
 * a name after "for" or "on" ("add a 25 euro expense for Slack", "32 bucks on Uber") is who was
 * paid, not whom the expense is charged to — unless the account knows it as a client or project.
 * The account's own vendors ({@link AccountNames#vendors()}) say the same for the names it has paid.
 */
final class Merchants {
    private static final Set<String> KNOWN = Set.copyOf(Speller.read("merchants.txt"));

    private Merchants() {}

    /** True when {@code name} (any case, spacing as typed) is a merchant of the list. */
    static boolean known(String name) {
        return name != null
                && KNOWN.contains(name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }
}
