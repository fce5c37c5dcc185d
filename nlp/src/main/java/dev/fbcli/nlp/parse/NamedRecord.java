package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.IntentType;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "show acme", "pull up globx", "initech details": one of the account's clients or projects named
 * with a verb of looking (or a word for its details) and nothing else. The grammar reads a record
 * by its kind ("show client Acme"); a bare name needs the account to say which kind it is, so this
 * is read only when the grammar found nothing, and only when the name is one kind: a client's and
 * no project's, or the other way round.
 */
final class NamedRecord {
    private static final Pattern LOOK = Pattern.compile(
            "(?i)^(?:(?:please|pls) )?(?:show|view|open|display|pull up|bring up|look up|get|details (?:for|of|on)|info (?:on|for))"
                    + "(?: me)?(?: the)? (\\p{L}[\\p{L}0-9 &'.-]{1,60}?)(?: details| info| record)?[.!?]?$"
                    + "|^(\\p{L}[\\p{L}0-9 &'.-]{1,60}?) (?:details|info|record)[.!?]?$");

    private NamedRecord() {}

    /** {@code f}, or the show of the record {@code text} names when {@code f} read nothing. */
    static Frame apply(Frame f, String text, AccountNames names) {
        if (!f.isUnknown() || f.reason() != null && !f.reason().startsWith("fb could not read") || names == null) {
            return f;
        }
        Matcher m = LOOK.matcher(text.strip());
        if (!m.matches()) {
            return f;
        }
        String said = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        Gazetteer g = Gazetteer.of(names);
        String name = g.isClientOrProject(said) ? said : g.spelling(said);
        if (name == null) {
            return f;
        }
        String low = name.toLowerCase(java.util.Locale.ROOT);
        long sharing = names.all().stream()
                .map(n -> n.toLowerCase(java.util.Locale.ROOT))
                .filter(n -> n.equals(low) || n.startsWith(low + " "))
                .count();
        if (sharing > 1) {
            return f; // "show umbrella": Umbrella Corp or Umbrella Health, not told
        }
        if (g.clientOnly(name)) {
            return Frame.of(f.input(), IntentType.CLIENT_SHOW, Map.of("client", name), 0.85, "rules");
        }
        if (g.projectOnly(name)) {
            return Frame.of(f.input(), IntentType.PROJECT_SHOW, Map.of("project", name), 0.85, "rules");
        }
        return f;
    }
}
