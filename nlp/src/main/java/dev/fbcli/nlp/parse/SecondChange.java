package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An edit with a second change to the same record: "change the latest entry's service to Research
 * and mark it non-billable", "move the last expense to Travel and set its note to 'Client visit'".
 * The first clause is read alone; the second is read as a change to the same kind of record ("it"
 * and "its" put back as the record), and the new values it gives join the first clause's. Only
 * the new values are taken from the second clause: which record is changed is the first clause's.
 */
final class SecondChange {
    private SecondChange() {}

    /** The first clause, then "and (also) set/mark/make … it/its …". */
    private static final Pattern TWO = Pattern.compile(
            "(?i)^(.+?),?\\s+(?:and|&)\\s+(?:also\\s+|then\\s+)?((?:set|change|update|make|mark|move|put|switch|flag|rename)\\s+(?:it|its|it's|them|their)\\b.+)$");

    private static final Pattern ITS =
            Pattern.compile("(?i)^(\\w+)\\s+(?:its|it's|their)\\s+(.+?)\\s+(to|as)\\s+(.+)$");
    private static final Pattern IT = Pattern.compile("(?i)^(\\w+)\\s+(?:it|them)\\b\\s*(.*)$");

    /** ", and mark it paid", "and then email them": a request on the same record after the first. */
    private static final Pattern ON_IT = Pattern.compile(
            "(?i)(?:\\band\\b|\\bthen\\b|&)\\s+(?:also\\s+|then\\s+|please\\s+)?(send|e-?mail|mark|make|set|change|update|move|put|archive"
                    + "|delete|remove|void|cancel|invoice|bill|pay|record|log|start|stop|close|complete|assign|add|rename|convert|accept)"
                    + "\\s+(?:it|them)\\b\\s*(\\S*)");

    /** "… and mark it non billable", "…, make it billable": how the record just made is billed. */
    private static final Pattern BILLABLE_IT = Pattern.compile(
            "(?i)(?:,|\\band\\b)\\s+(?:also\\s+|please\\s+)?(?:mark|make|set|flag)\\s+(?:it|that|this)\\s+(?:as\\s+)?(non[- ]?|un|not\\s)?billable(?:,?\\s+(?:please|pls|thanks|thank you|thx|cheers|ta))*[.!]?$");

    /** A phrase that opens with its request ("delete the last entry …"), not with a statement ("the project is done …"). */
    private static final Pattern REQUEST_FIRST = Pattern.compile(
            "(?i)\\s*(?:(?:hey|hi|ok|okay)\\s+fb[,:]?\\s+|fb[,:]\\s+)?(?:please\\s+|pls\\s+|(?:can|could|would) you\\s+(?:please\\s+)?"
                    + "|i(?:'d| would) like to\\s+|i (?:want|need) to\\s+)?(?:send|e-?mail|mark|make|set|change|update|move|put|archive"
                    + "|unarchive|restore|delete|remove|void|cancel|invoice|bill|pay|record|log|track|start|stop|close|complete|assign"
                    + "|add|rename|convert|accept|create|new|show|list|edit|fix|correct|drop|take|discard)\\b");

    static Frame apply(String input, Frame whole, Function<String, Frame> parse) {
        if (input == null) {
            return whole;
        }
        Matcher billable = BILLABLE_IT.matcher(input);
        if (billable.find() && billable.start() > 0) {
            // "log 2h on acme and mark it non billable": how the new entry is billed, not a second request
            Frame first = whole.isUnknown() ? parse.apply(input.substring(0, billable.start())) : whole;
            if (first != null && !first.isUnknown() && first.type().slots().containsKey("billable")) {
                if (first.slots().containsKey("billable")) {
                    return first; // the grammar read it already
                }
                Map<String, Object> slots = new LinkedHashMap<>(first.slots());
                slots.put("billable", billable.group(1) == null);
                return Frame.of(input, first.type(), slots, first.confidence(), first.parser())
                        .withCorrections(first.corrections());
            }
        }
        Frame two = twoChanges(input, whole, parse);
        if (two != whole || whole.isUnknown()) {
            return two;
        }
        Matcher on = ON_IT.matcher(input);
        if (on.find()
                && REQUEST_FIRST.matcher(input).lookingAt()
                && !partOf(whole, on.group(1).toLowerCase(java.util.Locale.ROOT), on.group(2))
                && !parse.apply(input.substring(on.start(1))).intent().equals(whole.intent())) {
            // "delete the last entry and mark it paid": a second request, never dropped silently
            return Frame.unknown(
                    input,
                    0.75, // two requests read from the shape alone: less sure than a refusal the phrase states
                    whole.parser(),
                    "one request at a time, please: split the phrase at \"" + on.group(1) + "\"");
        }
        return whole;
    }

