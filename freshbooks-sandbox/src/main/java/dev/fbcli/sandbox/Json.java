package dev.fbcli.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** JSON helpers shared by the routers: one mapper, money objects, lenient field readers. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Json() {}

    static ObjectNode obj() {
        return F.objectNode();
    }

    static ArrayNode arr() {
        return F.arrayNode();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a response", e);
        }
    }

    static String string(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a response", e);
        }
    }

    /** {@code {"amount":"12.30","code":"USD"}}. */
    static ObjectNode money(BigDecimal amount, String code) {
        ObjectNode m = obj();
        m.put("amount", plain(amount.setScale(2, RoundingMode.HALF_UP)));
        m.put("code", code);
        return m;
    }

    static String plain(BigDecimal d) {
        return d.toPlainString();
    }

    static String str(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String str(JsonNode n, String field, String dflt) {
        String s = str(n, field);
        return s == null ? dflt : s;
    }

    static Long lng(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isTextual()) {
            try {
                return Long.parseLong(v.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static long lng(JsonNode n, String field, long dflt) {
        Long v = lng(n, field);
        return v == null ? dflt : v;
    }

    static boolean bool(JsonNode n, String field, boolean dflt) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isNumber()) {
            return v.asInt() != 0;
        }
        return v.asText().equalsIgnoreCase("true") || v.asText().equals("1");
    }

    static BigDecimal dec(JsonNode n, String field, BigDecimal dflt) {
        String s = str(n, field);
        if (s == null || s.isBlank()) {
            return dflt;
        }
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    /** Puts a nullable long. */
    static void putLong(ObjectNode n, String field, Long v) {
        if (v == null) {
            n.putNull(field);
        } else {
            n.put(field, v);
        }
    }

    /** Copies a field from a stored doc, or puts the default when it is absent. */
    static void copy(ObjectNode out, JsonNode doc, String field, JsonNode dflt) {
        JsonNode v = doc.get(field);
        out.set(field, v != null ? v.deepCopy() : dflt == null ? F.nullNode() : dflt);
    }

    static void copyText(ObjectNode out, JsonNode doc, String field, String dflt) {
        copy(out, doc, field, dflt == null ? F.nullNode() : F.textNode(dflt));
    }
}
