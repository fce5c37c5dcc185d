package dev.fbcli.nlp.parse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase typed the way fb's own commands read, noun first and with flags ("invoice show 0007",
 * "expense add 19.99 --vendor github --cat software", "proj ls --client initech", "time rm
 * 6004"), put as the sentence it stands for ("show invoice 0007", "expense 19.99 at github,
 * category software"). Someone who has seen `fb invoice show` types it into the shell or a quoted
 * phrase; the words are the same request.
 */
final class CommandWords {
    private CommandWords() {}

    private record Flag(Pattern flag, String said) {}

    /** Flags, each as the words a sentence uses for it (a flag not listed is dropped, its value kept). */
    private static final List<Flag> FLAGS = List.of(
            new Flag(Pattern.compile("(?i)(?:^|\\s)--(?:yes|dry-run|json|csv|quiet|verbose|no-input)\\b"), ""),
            new Flag(Pattern.compile("(?i)(?:^|\\s)--(?:non-billable|no-billable|unbillable)\\b"), " non-billable"),
            new Flag(Pattern.compile("(?i)(?:^|\\s)--billable\\b"), " billable"),
            new Flag(Pattern.compile("(?i)(?:^|\\s)--(?:vendor|merchant)[= ]"), " at "),
            new Flag(Pattern.compile("(?i)(?:^|\\s)--(?:cat|category)[= ]"), ", category "),
            new Flag(Pattern.compile("(?i)(?:^|\\s)--(?:method|via)[= ]"), " by "),
            new Flag(Pattern.compile("(?i)(?:^|\\s)--(?:client|customer)[= ]"), " for client "),
            new Flag(Pattern.compile("(?i)(?:^|\\s)--project[= ]"), " on project "),
            new Flag(Pattern.compile("(?i)(?:^|\\s)--service[= ]"), ", service: "),
            new Flag(Pattern.compile("(?i)(?:^|\\s)--(?:group-by|group|by)[= ]"), " grouped by "),
            new Flag(Pattern.compile("(?i)(?:^|\\s)--(?:email)[= ]"), ", email "),
            new Flag(Pattern.compile("(?i)(?:^|\\s)--(?:rate)[= ]"), " at "),
            new Flag(Pattern.compile("(?i)(?:^|\\s)--(?:due-in|due|terms)[= ](?=\\d+\\b)"), " net "),
            new Flag(Pattern.compile("(?i)(?:^|\\s)--(?:from|since)[= ]"), " from "),
            new Flag(Pattern.compile("(?i)(?:^|\\s)--(?:to|until)[= ]"), " to "),
            new Flag(Pattern.compile("(?i)(?:^|\\s)--(?:note|notes|memo|description|desc)[= ]"), ", note: "),
            new Flag(Pattern.compile("(?i)(?:^|\\s)--[a-z][\\w-]*[= ]?"), " "));

    /** A command that changes a record: "time edit 6002 …", "fb exp update 7002 …". */
    private static final Pattern EDITING =
            Pattern.compile("(?i)^(?:fb\\s+)?\\p{L}+\\s+(?:edit|update|set|change|modify)\\b");

