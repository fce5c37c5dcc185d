package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.sandbox.store.Query;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Helpers shared by the accounting resources: ids, filters, sorting, field validation. */
final class Acct {
    private Acct() {}

    /** The numeric id in the path; anything else is a 404 like an unknown id. */
    static long pathId(Request req, String object, String field) {
        String raw = req.var("id");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.notFound(object, field, raw, capital(object) + " not found.");
        }
    }

    static String capital(String s) {
        return s.isEmpty()
                ? s
                : Character.toUpperCase(s.charAt(0)) + s.substring(1).replace('_', ' ');
    }

    /** A document field in SQL ({@code json_extract} on the record {@code r}), for fields without a column. */
    static String j(String field) {
        return "json_extract(r.doc, '$." + field + "')";
    }

    /** Default list visibility: active and archived; {@code search[vis_state]} picks one. */
    static void visible(Request req, Query q) {
        Integer want = null;
        String raw = req.search("vis_state");
        if (raw != null) {
            try {
                want = Integer.parseInt(raw.trim());
            } catch (NumberFormatException e) {
                want = null; // unparseable: the default
            }
        }
        if (want == null) {
            q.where("COALESCE(r.vis_state, 0) IN (0, 2)");
        } else {
            q.where("COALESCE(r.vis_state, 0) = ?", want);
        }
    }

    /** {@code search[key]} equality on an integer column; an unparseable value matches nothing. */
    static void eqLong(Request req, Query q, String key, String expr) {
        String want = req.search(key);
        if (want == null) {
            return;
        }
        try {
            q.where(expr + " = ?", Long.parseLong(want.trim()));
        } catch (NumberFormatException e) {
            q.where("0");
        }
    }

    /** {@code search[keys][]} membership on an integer column (unparseable values are left out). */
    static void inLongs(Request req, Query q, String key, String expr) {
        List<String> want = req.searchList(key);
        if (want.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>();
        for (String w : want) {
            try {
                ids.add(Long.parseLong(w));
            } catch (NumberFormatException ignored) {
                // not a match
            }
        }
        q.in(expr, ids);
    }

    /** {@code search[key]} contained (case-insensitive) in any of the text expressions. */
    static void like(Request req, Query q, String key, String... exprs) {
        String want = req.search(key);
        if (want == null) {
            return;
        }
        String w = want.toLowerCase(Locale.ROOT);
        List<String> any = new ArrayList<>();
        Object[] args = new Object[exprs.length];
        for (int i = 0; i < exprs.length; i++) {
            any.add("(" + exprs[i] + " IS NOT NULL AND instr(fb_fold(" + exprs[i] + "), ?) > 0)");
            args[i] = w;
        }
        q.where(String.join(" OR ", any), args);
    }

    /** {@code search[key]} equal ignoring case (a missing value is ""). */
    static void eqText(Request req, Query q, String key, String expr) {
        String want = req.search(key);
        if (want != null) {
            q.where("fb_eqic(" + expr + ", ?)", want);
        }
    }

    /**
     * {@code search[<prefix>_min]} inclusive and {@code search[<prefix>_max]} exclusive, by day, on a
     * {@code YYYY-MM-DD...} column. (Comparing the whole text is the same as comparing its first 10
     * characters with a 10-character day, and lets SQLite use an index.)
     */
    static void between(Request req, Query q, String prefix, String expr) {
        String min = req.search(prefix + "_min");
        String max = req.search(prefix + "_max");
        if (min != null) {
            q.where(expr + " >= ?", dateParam(prefix + "_min", min));
        }
        if (max != null) {
            q.where(expr + " < ?", dateParam(prefix + "_max", max));
        }
    }

    static String dateParam(String name, String v) {
        String t = v.trim();
        try {
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t).toString();
        } catch (DateTimeParseException e) {
            throw ApiException.validation(
                    1033, name, null, v, "Invalid date for " + name + ": expected YYYY-MM-DD.", null);
        }
    }

    /** {@code search[<prefix>_min]} and {@code _max}, both inclusive; an unparseable bound ends the filter. */
    static void amountBetween(Request req, Query q, String prefix, String expr) {
        String min = req.search(prefix + "_min");
        String max = req.search(prefix + "_max");
        try {
            if (min != null) {
                q.where(expr + " >= ?", new BigDecimal(min.trim()).doubleValue());
            }
            if (max != null) {
                q.where(expr + " <= ?", new BigDecimal(max.trim()).doubleValue());
            }
        } catch (NumberFormatException e) {
            // as FreshBooks ignores what it cannot read
        }
    }

    /**
     * {@code sort=<key>_asc|_desc} when the key is known (then by id); unknown keys keep the default.
     *
     * @param keys sort key to SQL expression
     */
    static void sort(Request req, Query q, Map<String, String> keys, String dflt) {
        String sort = req.param("sort");
        String order = dflt;
        if (sort != null) {
            boolean desc = sort.endsWith("_desc");
            String expr = keys.get(sort.replaceFirst("_(asc|desc)$", ""));
            if (expr != null) {
                order = expr + (desc ? " DESC" : " ASC") + ", r.id ASC";
            }
        }
        q.orderBy(order);
    }

    /** A {@code search[has_x]}-style flag: absent is null, true/1 is true, anything else false. */
    static Boolean searchFlag(Request req, String key) {
        String v = req.search(key);
        return v == null ? null : v.equalsIgnoreCase("true") || v.equals("1");
    }

    /** One page of a query, in the accounting envelope. */
    static ObjectNode page(Ctx ctx, Request req, Query q, String plural, Renderer render) throws SQLException {
        Paging p = Paging.of(req, 15);
        int total = ctx.tx.count(q);
        List<ObjectNode> docs = ctx.tx.page(q, p.perPage(), p.offset());
        return p.accounting(plural, render.all(docs), total);
    }

    /** Renders a page of documents (may look up what the page refers to, once for the page). */
    @FunctionalInterface
    interface Renderer {
        List<ObjectNode> all(List<ObjectNode> docs) throws SQLException;
    }

    // ------------------------------------------------------------------ field readers with API errors

    static Long longField(JsonNode body, String field, String object) {
        JsonNode v = body.get(field);
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
                // falls through
            }
        }
        throw ApiException.validation(
                1015,
                field,
                object,
                v.asText(),
                "Field " + field + " must be a number.",
                Map.of(field, "Not a valid integer."));
    }

    static BigDecimal decimalField(JsonNode body, String field, String object) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber() || v.isTextual()) {
            try {
                return new BigDecimal(v.asText().trim());
            } catch (NumberFormatException e) {
                // falls through
            }
        }
        throw ApiException.validation(
                1015,
                field,
                object,
                v.toString(),
                "Field " + field + " must be a number.",
                Map.of(field, "Not a valid number."));
    }

    /** A Money object {@code {"amount": "...", "code": "..."}} (a bare number or string is accepted too). */
    static BigDecimal moneyField(JsonNode body, String field, String object) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        JsonNode amount = v.isObject() ? v.get("amount") : v;
        if (amount != null && (amount.isNumber() || amount.isTextual())) {
            try {
                return new BigDecimal(amount.asText().trim());
            } catch (NumberFormatException e) {
                // falls through
            }
        }
        throw ApiException.validation(
                1015,
                field,
                object,
                v.toString(),
                "Field " + field + " must be a money object like {\"amount\": \"10.00\", \"code\": \"USD\"}.",
                Map.of(field, "Not a valid amount."));
    }

    static String moneyCode(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v != null && v.isObject() && v.hasNonNull("code") ? v.get("code").asText() : null;
    }

    static String dateField(JsonNode body, String field, String object) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(v.asText().trim()).toString();
        } catch (DateTimeParseException e) {
            throw ApiException.validation(
                    1033,
                    field,
                    object,
                    v.asText(),
                    "Field " + field + " must be a date (YYYY-MM-DD).",
                    Map.of(field, "Not a valid date."));
        }
    }

    static String textField(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static ObjectNode emptyResponse() {
        ObjectNode b = Json.obj();
        b.putObject("response");
        return b;
    }
}
