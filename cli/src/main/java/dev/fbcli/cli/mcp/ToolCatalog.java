package dev.fbcli.cli.mcp;

import dev.fbcli.cli.CliException;
import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.IntentType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tools {@code fb mcp} serves: one per intent of the frame contract, generated from
 * {@link IntentType} (its slots become the input schema), so an intent added to nlp is a tool
 * without code here; plus {@code ask} (a phrase), {@code undo} and {@code list_changes}.
 * {@code --read-only} and {@code --allow} narrow the set. Pure: no MCP SDK type.
 */
final class ToolCatalog {
    static final String ASK = "ask";
    static final String UNDO = "undo";
    static final String LIST_CHANGES = "list_changes";
    static final String PLAN_ID = "plan_id";
    static final String CONFIRM_INVOICE_NUMBER = "confirm_invoice_number";

    /** One tool: its name, a title and description for a model, its input schema, and whether it writes. */
    record Tool(
            String name,
            String title,
            String description,
            Map<String, Object> inputSchema,
            boolean writes,
            IntentType intent) {}

    private final Map<String, Tool> tools;

    private ToolCatalog(Map<String, Tool> tools) {
        this.tools = tools;
    }

    /** Every tool, in the table's order with the three of fb's own last. */
    static ToolCatalog all() {
        Map<String, Tool> m = new LinkedHashMap<>();
        for (IntentType t : IntentType.values()) {
            if (t != IntentType.UNKNOWN) {
                Tool tool = forIntent(t);
                m.put(tool.name(), tool);
            }
        }
        m.put(ASK, ask());
        m.put(UNDO, undo());
        m.put(LIST_CHANGES, listChanges());
        return new ToolCatalog(m);
    }