    /**
     * True when "… and VERB it NEXT" is a slot of {@code f} (sent, billable, due) rather than a
     * request of its own. (A second clause that reads as {@code f}'s own request on its own, as in
     * "the project is done and mark it complete", is the request, checked by the caller.)
     */
    private static boolean partOf(Frame f, String verb, String next) {
        String n = next.toLowerCase(java.util.Locale.ROOT);
        return switch (verb) {
            case "send", "email", "e-mail" -> f.type().slots().containsKey("send");
            case "mark", "make", "set" -> n.matches("(?:as)?|(?:non-?|un)?billable|not")
                            && (f.slots().containsKey("billable") || f.slots().containsKey("new_billable"))
                    || n.equals("due")
                            && (f.slots().containsKey("due_in_days")
                                    || f.slots().containsKey("due_date"));
                // "… and bill it to client Initech", "… and put it on the Apollo project": who it is for
            case "bill", "charge", "put", "assign", "add", "move" -> n.matches("to|on|under|in|against")
                    && (f.slots().containsKey("client")
                            || f.slots().containsKey("project")
                            || f.slots().containsKey("target")
                            || f.slots().containsKey("category"));
            default -> false;
        };
    }

    /** "… set the duration to 2 hours and the note to 'Sprint planning'": a second field, no verb. */
    private static final Pattern TWO_FIELDS =
            Pattern.compile("(?i)^(.+?\\bto\\s.+?),?\\s+and\\s+(?:set\\s+|change\\s+)?(?:the\\s+|its\\s+|it's\\s+)?"
                    + "(duration|length|hours|time|note|notes|description|service|task|date|day|project|client|category|vendor|merchant"
                    + "|amount|total|budget|due date|deadline|rate|title)\\s+to\\s+(.+?)[.!]?$");

    private static Frame twoChanges(String input, Frame whole, Function<String, Frame> parse) {
        Matcher f = TWO_FIELDS.matcher(input.strip());
        if (f.matches()) {
            Frame first = parse.apply(f.group(1));
            String record = recordOf(first);
            if (record != null) {
                Frame joined = join(
                        input,
                        whole,
                        first,
                        parse.apply("set the " + f.group(2) + " on " + record + " to " + f.group(3)));
                if (joined != whole) {
                    return joined;
                }
            }
        }
        Matcher m = TWO.matcher(input.strip());
        if (!m.matches()) {
            return whole;
        }
        Frame first = parse.apply(m.group(1));
        String record = recordOf(first);
        if (record == null) {
            return whole;
        }
        String clause = m.group(2).strip();
        Matcher its = ITS.matcher(clause);
        Matcher it = IT.matcher(clause);
        String said;
        if (its.matches()) {
            said = its.group(1) + " the " + its.group(2) + " on " + record + " " + its.group(3) + " " + its.group(4);
        } else if (it.matches()) {
            said = it.group(1) + " " + record + " " + it.group(2);
        } else {
            return whole;
        }
        return join(input, whole, first, parse.apply(said));
    }

    /**
     * How a clause names a record of {@code first}'s kind when only its new values matter ("the last
     * entry"), or null for an intent that takes no second change.
     */
    private static String recordOf(Frame first) {
        return switch (first.intent()) {
            case "time.edit" -> "the last entry";
            case "expense.edit" -> "the last expense";
                // "rename Apollo to Apollo 2 and set its due date …": the project by its old name
            case "project.edit" -> first.slots().get("project") instanceof String project
                    ? "the " + project + " project"
                    : null;
            default -> null;
        };
    }

    /** Whether {@code slot} of a frame of {@code intent} is a new value (a change) rather than which record. */
    private static boolean isChange(String intent, String slot) {
        return slot.startsWith("new_") || intent.equals("project.edit") && !slot.equals("project");
    }

    /** {@code first} with the new values {@code second} adds, or {@code whole} when it adds none. */
    private static Frame join(String input, Frame whole, Frame first, Frame second) {
        if (!second.intent().equals(first.intent())) {
            return whole;
        }
        Map<String, Object> slots = new LinkedHashMap<>(first.slots());
        int added = 0;
        for (Map.Entry<String, Object> e : second.slots().entrySet()) {
            if (isChange(first.intent(), e.getKey()) && !slots.containsKey(e.getKey())) {
                slots.put(e.getKey(), e.getValue());
                added++;
            }
        }
        if (added == 0
                || newValues(whole) >= newValues(first) + added
                        && whole.intent().equals(first.intent())) {
            return whole;
        }
        double confidence = Math.min(first.confidence(), second.confidence());
        return Frame.of(input, first.type(), slots, confidence, first.parser()).withCorrections(first.corrections());
    }

    private static int newValues(Frame f) {
        return (int)
                f.slots().keySet().stream().filter(k -> isChange(f.intent(), k)).count();
    }
}
