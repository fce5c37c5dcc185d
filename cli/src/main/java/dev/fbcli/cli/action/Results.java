package dev.fbcli.cli.action;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.render.Json;

/** The JSON a write prints with {@code --json}: {@code {"ok": true, "kind", "id", "record": {...}}} (docs/json.md). */
public final class Results {
    private Results() {}

    public static ObjectNode json(String kind, String id, Object record) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("ok", true);
        n.put("kind", kind);
        if (id != null && id.matches("[0-9]{1,18}")) {
            n.put("id", Long.parseLong(id)); // ids are numbers in fb's JSON (docs/json.md)
        } else {
            n.put("id", id);
        }
        n.set("record", Json.MAPPER.valueToTree(record));
        return n;
    }
}