    /**
     * The tools an {@code fb mcp} serves: without the writing ones when {@code readOnly}, only those
     * named in {@code allow} when it is not empty (an unknown name is a usage error).
     */
    ToolCatalog narrowed(boolean readOnly, Collection<String> allow) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String a : allow) {
            String name = a.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!tools.containsKey(name)) {
                throw new CliException.Usage(
                        "--allow: there is no tool '" + name + "'",
                        "the tools are: " + String.join(", ", tools.keySet()));
            }
            wanted.add(name);
        }
        Map<String, Tool> m = new LinkedHashMap<>();
        for (Tool t : tools.values()) {
            if (!wanted.isEmpty() && !wanted.contains(t.name())) {
                continue;
            }
            if (readOnly && t.name().equals(ASK)) {
                // ask does what the matching tool does, and the writing ones are not served: it only reads
                m.put(
                        ASK,
                        new Tool(
                                ASK,
                                t.title(),
                                t.description() + " This server only reads: a phrase that" + " would write is refused.",
                                t.inputSchema(),
                                false,
                                null));
            } else if (!(readOnly && t.writes())) {
                m.put(t.name(), t);
            }
        }
        return new ToolCatalog(m);
    }

    Collection<Tool> tools() {
        return tools.values();
    }

    Tool get(String name) {
        return tools.get(name);
    }

    boolean has(String name) {
        return tools.containsKey(name);
    }

    /** The tool of an intent: {@code time.log} is {@code time_log}. */
    static String toolName(IntentType t) {
        return t.wire().replace('.', '_');
    }

    /**
     * Whether an intent changes the account. {@link Intent#writes()} is the one list; it is asked
     * through a {@link Intent.Clarify} of the type, which answers for its type without slots.
     */
    static boolean writes(IntentType t) {
        return new Intent.Clarify(Frame.of("", t, Map.of(), 1.0, "rules")).writes();
    }

    static Tool forIntent(IntentType t) {
        boolean writes = writes(t);
        Map<String, Object> props = new LinkedHashMap<>();
        for (IntentType.Slot s : t.slots().values()) {
            props.put(s.name(), SlotSchemas.schema(s));
        }
        List<String> strict = strictlyRequired(t);
        StringBuilder d = new StringBuilder();
        d.append(upperFirst(t.summary()))
                .append(" in FreshBooks (fb's ")
                .append(t.wire())
                .append(").");
        if (writes) {
            d.append(" WRITES: the first call changes nothing and returns a plan (what would be written and the"
                    + " exact requests) with a plan_id; show it to the user, and only when they agree call "
                    + toolName(t) + " again with just {\"plan_id\": ...} to carry it out. Sending an invoice or"
                    + " recording a payment also needs confirm_invoice_number, typed by the user.");
        } else {
            d.append(" Reads only.");
        }
        List<String> rules = requirementRules(t, strict);
        if (!rules.isEmpty()) {
            d.append(" Needs ").append(String.join("; ", rules)).append('.');
        }
        d.append(" Names are matched as fb's command line matches them; an ambiguous or unknown name is an"
                + " error listing the candidates: ask the user which, never guess.");
        if (writes) {
            props.put(
                    PLAN_ID,
                    Map.of(
                            "type",
                            "string",
                            "description",
                            "Confirms the plan a previous call returned and carries it out. Give it alone (plus"
                                    + " confirm_invoice_number when the plan asks for it)."));
            props.put(
                    CONFIRM_INVOICE_NUMBER,
                    Map.of(
                            "type",
                            "string",
                            "description",
                            "Only when the plan asks for it (sending an invoice, recording a payment): the"
                                    + " invoice number shown in the plan, as the user typed it to agree."));
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", props);
        if (!writes && !strict.isEmpty()) {
            schema.put("required", strict);
        }
        schema.put("additionalProperties", false);
        return new Tool(toolName(t), upperFirst(t.summary()), d.toString(), schema, writes, t);
    }

    /**
     * The required slots no other slot can stand for (a write tool's schema requires nothing, as a
     * confirmation carries only the plan id; its handler checks them).
     */
    static List<String> strictlyRequired(IntentType t) {
        List<String> out = new ArrayList<>();
        for (IntentType.Slot s : t.slots().values()) {
            if (!s.required()) {
                continue;
            }
            Map<String, Object> others = new LinkedHashMap<>();
            for (IntentType.Slot o : t.slots().values()) {
                if (!o.name().equals(s.name())) {
                    others.put(
                            o.name(),
                            o.words().isEmpty() ? "x" : o.words().iterator().next());
                }
            }
            if (t.missing(others).contains(s.name())) {
                out.add(s.name());
            }
        }
        return out;
    }

    /** "duration_minutes", "invoice, or client with which" — the table's rules, in words. */
    static List<String> requirementRules(IntentType t, List<String> strict) {
        List<String> out = new ArrayList<>(strict);
        List<String> names = new ArrayList<>(t.slots().keySet());
        for (IntentType.Slot s : t.slots().values()) {
            if (!s.required() || strict.contains(s.name())) {
                continue;
            }
            List<String> alternatives = new ArrayList<>();
            for (String o : names) {
                if (!o.equals(s.name()) && !t.missing(present(t, o)).contains(s.name())) {
                    alternatives.add(o);
                }
            }
            if (alternatives.isEmpty()) {
                for (int i = 0; i < names.size(); i++) {
                    for (int j = i + 1; j < names.size(); j++) {
                        String a = names.get(i);
                        String b = names.get(j);
                        if (!a.equals(s.name())
                                && !b.equals(s.name())
                                && !t.missing(present(t, a, b)).contains(s.name())) {
                            alternatives.add(a + " with " + b);
                        }
                    }
                }
            }
            out.add(s.name() + (alternatives.isEmpty() ? "" : ", or " + String.join(", or ", alternatives)));
        }
        return out;
    }

    private static Map<String, Object> present(IntentType t, String... names) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String n : names) {
            IntentType.Slot s = t.slots().get(n);
            m.put(n, s.words().isEmpty() ? "x" : s.words().iterator().next());
        }
        return m;
    }

    private static Tool ask() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(
                "phrase",
                Map.of(
                        "type",
                        "string",
                        "minLength",
                        1,
                        "description",
                        "What the user said, in plain English: \"log 3 hours of design on Acme today\"."));
        props.put(
                PLAN_ID,
                Map.of("type", "string", "description", "Confirms a plan an earlier ask returned (give it alone)."));
        props.put(
                CONFIRM_INVOICE_NUMBER,
                Map.of(
                        "type",
                        "string",
                        "description",
                        "Only when the plan asks for it: the invoice number, as the user typed it to agree."));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", props);
        schema.put("additionalProperties", false);
        return new Tool(
                ASK,
                "Ask fb in plain English",
                "Reads a plain-English request with fb's own offline parser and does what the matching tool"
                        + " would: a read answers at once; a write returns a plan and a plan_id, and is carried out"
                        + " only when ask is called again with {\"plan_id\": ...}. When fb is unsure or something is"
                        + " missing, the answer says how it read the phrase and which tool and arguments would do"
                        + " it. Prefer the specific tools when you know the values.",
                schema,
                true,
                null);
    }

    private static Tool undo() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(
                "change_id",
                Map.of(
                        "type",
                        "integer",
                        "minimum",
                        1,
                        "description",
                        "The change to reverse (list_changes shows them); default: the last one not undone."));
        props.put(PLAN_ID, Map.of("type", "string", "description", "Confirms the undo plan an earlier call returned."));
        props.put(
                CONFIRM_INVOICE_NUMBER,
                Map.of("type", "string", "description", "Only when the plan asks for it: the invoice number."));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", props);
        schema.put("additionalProperties", false);
        return new Tool(
                UNDO,
                "Undo a change fb made",
                "Reverses a change fb made (through this server or at a terminal: they share one journal): a"
                        + " created record is deleted, changed fields get their values back. WRITES: the first call"
                        + " returns what undoing would do and a plan_id; call undo again with {\"plan_id\": ...} to"
                        + " do it. An email that went out cannot be unsent; the answer says so.",
                schema,
                true,
                null);
    }

    private static Tool listChanges() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(
                "limit",
                Map.of(
                        "type",
                        "integer",
                        "minimum",
                        1,
                        "maximum",
                        500,
                        "description",
                        "How many of the newest changes to show (default 20)."));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", props);
        schema.put("additionalProperties", false);
        return new Tool(
                LIST_CHANGES,
                "List the changes fb made",
                "Lists the writes fb made in this account (through this server or at a terminal), newest last,"
                        + " with their change_id and what undo would do. Reads only.",
                schema,
                false,
                null);
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
