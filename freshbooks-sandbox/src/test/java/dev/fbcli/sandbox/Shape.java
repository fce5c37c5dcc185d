package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Compares the shape of two JSON documents: the same envelope and field names, with the same JSON
 * types (values may differ; a null on either side matches any type). Extra fields in the actual
 * document are reported unless their path is allowed.
 */
final class Shape {
    private Shape() {}

    /**
     * @param allowedExtra paths (like {@code response.business_memberships[].business.timezone}) that
     *     the actual document may have and the fixture lacks
     * @param ignored fixture paths not to compare (artificial fixture values, documented in SOURCES.md)
     */
    static List<String> diff(JsonNode fixture, JsonNode actual, Set<String> allowedExtra, Set<String> ignored) {
        List<String> out = new ArrayList<>();
        walk("", fixture, actual, allowedExtra, ignored, out);
        return out;
    }

    private static void walk(
            String path, JsonNode f, JsonNode a, Set<String> extra, Set<String> ignored, List<String> out) {
        if (ignored.contains(path)) {
            return;
        }
        if (f == null || f.isNull() || a == null || a.isNull()) {
            if (a == null) {
                out.add("missing: " + path);
            }
            return;
        }
        if (type(f) != type(a)) {
            out.add("type of " + path + ": fixture " + type(f) + ", sandbox " + type(a));
            return;
        }
        if (f.isObject()) {
            Iterator<String> names = f.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                String p = path.isEmpty() ? n : path + "." + n;
                if (ignored.contains(p)) {
                    continue;
                }
                if (!a.has(n)) {
                    out.add("missing: " + p);
                } else {
                    walk(p, f.get(n), a.get(n), extra, ignored, out);
                }
            }
            Iterator<String> actualNames = a.fieldNames();
            while (actualNames.hasNext()) {
                String n = actualNames.next();
                String p = path.isEmpty() ? n : path + "." + n;
                if (!f.has(n) && !extra.contains(p)) {
                    out.add("extra: " + p);
                }
            }
        } else if (f.isArray() && f.size() > 0) {
            for (JsonNode item : a) {
                walk(path + "[]", f.get(0), item, extra, ignored, out);
            }
        }
    }

    private static String type(JsonNode n) {
        if (n.isObject()) {
            return "object";
        }
        if (n.isArray()) {
            return "array";
        }
        if (n.isNumber()) {
            return "number";
        }
        if (n.isBoolean()) {
            return "boolean";
        }
        return "string";
    }
}
