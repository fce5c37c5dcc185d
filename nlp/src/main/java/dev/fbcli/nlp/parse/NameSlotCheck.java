package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Evidence against a frame that every rule family shares: a name slot (a client, project, vendor,
 * member, service, ...) holding one of the phrase's own cue words ("latest", "payment", "invoice
 * 0009", "Client Kestrel Labs", "give Halvorsen") means a rule took the words around a name as the
 * name. Such a frame is asked about (below {@link Confidence#ACT}) rather than acted on: a real name
 * with such a word in it ("Last Mile Co") costs one question, a wrong name costs a wrong record.
 */
final class NameSlotCheck {
    /** The slots that hold a name as said. */
    private static final Set<String> NAME_SLOTS = Set.of(
            "client",
            "target",
            "project",
            "vendor",
            "member",
            "service",
            "category",
            "title",
            "name",
            "new_title",
            "organization");

    /** Words that cue a request and are not part of a name. */
    private static final Set<String> CUES = Set.of(
            "latest",
            "recent",
            "previous",
            "newest",
            "most",
            "client",
            "clients",
            "invoice",
            "invoices",
            "inv",
            "payment",
            "payments",
            "expense",
            "expenses",
            "entry",
            "entries",
            "estimate",
            "estimates",
            "quote",
            "quotes",
            "timer",
            "remain",
            "remaining",
            "access",
            "called",
            "named",
            "archive",
            "archived",
            "give",
            "gave",
            "hours",
            "hrs",
            "minutes",
            "mins",
            "from");

    private NameSlotCheck() {}

    static Frame check(Frame f) {
        if (f.confidence() < Confidence.ACT || f.intent().equals("unknown")) {
            return f;
        }
        for (Map.Entry<String, Object> e : f.slots().entrySet()) {
            if (NAME_SLOTS.contains(e.getKey()) && e.getValue() instanceof String v && hasCue(v)) {
                return f.withConfidence(Confidence.ACT - 0.05, f.parser());
            }
        }
        return f;
    }

    static boolean hasCue(String value) {
        for (String w : value.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (CUES.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
