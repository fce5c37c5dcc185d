package dev.fbcli.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.fbcli.cli.CliException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --csv}: the rows of a list's JSON document as RFC 4180 CSV (written by Jackson's CSV
 * module), so the columns are the JSON's field names and the cells its raw values: numbers without
 * symbols or separators, ISO dates, hours as decimals. A money object {@code {"amount", "code"}}
 * becomes two columns, {@code X} and {@code X_currency}; a nested object's fields are prefixed with
 * its name ({@code balances_outstanding}); a list of money (one amount per currency, as in client
 * balances) makes one row per currency, with that currency in the {@code currency} column. Pure:
 * JSON in, text out.
 */
public final class Csv {
    /** Quotes a cell only where RFC 4180 needs it (a comma, a quote, a line break). */
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private Csv() {}

    /** {@code --json --csv}: one document or one list's rows, not both. */
    public static CliException.Usage withJson() {
        return new CliException.Usage(
                "--json and --csv cannot be used together",
                "choose one: --json prints a JSON document, --csv a list's rows");
    }

    /** {@code --csv} on a read that shows one record ({@code command}: how to type it, may be null). */
    public static CliException.Usage noTable(String command) {
        String what = command == null ? "this command shows no list" : "`" + command + "` shows no list";
        return new CliException.Usage(
                "--csv prints the rows of a list, and " + what, "use --json for a machine-readable answer");
    }

    /** {@code --csv} on a write ({@code command}: how to type it, may be null): refused before anything changes. */
    public static CliException.Usage onWrite(String command) {
        String what = command == null ? "this command makes a change" : "`" + command + "` makes a change";
        return new CliException.Usage(
                "--csv prints the rows of a list, and " + what + "; nothing was changed",
                "use --json for a machine-readable result");
    }