    /** On an edit, the flags that name the field that changes, said as the change. */
    private static final List<Flag> EDIT_FLAGS = List.of(
            new Flag(Pattern.compile("(?i)\\s--(?:duration|hours|hrs|dur|length|time|amount|amt)[= ]"), " to "),
            new Flag(Pattern.compile("(?i)\\s--(?:minutes|mins)[= ](\\d+)"), " to $1 minutes"),
            new Flag(
                    Pattern.compile("(?i)\\s--(date|category|cat|vendor|service|project|client|note|rate|budget)[= ]"),
                    " $1 to "));

    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("time", "time entry"),
            Map.entry("timer", "timer"),
            Map.entry("invoice", "invoice"),
            Map.entry("inv", "invoice"),
            Map.entry("expense", "expense"),
            Map.entry("exp", "expense"),
            Map.entry("client", "client"),
            Map.entry("clnt", "client"),
            Map.entry("cl", "client"),
            Map.entry("svc", "service"),
            Map.entry("cust", "client"),
            Map.entry("prj", "project"),
            Map.entry("pymt", "payment"),
            Map.entry("customer", "client"),
            Map.entry("project", "project"),
            Map.entry("proj", "project"),
            Map.entry("estimate", "estimate"),
            Map.entry("est", "estimate"),
            Map.entry("quote", "estimate"),
            Map.entry("payment", "payment"),
            Map.entry("pmt", "payment"),
            Map.entry("service", "service"),
            Map.entry("report", "report"));

    private static final Map<String, String> VERBS = Map.ofEntries(
            Map.entry("ls", "list"),
            Map.entry("list", "list"),
            Map.entry("rm", "delete"),
            Map.entry("del", "delete"),
            Map.entry("delete", "delete"),
            Map.entry("remove", "delete"),
            Map.entry("new", "add"),
            Map.entry("add", "add"),
            Map.entry("create", "add"),
            Map.entry("log", "log"),
            Map.entry("show", "show"),
            Map.entry("view", "show"),
            Map.entry("get", "show"),
            Map.entry("edit", "edit"),
            Map.entry("update", "update"),
            Map.entry("set", "set"),
            Map.entry("send", "send"),
            Map.entry("start", "start"),
            Map.entry("stop", "stop"),
            Map.entry("discard", "discard"),
            Map.entry("status", "status"),
            Map.entry("record", "record"),
            Map.entry("assign", "assign"),
            Map.entry("unassign", "unassign"),
            Map.entry("archive", "archive"),
            Map.entry("unarchive", "unarchive"),
            Map.entry("accept", "accept"),
            Map.entry("convert", "convert"),
            Map.entry("complete", "complete"),
            Map.entry("from-time", "from-time"));

    private static final Pattern NOUN_VERB = Pattern.compile(
            "(?i)^(time|timer|invoice|inv|expense|exp|client|clnt|cl|cust|customer|project|proj|prj|pymt|svc"
                    + "|estimate|est|quote|payment|pmt|service|report)s? (ls|list|rm|del|delete|remove|new|add|create|log|show|view|get|edit"
                    + "|update|set|send|start|stop|discard|status|record|assign|unassign|archive|unarchive|accept|convert|complete|from-time)\\b(.*)$");

    private static final Pattern PAYMENT_ON =
            Pattern.compile("(?i)^ (?:inv(?:oice)? )?#?(\\d{1,10}) ((?:[$€£]\\s?)?\\d[\\d,]*(?:\\.\\d{1,2})?)\\b(.*)$");
    private static final Pattern ASSIGN = Pattern.compile("^ \"([^\"]+)\" (.+)$");

    static String rewrite(String text) {
        String out = text;
        if (out.regionMatches(true, 0, "fb ", 0, 3)
                && NOUN_VERB.matcher(out.substring(3)).matches()) {
            out = out.substring(3); // "fb time edit 6002 …": the tool's name before its command
        }
        if (out.contains("--") && EDITING.matcher(out).lookingAt()) {
            // "time edit 6002 --duration 3h", "expense edit 7002 --amount 40": a flag on an edit is the new value
            for (Flag f : EDIT_FLAGS) {
                out = f.flag().matcher(out).replaceAll(f.said());
            }
        }
        if (out.contains("--")) {
            for (Flag f : FLAGS) {
                out = f.flag().matcher(out).replaceAll(Matcher.quoteReplacement(f.said()));
            }
            out = out.replaceAll("\\s{2,}", " ").replaceAll("\\s+,", ",").strip();
        }
        Matcher m = NOUN_VERB.matcher(out);
        if (!m.matches()) {
            return out;
        }
        String noun = NOUNS.get(m.group(1).toLowerCase(Locale.ROOT));
        String verb = VERBS.get(m.group(2).toLowerCase(Locale.ROOT));
        String rest = m.group(3);
        if (rest.matches("(?i) (?:last|latest|newest|most recent)\\b.*")) {
            return verb + " the " + rest.strip().replaceFirst(" .*", "") + " " + noun
                    + rest.strip().replaceFirst("^\\S+", "");
        }
        return switch (noun + " " + verb) {
            case "time entry log", "time entry add" -> "log" + rest;
            case "time entry list" -> "list time entries" + rest;
            case "timer status" -> "timer status" + rest;
            case "timer start", "timer stop", "timer discard" -> verb + " the timer" + rest;
            case "invoice from-time" -> "invoice" + rest + " for unbilled time";
            case "expense add" -> "expense" + rest;
            case "payment record" -> {
                Matcher p = PAYMENT_ON.matcher(rest);
                yield p.matches()
                        ? "record a payment on invoice " + p.group(1) + " of " + p.group(2) + p.group(3)
                        : "record a payment" + rest;
            }
            case "project assign" -> {
                Matcher a = ASSIGN.matcher(rest);
                yield a.matches() ? "add " + a.group(2) + " to project " + a.group(1) : "assign" + rest;
            }
            default -> verb.equals("list")
                    ? "list " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s") + rest
                    : verb + " " + noun + rest;
        };
    }
}
