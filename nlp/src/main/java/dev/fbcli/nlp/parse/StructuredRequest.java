package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.IntentType;
import dev.fbcli.nlp.intent.InvoiceLine;
import dev.fbcli.nlp.intent.Json;
import dev.fbcli.nlp.intent.Money;
import dev.fbcli.nlp.intent.SlotType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request written as a call rather than a sentence, the way an agent or a script writes one: a
 * JSON object ({@code {"action": "log_time", "client": "Stark Industries", "hours": 3.25}}, or
 * {@code create project {"title": …}}) or {@code key=value} pairs after the action's name
 * ({@code create_invoice client=Initech line='Sprint 4' qty=32 rate=120}, {@code expense.create
 * amount=412.00 currency=CAD vendor="Porter Airlines"}). The action names the intent (the
 * contract's own name, either word order, snake or dotted, with the usual verbs for "create"); each
 * key names a slot (the contract's names and common aliases). Nothing here is guessed from word
 * order, so the frame is built directly; a key fb does not read or a value it cannot read for its
 * slot is refused with a reason naming the field, never dropped.
 */
final class StructuredRequest {
    private StructuredRequest() {}

    /** How sure a call whose every field was read is: fields are plainer than any sentence. */
    static final double SURE = 0.95;

    /** How sure a call is when one of its values was read by a guess ("duration=45" as minutes): asked. */
    private static final double GUESSED = 0.75;

    private static final Pattern PAIR = Pattern.compile(
            "(?<![\\w.'])([A-Za-z][A-Za-z_]{0,30}(?: [A-Za-z][A-Za-z_]{0,20}){0,2}(?:[ _]?\\d{1,2})?)\\s?([=:])\\s?");

    /** Who the call is addressed to or what it is called, before the action: "Agent request ->", "Task for fb:". */
    private static final Pattern ADDRESSED = Pattern.compile(
            "(?i)^(?:(?:an? |the )?(?:agent|assistant|ai|bot|system|task|request|instruction|command|tool call|fb)"
                    + "(?:\\s(?:request|instruction|task|command|call))?(?:\\sfor\\sfb)?(?:\\s?(?:->|=>|:|-|–|—)\\s*|$))+");

    /** What may end an action before its fields: "with", "using", "where", "Fields:". */
    private static final Pattern ACTION_TAIL = Pattern.compile(
            "(?i)(?:[.:,]?\\s*(?:fields?|params|parameters|args|arguments|details)|\\s(?:with|using|where|having))\\s*[:.-]?$");

    /** "Edit expense id 7005", "Update client 'Stark Industries'": the action, the record's kind and which one. */
    private static final Pattern HEADER_RECORD = Pattern.compile(
            "(?i)^(.*?\\b)(time entry|entry|expense|client|project|invoice|estimate|payment)\\s+(?:id\\s*|#|no\\.?\\s*|number\\s+)?"
                    + "(\\d{1,12}|'[^']{1,60}'|\"[^\"]{1,60}\"|(?<=(?:client|project)\\s)(?-i:\\p{Lu})[\\p{L}0-9&.'-]*(?:\\s(?-i:\\p{Lu})[\\p{L}0-9&.'-]*){0,3})"
                    + "\\s*(?:[.:,]?\\s*(?:fields?|with|set|values?|changes?)?)?$");

    /** A JSON object's first field, to tell an object from braces in a sentence. */
    private static final Pattern JSON_FIELD = Pattern.compile("\\{\\s*\"[A-Za-z_ ]{1,40}\"\\s*:");

    private static final Set<String> ACTION_KEYS =
            Set.of("action", "intent", "tool", "command", "op", "operation", "do", "perform", "function");

    /** A contract intent's own name anywhere in an action ("Please perform time.list"). */
    private static final Pattern WIRE = Pattern.compile("\\b([a-z]+\\.[a-z_]+)\\b");

    /** Verbs an action may say for the contract's creating verb of its record. */
    private static final Set<String> CREATE = Set.of("create", "add", "new", "make", "log", "record", "enter", "track");

    /** Words an action's name may hold that say nothing of which action ("Generate an invoice from tracked time"). */
    private static final Set<String> ACTION_FILLERS =
            Set.of("a", "an", "the", "please", "tracked", "logged", "unbilled", "uninvoiced", "billable");

    private static final Map<String, String> VERBS = Map.ofEntries(
            Map.entry("generate", "create"),
            Map.entry("produce", "create"),
            Map.entry("edit", "edit"),
            Map.entry("update", "update"),
            Map.entry("modify", "edit"),
            Map.entry("change", "edit"),
            Map.entry("get", "show"),
            Map.entry("view", "show"),
            Map.entry("find", "list"),
            Map.entry("search", "list"),
            Map.entry("query", "list"),
            Map.entry("fetch", "list"),
            Map.entry("remove", "delete"),
            Map.entry("bill", "from_time"));

    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("time_entry", "time"),
            Map.entry("timeentry", "time"),
            Map.entry("entry", "time"),
            Map.entry("entries", "time"),
            Map.entry("time_entries", "time"),
            Map.entry("hours", "time"),
            Map.entry("quote", "estimate"),
            Map.entry("customer", "client"),
            Map.entry("invoices", "invoice"),
            Map.entry("expenses", "expense"),
            Map.entry("payments", "payment"),
            Map.entry("clients", "client"),
            Map.entry("projects", "project"),
            Map.entry("estimates", "estimate"),
            Map.entry("services", "service"),
            Map.entry("reports", "report"));

    /** Keys for an invoice's or estimate's one line, said flat beside the other fields. */
    private static final Map<String, String> LINE_KEYS = Map.ofEntries(
            Map.entry("line", "description"),
            Map.entry("item", "description"),
            Map.entry("line_item", "description"),
            Map.entry("description", "description"),
            Map.entry("qty", "quantity"),
            Map.entry("quantity", "quantity"),
            Map.entry("hours", "quantity"),
            Map.entry("rate", "unit_cost"),
            Map.entry("unit_cost", "unit_cost"),
            Map.entry("unit_price", "unit_cost"),
            Map.entry("price", "unit_cost"),
            Map.entry("cost", "unit_cost"));

    /**
     * The names a field may have after a colon: every slot of the contract, the aliases, the
     * action's and a line's keys, and the few more a call may use ("minutes", "currency", "period").
     */
    private static final Set<String> FIELD_NAMES = knownFieldNames();

    private static Set<String> knownFieldNames() {
        Set<String> names = new HashSet<>(ACTION_KEYS);
        for (IntentType t : IntentType.values()) {
            names.addAll(t.slots().keySet());
        }
        names.addAll(AgentFields.aliasNames());
        names.addAll(LINE_KEYS.keySet());
        names.addAll(List.of("minutes", "mins", "currency", "period", "date_range", "dates"));
        return Set.copyOf(names);
    }

    /**
     * The frame {@code text} states as a call, or null when it is not one (a sentence, or a call
     * whose action fb cannot name; the grammar reads those).
     */
    static Frame read(String input, String text, LocalDate today) {
        Matcher fn = FUNCTION.matcher(text.strip());
        boolean function = fn.matches();
        if (function) {
            // "invoke time.log(duration_minutes=60, client='Stark Industries')", "service.list()": a function's
            // name and its arguments
            text = fn.group(1) + (fn.group(2).isBlank() ? "" : " " + fn.group(2).strip());
        }
        Matcher braced = BRACED.matcher(text.strip());
        if (!function && braced.matches() && !JSON_FIELD.matcher(text).find()) {
            // "time.log: {duration_minutes: 75, client: \"Wayne Enterprises\"}", "Record expense {amount: 75.00, …}"
            text = (braced.group(1) + " " + braced.group(2)).strip();
        }
        Call call = json(text);
        if (call == null) {
            call = pairs(text);
        }
        if (call == null) {
            call = clientField(text);
        }
        String named = function ? fn.group(1) : wireAction(text);
        if (call == null
                && named != null
                && (function ? fn.group(2).isBlank() : text.strip().equals(named))) {
            call = new Call(named, new LinkedHashMap<>()); // "timer.status()", "service.list"
        }
        if (call == null) {
            return null;
        }
        IntentType type = intent(call.action);
        if (type == null) {
            String action = call.action.strip();
            if (function || action.matches("[a-z]+\\.[a-z_]+") || call.named && !call.fields.isEmpty()) {
                // "invoke invoice.mark_sent(invoice='0005')", "client.delete(client=…)": an action fb does not have
                return refuse(input, "fb has no action '" + action + "', so nothing was read from this call");
            }
            return null;
        }
        Frame f = frame(input, type, call.fields, today);
        if (call.weak && f.isUnknown()) {
            return null; // one field after a titled action: a call only when it reads whole
        }
        return f;
    }

    /** "invoke time.log(duration_minutes=60, …)", "service.list()": a function's name and its arguments. */
    private static final Pattern FUNCTION = Pattern.compile(
            "(?is)^(?:(?:tool[_ ]?call|function[_ ]?call|call|action|invoke)\\s?:\\s*)?(?:(?:please\\s+)?(?:invoke|call|run|execute|use|perform)\\s+)?(?:(?:the\\s+)?(?:tool|function)\\s+)?"
                    + "([A-Za-z][A-Za-z_]*(?:\\.[A-Za-z_]+)?)\\s*\\((.*)\\)\\s*[.;]?$");

    /** "time.log: {duration_minutes: 75, …}", "Record expense {amount: 75.00, …}": an action, then its fields in braces. */
    private static final Pattern BRACED = Pattern.compile("(?s)^([^{}]*?)\\s*[:=]?\\s*\\{([^{}]*)\\}[.;]?$");

    /** An intent's name as the contract writes it ("service.list"), said alone. */
    private static final Pattern WIRE_ALONE = Pattern.compile("[a-z]+\\.[a-z_]+");

    private static String wireAction(String text) {
        String t = text.strip().replaceFirst("[.;]$", "");
        return WIRE_ALONE.matcher(t).matches() ? t : null;
    }

    /**
     * A call's action and fields; {@code weak} when it has one field or none ("Request: show client
     * balance. Client: Wayne Enterprises", "intent=timer.status"), so it is taken only when it reads.
     */
    private record Call(String action, Map<String, Object> fields, boolean weak, boolean named) {
        Call(String action, Map<String, Object> fields) {
            this(action, fields, false, false);
        }

        Call(String action, Map<String, Object> fields, boolean weak) {
            this(action, fields, weak, false);
        }
    }

    /**
     * "update Globex's country to Canada", "correction: Wayne Enterprises' postcode is 07001": one
     * field of a client's address, said with the field's own name, so read as the field it names.
     */
    private static final Pattern CLIENT_FIELD = Pattern.compile(
            "(?i)^(?:(?:correction|quick correction|fyi|note|heads up)[:,-]\\s*)?(?:please\\s)?(?:(?:update|change|set|make|fix)\\s)?"
                    + "((?:[\\p{L}][\\p{L}0-9&.-]*\\s){0,3}[\\p{L}][\\p{L}0-9&.-]*)(?:'s|’s|'|’)\\s"
                    + "(?:(street address|street|city|town|province|state|postal code|postcode|post code|zip code|zip|country)"
                    + "\\s(?:to|=|:|is now|is|should be|has changed to|changed to)"
                    + "|(phone number|phone|mobile|e-?mail address|e-?mail)\\s(?:should (?:be|read|say|have been)))"
                    + "\\s(?!the\\b)([^,;?]{1,60}?)(?:,?\\s(?:instead|now|please))?[.!]?$");

    private static Call clientField(String text) {
        if (text.indexOf('\'') < 0 && text.indexOf('’') < 0) {
            return null; // no possessive
        }
        Matcher m = CLIENT_FIELD.matcher(text.strip());
        if (!m.matches() || m.group(1).matches("(?i)(?:the|my|our|their|his|her|its|what|where|which)(?:\\s.*)?")) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("client", m.group(1));
        // an address field said any way; a phone or an e-mail only told as a correction ("should read …")
        String field = key(m.group(2) != null ? m.group(2) : m.group(3)).replace("-", "");
        field = field.matches("phone_number|mobile")
                ? "phone"
                : field.matches("e_?mail(?:_address)?") ? "email" : field;
        fields.put(field, m.group(4).strip());
        return new Call("client.update", fields);
    }

    private static Call json(String text) {
        Matcher m = JSON_FIELD.matcher(text);
        if (!m.find()) {
            return null;
        }
        int open = m.start();
        int close = text.lastIndexOf('}');
        if (close < open) {
            return null;
        }
        Object parsed;
        try {
            parsed = Json.parse(text.substring(open, close + 1));
        } catch (IllegalArgumentException notJson) {
            return null;
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        String action = text.substring(0, open).strip();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = key(String.valueOf(e.getKey()));
            if (ACTION_KEYS.contains(key) && e.getValue() instanceof String a) {
                action = a;
            } else {
                fields.put(key, e.getValue());
            }
        }
        if (!text.substring(close + 1).isBlank()) {
            return null; // a sentence around the object: the grammar's
        }
        return new Call(action, fields);
    }

    private static Call pairs(String text) {
        List<int[]> at = fieldNames(text);
        if (at.isEmpty()) {
            return null;
        }
        while (at.size() > 1 && text.substring(at.get(0)[1], at.get(1)[0]).matches("[\\s*•-]*")) {
            at.remove(0); // "Create project: title=…": a record's name ending the action, not a field without a value
        }
        String head = text.substring(0, at.get(0)[0]).strip();
        String action = head.replaceFirst("[:\\-–>.|;*•/]+$", "").strip().replaceFirst("^[-*•]\\s*", "");
        Matcher addressed = ADDRESSED.matcher(action);
        boolean titled = addressed.lookingAt() && addressed.end() > 0
                || head.matches(".*[.|;]$") && !head.matches(".*\\d\\.$")
                || head.matches("[^:]+:") && intent(action) != null; // "Create project: title=…"
        String lead = null;
        Matcher said = SAID_IN_HEAD.matcher(action);
        if (said.matches()) {
            // "Log time: 2h, client=Acme Corp, …": a length or an amount said with the action
            action = said.group(1).strip();
            lead = said.group(2);
        }
        boolean named = WIRE_ALONE.matcher(action).matches() || action.matches("[a-z]+_[a-z_]+");
        if (at.size() < 2 && !(titled || named || action.isEmpty())) {
            return null; // one field after a sentence ("show invoices for client: Acme") is the grammar's
        }
        // "Agent request -> …", "Task for fb: list invoices. Fields:", "create an estimate with": the action alone
        action = ADDRESSED.matcher(action).replaceFirst("");
        action = ACTION_TAIL.matcher(action).replaceFirst("").strip();
        Map<String, Object> fields = new LinkedHashMap<>();
        boolean actionNamed = false;
        Matcher ref = HEADER_RECORD.matcher(action);
        if (ref.matches()) {
            // "Edit expense id 7005. Fields:", "Update client 'Stark Industries':": the record in the header
            String noun = ref.group(2).toLowerCase(Locale.ROOT);
            action = (ref.group(1) + ref.group(2)).strip();
            fields.put(noun.endsWith("entry") ? "entry" : noun, unquote(ref.group(3)));
        }
        for (int i = 0; i < at.size(); i++) {
            String key = key(text.substring(at.get(i)[0], at.get(i)[1]).replaceAll("[\\s=:]+$", ""));
            int end = i + 1 < at.size() ? at.get(i + 1)[0] : text.length();
            String raw = text.substring(at.get(i)[1], end)
                    .strip()
                    .replaceFirst("(?:[,;.|]|\\s[-*•/]|\\s(?:and|&))$", "")
                    .strip();
            Matcher extra = EXTRA_VALUE.matcher(raw);
            if (lead == null && extra.matches()) {
                raw = extra.group(1).strip(); // "date=2026-11-03, 2h, client=…": a length said between fields
                lead = extra.group(2);
            }
            if (raw.contains(" | ")) {
                // "client: Globex Inc | 40 x Development @ 130.00 | …": a line said without its field's name
                String[] parts = raw.split("\\s\\|\\s");
                raw = parts[0].strip();
                for (int j = 1; j < parts.length; j++) {
                    Map<String, Object> l = lineSaid(parts[j].strip());
                    if (l == null) {
                        return null;
                    }
                    addLine(fields, l);
                }
            }
            if ((key.equals("lines")
                            || LINE_KEYS.get(key) != null && LINE_KEYS.get(key).equals("description"))
                    && !raw.startsWith("[")
                    && !plainValue(unquote(raw))) {
                Map<String, Object> l = lineSaid(
                        raw.startsWith("\"") && raw.endsWith("\"") && raw.indexOf('"', 1) == raw.length() - 1
                                ? unquote(raw)
                                : raw);
                if (l != null) {
                    addLine(fields, l); // line: "Homepage design" qty 1 @ 1,800.00; lines="12h copywriting @ 85"
                    continue;
                }
            }
            boolean quoted = raw.matches("\"[^\"]*\"|'[^']*'");
            if ((raw.startsWith("[") && raw.endsWith("]") || raw.startsWith("{") && raw.endsWith("}"))
                    && !ACTION_KEYS.contains(key)) {
                try {
                    fields.put(key, Json.parse(raw)); // lines=[{"description": …}]: a value written as JSON
                    continue;
                } catch (IllegalArgumentException notJson) {
                    try {
                        fields.put(key, Json.parse(jsonish(raw))); // [{description: 'Consulting', quantity: 4}]
                        continue;
                    } catch (IllegalArgumentException notEvenThat) {
                        return null;
                    }
                }
            }
            if (NUMBERED_LINE.matcher(key).matches()) {
                Map<String, Object> l = numberedLine(unquote(raw));
                if (l == null) {
                    return null;
                }
                addLine(fields, l); // "Line 1: Consulting, 6 h, 150.00/h; Line 2: …"
                continue;
            }
            if (!quoted && !plainValue(raw)) {
                return null; // more than a value after the '=': a sentence the grammar should read
            }
            raw = unquote(raw);
            if (ACTION_KEYS.contains(key)) {
                action = raw;
                actionNamed = true; // "Action: sync; …": the call says which action by name
            } else {
                fields.put(key, raw);
            }
        }
        if (lead != null) {
            fields.putIfAbsent(LEAD, lead);
        }
        if (action.isEmpty() && fields.containsKey("report")) {
            action = "report.show"; // "Agent request -> report: payments; date_from: …"
        }
        if (STATUS_SAID.matcher(action).find()) {
            return null; // "Query: unpaid invoices; client: …": which ones, said in words, is the grammar's
        }
        if (action.isEmpty() || action.split("\\s+").length > 6) {
            return null; // "log 3h design note=…": a sentence with a field or two is the grammar's
        }
        return new Call(action, fields, fields.size() < 2, actionNamed);
    }

    /** "time.log: 45m, Umbrella Health, Support": the contract's name of an intent, then the rest said plainly. */
    private static final Pattern WIRE_LEAD = Pattern.compile("^([a-z]+\\.[a-z_]+)\\s?(?::|-|->|=>|,)\\s+(\\S.*)$");

    /** How an intent whose name leads a phrase is said, where its verb and noun said in turn are not English. */
    private static final Map<String, String> WIRE_SAID = Map.of(
            "invoice.from_time", "invoice tracked time",
            "service.rate", "set the rate of service",
            "time.log", "log time",
            "expense.create", "add an expense");

    /**
     * {@code text} with a leading intent name said as its verb and noun ("time.log: 45m, Umbrella
     * Health, …" → "log time: 45m, Umbrella Health, …"), so the grammar reads the rest, or {@code
     * text} itself.
     */
    static String wireLead(String text) {
        if (text.indexOf('.') < 0) {
            return text;
        }
        Matcher m = WIRE_LEAD.matcher(text);
        if (!m.matches() || IntentType.fromWire(m.group(1)) == null) {
            return text;
        }
        String wire = m.group(1);
        String said = WIRE_SAID.get(wire);
        if (said == null) {
            String[] nv = wire.split("\\.");
            said = nv[1].replace('_', ' ') + " " + nv[0];
        }
        return said + ": " + m.group(2);
    }

    /** A status said in the action's words rather than as a field. */
    private static final Pattern STATUS_SAID = Pattern.compile(
            "(?i)\\b(?:unpaid|overdue|paid|drafts?|outstanding|sent|open|accepted|archived|active|completed)\\b");

    /** The field a length or an amount said without a name goes to, once the action is known. */
    private static final String LEAD = "_said";

    /** "Log time: 2h", "Record expense: $45": an action, then a length or an amount. */
    private static final Pattern SAID_IN_HEAD = Pattern.compile(
            "(?i)^(.*?\\p{L}[^:,]*?)\\s*[:,]\\s*((?:\\d+(?:\\.\\d+)?\\s?(?:h|hrs?|hours?|m|mins?|minutes?)(?:\\s?\\d{1,2}\\s?(?:m|mins?|minutes?))?)"
                    + "|(?:[$€£]\\s?)\\d[\\d,]*(?:\\.\\d{1,2})?)[,;]?$");

    /** "2026-11-03, 2h": a field's value, then a length said on its own. */
    private static final Pattern EXTRA_VALUE =
            Pattern.compile("(?i)^([^,]+),\\s*(\\d+(?:\\.\\d+)?\\s?(?:h|hrs?|hours?|m|mins?|minutes?))$");

    /** A line said whole: "\"Homepage design\" qty 1 @ 1,800.00", "40 x Development @ 130.00", "12 x Research at EUR 110.00". */
    private static final Pattern LINE_DESC_FIRST =
            Pattern.compile("(?i)^\"?([^\"@]+?)\"?\\s+(?:qty\\s?:?|x|×)\\s?(\\d+(?:\\.\\d+)?)\\s*(?:@|at)\\s*(.+)$");

    private static final Pattern LINE_QTY_FIRST = Pattern.compile(
            "(?i)^(\\d+(?:\\.\\d+)?)\\s?(?:x|×|h|hrs?|hours?|days?|units?)\\s+(?:of\\s+)?\"?([^\"@]+?)\"?\\s*(?:@|at)\\s*(.+)$");

    private static Map<String, Object> lineSaid(String said) {
        String t = said.strip();
        Matcher d = LINE_DESC_FIRST.matcher(t);
        Matcher q = LINE_QTY_FIRST.matcher(t);
        String desc;
        String qty;
        String cost;
        if (d.matches()) {
            desc = d.group(1);
            qty = d.group(2);
            cost = d.group(3);
        } else if (q.matches()) {
            desc = q.group(2);
            qty = q.group(1);
            cost = q.group(3);
        } else {
            return null;
        }
        Matcher c = LINE_COST.matcher(cost.strip());
        if (!c.matches()) {
            return null;
        }
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("description", desc.strip().replaceFirst("^\"(.*)\"$", "$1"));
        l.put("quantity", qty);
        String code = c.group(1) != null ? c.group(1) : c.group(3);
        l.put("unit_cost", c.group(2) + (code == null ? "" : " " + code.strip()));
        return l;
    }

    private static void addLine(Map<String, Object> fields, Map<String, Object> l) {
        @SuppressWarnings("unchecked")
        List<Object> ls = (List<Object>) fields.computeIfAbsent("lines", k -> new ArrayList<>());
        ls.add(l);
    }

    /** "line 1", "item_2": one of several lines, each its own field. */
    private static final Pattern NUMBERED_LINE = Pattern.compile("(?:line|item|line_item)_?\\d{1,2}");

    private static final Pattern LINE_QUANTITY = Pattern.compile(
            "(?i)^(?:qty\\s?:?\\s?)?(\\d+(?:\\.\\d+)?)\\s?(?:h|hrs?|hours?|days?|x|units?|pcs|items?)?$");

    private static final Pattern LINE_COST =
            Pattern.compile("(?i)^(?:@\\s?|at\\s)?([a-z]{3}\\s?)?([$€£]?\\d[\\d,]*(?:\\.\\d{1,2})?)(\\s?[a-z]{3})?"
                    + "(?:\\s?(?:/|per\\s|an?\\s)\\s?(?:h|hr|hour|day|unit|item|each)|\\s?each)?$");

    /**
     * One numbered line's value, "Consulting, 6 h, 150.00/h": its description first, then a
     * quantity and a unit cost in either order, or null when a part is neither.
     */
    private static Map<String, Object> numberedLine(String value) {
        String[] parts = value.split("\\s*,\\s*");
        if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()) {
            return null;
        }
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("description", parts[0].strip());
        for (int i = 1; i < parts.length; i++) {
            Matcher q = LINE_QUANTITY.matcher(parts[i].strip());
            Matcher c = LINE_COST.matcher(parts[i].strip());
            if (q.matches() && !l.containsKey("quantity") && !parts[i].matches(".*[$€£].*")) {
                l.put("quantity", q.group(1));
            } else if (c.matches() && !l.containsKey("unit_cost")) {
                String code = c.group(1) != null ? c.group(1) : c.group(3);
                l.put("unit_cost", c.group(2) + (code == null ? "" : " " + code.strip()));
            } else {
                return null;
            }
        }
        return l;
    }

    /** JSON as a script writes it: keys without quotes, strings in single quotes. */
    private static String jsonish(String raw) {
        return raw.replaceAll("'([^'\"]*)'", "\"$1\"")
                .replaceAll("([{,]\\s*)([A-Za-z_][A-Za-z_0-9]*)\\s*:", "$1\"$2\":");
    }

    private static String unquote(String raw) {
        return raw.replaceFirst("^\"(.*)\"$", "$1")
                .replaceFirst("^'(.*)'$", "$1")
                .strip();
    }

    /**
     * Where each field's name is ({start, end of "name=" or "name:"}): any name before '=', and
     * before ':' only a name fb reads as a field ("client: Wayne Enterprises. period: …"), so a
     * sentence's own colon ("Log time: …", "Fields: …") is never taken for one.
     */
    private static List<int[]> fieldNames(String text) {
        List<int[]> at = new ArrayList<>();
        if (text.indexOf('=') < 0 && text.indexOf(':') < 0) {
            return at;
        }
        Matcher m = PAIR.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            if (nested(text, m.start())) {
                from = m.start() + 1; // "lines=[{description: …}]": a field of the value, not of the call
                continue;
            }
            boolean colon = m.group(2).equals(":");
            if (colon
                    && !FIELD_NAMES.contains(key(m.group(1)))
                    && !NUMBERED_LINE.matcher(key(m.group(1))).matches()) {
                from = m.start() + 1;
                continue;
            }
            if (colon && m.end() < text.length() && text.charAt(m.end() - 1) == ':' && text.charAt(m.end()) != ' ') {
                from = m.start() + 1; // "11:30", "http://": not a field
                continue;
            }
            int start = m.start();
            if (!colon && m.group(1).indexOf(' ') >= 0) {
                start = m.start(1) + m.group(1).lastIndexOf(' ') + 1; // "client=Initech line=…": the key is one word
            }
            at.add(new int[] {start, m.end()});
            from = m.end();
        }
        return at;
    }

    /** Whether {@code at} is inside brackets or braces of {@code text}. */
    private static boolean nested(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '[' || c == '{') {
                depth++;
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /**
     * An unquoted value that is one value: a few words, without a second clause, a list or an
     * amount inside words ("Acme 2x logo at $300" is a name followed by a line, not a name).
     */
    private static boolean plainValue(String raw) {
        if (raw.matches("(?i)(?:[a-z]{3}\\s?)?[$€£]?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?[a-z]{3})?")) {
            return true; // "1,200", "EUR 1320.00", "$95"
        }
        if (raw.matches("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+")) {
            return true;
        }
        return !raw.isEmpty()
                && !raw.contains(",")
                && !raw.contains(";")
                && raw.split("\\s+").length <= 5
                && !raw.matches(".*(?:[$€£@]|\\d\\s?x\\b|\\bx\\s?\\d).*");
    }

    private static String key(String k) {
        return k.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /** The intent an action's name says ("log_time", "expense.create", "create project"), or null. */
    static IntentType intent(String action) {
        if (action == null) {
            return null;
        }
        String a = action.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z_. -]", " ")
                .replace("time_entry", "time")
                .replace("time entry", "time")
                .strip();
        IntentType wire = IntentType.fromWire(a);
        if (wire != null && a.contains(".")) {
            return wire;
        }
        Matcher named = WIRE.matcher(a);
        while (named.find()) {
            IntentType t = IntentType.fromWire(named.group(1)); // "please perform time.list"
            if (t != null) {
                return t;
            }
        }
        List<String> words = new ArrayList<>(List.of(a.split("[\\s._]+")));
        words.removeIf(w -> w.isEmpty() || ACTION_FILLERS.contains(w));
        if (words.isEmpty() || words.size() > 4) {
            return null;
        }
        if (String.join(" ", words)
                .matches(
                        "(?:(?:create|generate|make|new) )?(?:invoice|bill) (?:from |for )?(?:time|hours)|bill time")) {
            return IntentType.fromWire("invoice.from_time");
        }
        String noun = null;
        String verb = null;
        for (String w : words) {
            String n = NOUNS.getOrDefault(w, w);
            if (noun == null && isNoun(n)) {
                noun = n;
            } else if (verb == null) {
                verb = VERBS.getOrDefault(w, w);
            }
        }
        if (noun == null || verb == null) {
            return null;
        }
        IntentType exact = IntentType.fromWire(noun + "." + verb);
        if (exact != null) {
            return exact;
        }
        if (CREATE.contains(verb)) {
            for (String v : List.of("create", "log", "record")) {
                IntentType t = IntentType.fromWire(noun + "." + v);
                if (t != null) {
                    return t;
                }
            }
        }
        if (verb.equals("edit") || verb.equals("update")) {
            return IntentType.fromWire(noun + "." + (verb.equals("edit") ? "update" : "edit"));
        }
        return null;
    }

    private static boolean isNoun(String w) {
        for (IntentType t : IntentType.values()) {
            if (t.wire().startsWith(w + ".")) {
                return true;
            }
        }
        return false;
    }

    private static Frame frame(String text, IntentType type, Map<String, Object> fields, LocalDate today) {
        Map<String, Object> slots = new LinkedHashMap<>();
        boolean guessed = false;
        String currency = null;
        Map<String, Object> line = new LinkedHashMap<>();
        boolean lines = type.slots().containsKey("lines");
        if (fields.containsKey(LEAD)) {
            fields = new LinkedHashMap<>(fields);
            Object said = fields.remove(LEAD);
            String to = type.slots().containsKey("duration_minutes")
                    ? "duration"
                    : type.slots().containsKey("amount") ? "amount" : null;
            if (to == null) {
                return refuse(text, "fb cannot tell which field '" + said + "' is for " + type.wire());
            }
            fields.putIfAbsent(to, said);
        }
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            String key = e.getKey();
            Object raw = e.getValue();
            if (key.equals("currency") && !type.slots().containsKey("currency")) {
                if (!(raw instanceof String c) || !c.strip().matches("[A-Za-z]{3}")) {
                    return refuse(text, "the field 'currency' needs a three-letter code, not '" + raw + "'");
                }
                currency = c.strip().toUpperCase(Locale.ROOT);
                continue;
            }
            if (lines && key.equals("lines") && raw instanceof List<?> list) {
                List<InvoiceLine> read = new ArrayList<>();
                for (Object o : list) {
                    if (!(o instanceof Map<?, ?> m)) {
                        return refuse(text, "each of 'lines' needs a description, a quantity and a unit cost");
                    }
                    Map<String, Object> l = new LinkedHashMap<>();
                    m.forEach(
                            (k, v) -> l.put(LINE_KEYS.getOrDefault(key(String.valueOf(k)), key(String.valueOf(k))), v));
                    InvoiceLine il = line(l);
                    if (il == null) {
                        return refuse(text, "a line of 'lines' fb cannot read: " + m);
                    }
                    read.add(il);
                }
                slots.put("lines", List.copyOf(read));
                continue;
            }
            if (lines && LINE_KEYS.containsKey(key) && !type.slots().containsKey(key)) {
                line.put(LINE_KEYS.get(key), raw);
                continue;
            }
            if (PERIOD_KEYS.contains(key) && type.slots().containsKey("date_from")) {
                LocalDate[] range = range(said(raw), today);
                if (range == null) {
                    return refuse(
                            text,
                            "the field '" + key + "' needs two days, as in 2026-10-01 to 2026-10-31, not '" + raw
                                    + "'");
                }
                slots.put("date_from", range[0]);
                slots.put("date_to", range[1]);
                continue;
            }
            String slot = slot(type, key);
            if (slot == null) {
                return refuse(
                        text,
                        "fb does not read a field '" + key + "' for " + type.wire() + " (it reads "
                                + String.join(", ", type.slots().keySet()) + ")");
            }
            String value = raw == null ? "" : said(raw);
            Matcher net = NET_DAYS.matcher(value.strip());
            if (slot.equals("due_date") && type.slots().containsKey("due_in_days") && net.matches()) {
                slot = "due_in_days"; // due="net 30", due: "in 14 days": the terms, not a day
                value = net.group(1) != null ? net.group(1) : net.group(2);
            }
            if (key.equals("duration") && value.strip().matches("\\d{2,4}") && Integer.parseInt(value.strip()) > 24) {
                // duration=45: no entry is 45 hours long, so minutes (asked: the call did not say)
                value = value.strip() + " min";
                guessed = true;
            }
            IntentType.Slot def = type.slots().get(slot);
            if (slot.equals("report")) {
                value = reportKind(value); // "tax summary", "P&L", "ageing report": the report's kind
            }
            if (def.type() == SlotType.INT
                    && slot.contains("duration")
                    && key.matches("(?:new_)?(?:duration_)?(?:minutes|mins?)")) {
                value = value + " min";
            }
            Object v = def.type() == SlotType.MONEY ? money(value) : AgentFields.value(def.type(), slot, value);
            if (v == null && !value.strip().startsWith("-")) {
                v = spoken(def.type(), slot, value, today);
            }
            if (v instanceof String w
                    && def.type() == SlotType.WORD
                    && !def.words().isEmpty()
                    && !def.words().contains(w)) {
                v = null;
            }
            if (v == null && value.strip().startsWith("-")) {
                return refuse(
                        text, "the field '" + key + "' is negative (" + value.strip() + "); fb never flips a sign");
            }
            if (v == null) {
                return refuse(
                        text, "the field '" + key + "' has a value fb cannot read as " + slot + ": '" + value + "'");
            }
            slots.put(slot, v);
        }
        if (!line.isEmpty()
                && !line.containsKey("unit_cost")
                && line.get("quantity") != null
                && slots.get("total") instanceof Money total) {
            // total=3300.00 line="Research" quantity=30: each at the total's share, when it comes out in cents
            try {
                BigDecimal each = total.amount()
                        .divide(new BigDecimal(
                                String.valueOf(line.get("quantity")).strip()));
                if (each.scale() <= 2 && each.signum() > 0) {
                    line.put("unit_cost", each.setScale(2).toPlainString());
                }
            } catch (ArithmeticException | NumberFormatException notEven) {
                // the line is left without a unit cost
            }
        }
        if (!line.isEmpty()) {
            InvoiceLine il = line(line);
            if (il == null) {
                return refuse(text, "an invoice line needs a description and a positive quantity and unit cost");
            }
            slots.put("lines", List.of(il));
        }
        if (currency != null) {
            for (Map.Entry<String, Object> e : slots.entrySet()) {
                if (e.getValue() instanceof Money m && m.currencyOrNull() == null) {
                    e.setValue(new Money(m.amount(), currency));
                } else if (e.getValue() instanceof List<?> ls) {
                    List<InvoiceLine> withCode = new ArrayList<>();
                    for (Object o : ls) {
                        InvoiceLine il = (InvoiceLine) o;
                        Money u = il.unitCost();
                        withCode.add(new InvoiceLine(
                                il.description(),
                                il.quantity(),
                                u == null || u.currencyOrNull() != null ? u : new Money(u.amount(), currency)));
                    }
                    e.setValue(List.copyOf(withCode));
                }
            }
        }
        if ((type.wire().equals("time.log") || type.wire().equals("expense.create")) && !slots.containsKey("date")) {
            slots.put("date", today);
        }
        return Frame.of(text, type, slots, guessed ? GUESSED : SURE, "rules");
    }

    /** "net 30", "net30", "30 days", "in 14 days": payment terms said where a due day goes. */
    private static final Pattern NET_DAYS = Pattern.compile("(?i)net\\s?(\\d{1,3})|(?:in\\s)?(\\d{1,3})\\s?days?");

    /** A report's kind as people name it, as the contract's word ("profit and loss" → profit_loss). */
    private static String reportKind(String said) {
        String v = said.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\b(?:summary|report|statement|overview)\\b", "")
                .replaceAll("\\s+", " ")
                .strip();
        if (v.matches("p ?& ?l|p and l|pnl|profit(?: and| &|/)? ?loss|profit_loss|income statement|income")) {
            return "profit_loss";
        }
        if (v.matches("ag(?:e)?ing|accounts receivable|ar|ar ag(?:e)?ing|receivables|outstanding")) {
            return "aging";
        }
        if (v.matches("sales|invoiced|billed|billing")) {
            return "revenue";
        }
        if (v.matches("payments? (?:received|collected)|collected|received|cash in")) {
            return "payments";
        }
        if (v.matches("sales tax|taxes|vat|gst|hst")) {
            return "tax";
        }
        return v.isEmpty() ? said : v;
    }

    private static final Set<String> PERIOD_KEYS = Set.of("period", "date_range", "dates", "range");

    private static final Pattern TWO_DAYS =
            Pattern.compile("(?i)^(.+?)\\s*(?:\\bto\\b|\\bthrough\\b|\\bthru\\b|\\buntil\\b|\\.\\.|–|—| - )\\s*(.+)$");

    /** "2026-10-01 to 2026-10-31", "last month", "Q3": the first and last day, or null. */
    private static LocalDate[] range(String raw, LocalDate today) {
        DateExtractor dates = new DateExtractor(today);
        Matcher two = TWO_DAYS.matcher(raw.strip());
        if (two.matches()) {
            LocalDate from = day(two.group(1), today);
            LocalDate to = day(two.group(2), today);
            return from == null || to == null || to.isBefore(from) ? null : new LocalDate[] {from, to};
        }
        String t = raw.strip();
        List<Span<DateExtractor.DateMention>> all = dates.findAll(t);
        if (all.size() == 1 && all.get(0).start() == 0 && all.get(0).end() == t.length()) {
            DateExtractor.DateMention d = all.get(0).value();
            return new LocalDate[] {d.from(), d.to()};
        }
        return null;
    }

    private static LocalDate day(String raw, LocalDate today) {
        Object iso = AgentFields.value(SlotType.DATE, "date", raw);
        return iso instanceof LocalDate d ? d : new DateExtractor(today).parseDay(raw);
    }

    /**
     * A value written as people write it rather than as the contract does: a length "1h20m" or "an
     * hour and a half", a day "11/19" or "Dec 20" (a due day without a year is the next one), or null.
     */
    private static Object spoken(SlotType st, String slot, String value, LocalDate today) {
        if (st == SlotType.INT && slot.contains("duration")) {
            int minutes = DurationExtractor.parseMinutes(value);
            return minutes > 0 ? minutes : null;
        }
        if (st == SlotType.DATE) {
            LocalDate d = new DateExtractor(today).parseDay(value);
            if (d != null && slot.equals("due_date") && d.isBefore(today) && !value.matches(".*\\b\\d{4}\\b.*")) {
                d = d.plusYears(1);
            }
            return d;
        }
        return null;
    }

    private static Frame refuse(String text, String reason) {
        return Frame.unknown(text, 0.9, "rules", reason);
    }

    /** The slot of {@code type} a key names, with the contract's aliases ("hours" → duration_minutes). */
    private static String slot(IntentType type, String key) {
        Set<String> tried = new HashSet<>();
        for (String k : List.of(key, AgentFields.alias(key), "minutes".equals(key) ? "duration_minutes" : key)) {
            if (!tried.add(k)) {
                continue;
            }
            if (type.slots().containsKey(k)) {
                return k;
            }
            if (type.wire().endsWith(".edit") && type.slots().containsKey("new_" + k)) {
                return "new_" + k;
            }
        }
        if (key.startsWith("new_")) {
            String bare = AgentFields.alias(key.substring(4));
            if (type.slots().containsKey("new_" + bare)) {
                return "new_" + bare;
            }
        }
        return null;
    }

    private static InvoiceLine line(Map<String, Object> l) {
        Object d = l.get("description");
        if (d == null) {
            return null;
        }
        BigDecimal qty = BigDecimal.ONE;
        Object q = l.get("quantity");
        if (q != null) {
            try {
                qty = new BigDecimal(String.valueOf(q).strip());
            } catch (NumberFormatException e) {
                return null;
            }
            if (qty.signum() <= 0) {
                return null;
            }
        }
        Money cost = null;
        Object c = l.get("unit_cost");
        if (c != null) {
            cost = money(said(c));
            if (cost == null) {
                return null;
            }
        }
        return new InvoiceLine(String.valueOf(d), qty, cost);
    }

    private static final Pattern CODE_FIRST = Pattern.compile("(?i)^([a-z]{3})\\s?([$€£]?\\d[\\d,]*(?:\\.\\d{1,2})?)$");

    /** A field's value as text: a JSON number as written ("3.25", not "3.250E0"), anything else as is. */
    private static String said(Object raw) {
        return raw instanceof BigDecimal n ? n.toPlainString() : String.valueOf(raw);
    }

    /** "1320.00", "EUR 1320.00", "$1,320", "1320 CAD": a positive amount, or null. */
    private static Money money(String raw) {
        String v = raw.strip();
        Matcher code = CODE_FIRST.matcher(v);
        if (code.matches()) {
            v = code.group(2) + " " + code.group(1);
        }
        Object m = AgentFields.value(SlotType.MONEY, "amount", v);
        if (!(m instanceof Money money) || money.amount().signum() <= 0) {
            return null;
        }
        return money;
    }
}