    /** The rows of {@code json}: itself when it is a list, else its one list of records; null when it has none. */
    public static JsonNode rows(JsonNode json) {
        if (json == null) {
            return null;
        }
        if (json.isArray()) {
            return json;
        }
        JsonNode found = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            JsonNode v = it.next().getValue();
            if (v.isArray() && (v.isEmpty() || v.get(0).isObject())) {
                if (found != null) {
                    return null;
                }
                found = v;
            }
        }
        return found;
    }

    /** Whether {@code json} has rows to print as CSV. */
    public static boolean tabular(JsonNode json) {
        return rows(json) != null;
    }

    /**
     * The CSV of {@code json}'s rows, a header row first ({@code \r\n} line ends, as RFC 4180 says);
     * the empty string when there are no rows.
     */
    public static String of(JsonNode json) {
        return of(json, null);
    }

    /**
     * The CSV of {@code json}'s rows, a header row first; with no rows, the header alone, its
     * columns read from {@code schema} (the document's JSON Schema, docs/schemas; null: none, and
     * then the empty string), so an empty list still loads as a table with its columns.
     */
    public static String of(JsonNode json, JsonNode schema) {
        JsonNode rows = rows(json);
        if (rows == null) {
            throw new IllegalArgumentException("nothing tabular in " + json);
        }
        List<Map<String, String>> flat = new ArrayList<>();
        for (JsonNode r : rows) {
            flat.addAll(flatten(r));
        }
        Set<String> header = new LinkedHashSet<>();
        flat.forEach(m -> header.addAll(m.keySet()));
        if (header.isEmpty() && schema != null) {
            JsonNode row = rowSchema(json, rows, schema);
            if (row != null) {
                flatten(skeleton(row, schema, 0)).forEach(m -> header.addAll(m.keySet()));
            }
        }
        if (header.isEmpty()) {
            return "";
        }
        CsvSchema.Builder columns = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        header.forEach(columns::addColumn);
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, String> m : flat) {
            List<String> line = new ArrayList<>();
            for (String h : header) {
                line.add(m.getOrDefault(h, ""));
            }
            cells.add(line);
        }
        try {
            return MAPPER.writer(columns.build()).writeValueAsString(cells);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON Schema of one row of {@code rows} (found in {@code json}) in {@code schema}; null when it says none. */
    private static JsonNode rowSchema(JsonNode json, JsonNode rows, JsonNode schema) {
        JsonNode list = null;
        if (json == rows) {
            list = resolve(schema, schema);
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getValue() == rows) {
                    list = resolve(schema.path("properties").path(f.getKey()), schema);
                }
            }
        }
        if (list == null || !list.has("items")) {
            return null;
        }
        return resolve(list.get("items"), schema);
    }

    /** {@code node} with a local {@code $ref} followed and an {@code anyOf [X, null]} read as X. */
    private static JsonNode resolve(JsonNode node, JsonNode root) {
        JsonNode n = node;
        for (int i = 0; i < 8 && n != null; i++) {
            if (n.has("$ref") && n.get("$ref").asText().startsWith("#/")) {
                JsonNode target = root;
                for (String part : n.get("$ref").asText().substring(2).split("/")) {
                    target = target.path(part);
                }
                n = target.isMissingNode() ? null : target;
            } else if (n.has("anyOf") || n.has("oneOf")) {
                JsonNode choice = null;
                for (JsonNode c : n.has("anyOf") ? n.get("anyOf") : n.get("oneOf")) {
                    if (choice == null && !"null".equals(c.path("type").asText())) {
                        choice = c;
                    }
                }
                n = choice;
            } else {
                return n;
            }
        }
        return n;
    }

    /**
     * A record shaped as {@code schema} says, with empty values: flattened, it gives the columns a
     * row of that shape would have (a money object two, a list of money a currency column).
     */
    private static JsonNode skeleton(JsonNode schema, JsonNode root, int depth) {
        JsonNode s = resolve(schema, root);
        com.fasterxml.jackson.databind.node.JsonNodeFactory f =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        if (s == null || depth > 6) {
            return f.nullNode();
        }
        if (s.has("properties")) {
            ObjectNode o = f.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = s.get("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                o.set(p.getKey(), skeleton(p.getValue(), root, depth + 1));
            }
            return o;
        }
        if (s.has("items")) {
            JsonNode item = skeleton(s.get("items"), root, depth + 1);
            com.fasterxml.jackson.databind.node.ArrayNode a = f.arrayNode();
            if (item.isObject()) {
                a.add(item); // a list of records or of money: its columns
            }
            return a;
        }
        return f.textNode("");
    }

    /** One record as one or more CSV rows (more: one per currency of its money lists). */
    private static List<Map<String, String>> flatten(JsonNode record) {
        Map<String, String> base = new LinkedHashMap<>();
        Map<String, JsonNode> moneyLists = new LinkedHashMap<>();
        if (!record.isObject()) {
            base.put("value", cell(record));
            return List.of(base);
        }
        // a nested list of records (a report's months): one row per element, the record's own
        // fields repeated, an element's field named after the list where the names clash
        String nestedName = null;
        JsonNode nested = null;
        ObjectNode rest = ((ObjectNode) record).deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            if (v.isArray() && !v.isEmpty() && v.get(0).isObject() && !isMoneyList(v) && nested == null) {
                nestedName = f.getKey();
                nested = v;
                rest.remove(f.getKey());
            }
        }
        if (nested != null) {
            String prefix = nestedName + "_";
            List<Map<String, String>> out = new ArrayList<>();
            for (Map<String, String> head : flatten(rest)) {
                for (JsonNode element : nested) {
                    Map<String, String> row = new LinkedHashMap<>(head);
                    for (Map<String, String> part : flatten(element)) {
                        Map<String, String> r = new LinkedHashMap<>(row);
                        part.forEach((k, v) -> r.put(head.containsKey(k) ? prefix + k : k, v));
                        out.add(r);
                    }
                }
            }
            return out;
        }
        flattenInto("", record, base, moneyLists);
        if (moneyLists.isEmpty()) {
            return List.of(base);
        }
        Set<String> codes = new LinkedHashSet<>();
        moneyLists.values().forEach(a -> a.forEach(m -> codes.add(m.path("code").asText())));
        if (codes.isEmpty()) {
            String own = base.get("currency");
            codes.add(own == null ? "" : own);
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (String code : codes) {
            Map<String, String> row = new LinkedHashMap<>(base);
            row.put("currency", code);
            moneyLists.forEach((name, list) -> {
                String amount = "0";
                for (JsonNode m : list) {
                    if (code.equals(m.path("code").asText())) {
                        amount = m.path("amount").asText();
                    }
                }
                row.put(name, amount);
            });
            out.add(row);
        }
        return out;
    }

    private static void flattenInto(
            String prefix, JsonNode node, Map<String, String> into, Map<String, JsonNode> moneyLists) {
        boolean balances = node.size() > 0;
        for (JsonNode v : node) {
            balances &= v.isArray() && isMoneyList(v);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String name = prefix + f.getKey();
            JsonNode v = f.getValue();
            if (isMoney(v)) {
                into.put(name, cell(v.get("amount")));
                into.put(name + "_currency", cell(v.get("code")));
            } else if (v.isObject()) {
                flattenInto(name + "_", v, into, moneyLists);
            } else if (v.isArray() && isMoneyList(v) && (balances || !v.isEmpty())) {
                into.put(name, "");
                moneyLists.put(name, v);
            } else if (v.isArray()) {
                List<String> parts = new ArrayList<>();
                v.forEach(e -> parts.add(e.isValueNode() ? cell(e) : e.toString()));
                into.put(name, String.join("; ", parts));
            } else {
                into.put(name, cell(v));
            }
        }
    }

    private static boolean isMoney(JsonNode v) {
        return v.isObject() && v.size() == 2 && v.has("amount") && v.has("code");
    }

    private static boolean isMoneyList(JsonNode v) {
        for (JsonNode e : v) {
            if (!isMoney(e)) {
                return false;
            }
        }
        return true;
    }

    private static String cell(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode() ? "" : v.asText();
    }
}
