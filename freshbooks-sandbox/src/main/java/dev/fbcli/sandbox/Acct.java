package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

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

    /** Default list visibility: active and archived; {@code search[vis_state]} picks one. */
    static boolean visible(Request req, JsonNode d) {
        int vis = d.path("vis_state").asInt(0);
        String want = req.search("vis_state");
        if (want == null) {
            return vis == 0 || vis == 2;
        }
        try {
            return vis == Integer.parseInt(want.trim());
        } catch (NumberFormatException e) {
            return vis == 0 || vis == 2;
        }
    }

    /** {@code search[key]} equality on a long field; unparseable values match nothing. */
    static boolean eqLong(Request req, String key, JsonNode d, String field) {
        String want = req.search(key);
        if (want == null) {
            return true;
        }
        try {
            return d.path(field).asLong(Long.MIN_VALUE) == Long.parseLong(want.trim());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@code search[keys][]} membership on a long field. */
    static boolean inLongs(Request req, String key, JsonNode d, String field) {
        List<String> want = req.searchList(key);
        if (want.isEmpty()) {
            return true;
        }
        long v = d.path(field).asLong(Long.MIN_VALUE);
        for (String w : want) {
            try {
                if (Long.parseLong(w) == v) {
                    return true;
                }
            } catch (NumberFormatException ignored) {
                // not a match
            }
        }
        return false;
    }

    static boolean like(Request req, String key, String... values) {
        String want = req.search(key);
        if (want == null) {
            return true;
        }
        String w = want.toLowerCase(Locale.ROOT);
        for (String v : values) {
            if (v != null && v.toLowerCase(Locale.ROOT).contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean eqText(Request req, String key, String value) {
        String want = req.search(key);
        return want == null || want.equalsIgnoreCase(value == null ? "" : value);
    }

    /** {@code search[<prefix>_min]} inclusive and {@code search[<prefix>_max]} exclusive, on a YYYY-MM-DD... value. */
    static boolean between(Request req, String prefix, String value) {
        String min = req.search(prefix + "_min");
        String max = req.search(prefix + "_max");
        if (min == null && max == null) {
            return true;
        }
        if (value == null) {
            return false;
        }
        String day = value.length() >= 10 ? value.substring(0, 10) : value;
        if (min != null && day.compareTo(dateParam(prefix + "_min", min)) < 0) {
            return false;
        }
        return max == null || day.compareTo(dateParam(prefix + "_max", max)) < 0;
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

    static boolean amountBetween(Request req, String prefix, BigDecimal value) {
        String min = req.search(prefix + "_min");
        String max = req.search(prefix + "_max");
        try {
            if (min != null && value.compareTo(new BigDecimal(min.trim())) < 0) {
                return false;
            }
            return max == null || value.compareTo(new BigDecimal(max.trim())) <= 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Applies {@code sort=<key>_asc|_desc} when the key is known; unknown keys keep the default order. */
    static <T> void sort(Request req, List<T> items, Map<String, Function<T, Comparable<?>>> keys, Comparator<T> dflt) {
        String sort = req.param("sort");
        Comparator<T> cmp = dflt;
        if (sort != null) {
            boolean desc = sort.endsWith("_desc");
            String key = sort.replaceFirst("_(asc|desc)$", "");
            Function<T, Comparable<?>> f = keys.get(key);
            if (f != null) {
                @SuppressWarnings({"unchecked", "rawtypes"})
                Comparator<T> c = Comparator.comparing(
                        x -> (Comparable) f.apply(x), Comparator.nullsFirst(Comparator.naturalOrder()));
                cmp = desc ? c.reversed() : c;
            }
        }
        items.sort(cmp);
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
