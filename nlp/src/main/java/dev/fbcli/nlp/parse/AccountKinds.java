package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last step of a rules parse that knows the account's names ({@link Gazetteer}): "rename X to
 * Y" edits the kind of record X is in the account, a client ({@code client.update}) or a project
 * ({@code project.edit}); the grammar alone guesses a project unless the phrase says client or Y is
 * a company's name. Names stay as typed (the frame contract): a slip in one ("Globx") is matched by
 * the resolver, which shows the account's spelling on the plan card.
 */
final class AccountKinds {
    private AccountKinds() {}

    static Frame apply(Frame f, AccountNames names) {
        if (f.isUnknown() || names == null || names.isEmpty()) {
            return f;
        }
        return renamed(f, Gazetteer.of(names));
    }

    /** "rename Globex Inc to Globex International": Globex Inc is a client of the account, so client.update. */
    private static Frame renamed(Frame f, Gazetteer g) {
        if (f.intent().equals("project.edit")
                && f.slots().size() == 2
                && f.slots().get("project") instanceof String p
                && f.slots().get("new_title") instanceof String to
                && g.clientOnly(p)
                && !f.input().toLowerCase(java.util.Locale.ROOT).matches(".*\\bproject\\b.*")) {
            Map<String, Object> slots = new LinkedHashMap<>();
            slots.put("client", p);
            slots.put("organization", to);
            return new Frame(
                    f.input(),
                    "client.update",
                    slots,
                    f.missing(),
                    f.confidence(),
                    f.parser(),
                    f.reason(),
                    f.corrections());
        }
        if (f.intent().equals("client.update")
                && f.slots().size() == 2
                && f.slots().get("client") instanceof String c
                && f.slots().get("organization") instanceof String to
                && g.projectOnly(c)
                && !f.input().toLowerCase(java.util.Locale.ROOT).matches(".*\\b(?:client|customer)\\b.*")) {
            Map<String, Object> slots = new LinkedHashMap<>();
            slots.put("project", c);
            slots.put("new_title", to);
            return new Frame(
                    f.input(),
                    "project.edit",
                    slots,
                    f.missing(),
                    f.confidence(),
                    f.parser(),
                    f.reason(),
                    f.corrections());
        }
        return f;
    }
}
