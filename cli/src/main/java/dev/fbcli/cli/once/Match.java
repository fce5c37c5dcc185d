package dev.fbcli.cli.once;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.freshbooks.model.WireTimes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

/**
 * Whether a record FreshBooks holds has the values a write sent, field by field, the way FreshBooks
 * writes them back: numbers as numbers or strings ({@code qty} is a string on read), money as
 * {@code {"amount","code"}} or a bare amount, instants with or without the trailing {@code Z} or
 * fractions, an empty text as empty or absent, and lists (invoice lines) element by element. Pure.
 */
public final class Match {
    private Match() {}

    /** Every field of {@code want} is matched by {@code have}. */
    public static boolean all(JsonNode want, JsonNode have) {
        return firstDifference(want, have) == null;
    }

    /** The name of the first field of {@code want} that {@code have} does not match, or null. */
    public static String firstDifference(JsonNode want, JsonNode have) {
        for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!same(f.getValue(), have.get(f.getKey()))) {
                return f.getKey();
            }
        }
        return null;
    }

    /** One value against one value. */
    public static boolean same(JsonNode want, JsonNode have) {
        if (want == null || want.isNull() || want.isMissingNode()) {
            return true; // not compared
        }
        if (want.isTextual() && want.asText().isEmpty()) {
            return empty(have);
        }
        if (have == null || have.isNull() || have.isMissingNode()) {
            return false;
        }
        if (want.isArray()) {
            if (!have.isArray() || have.size() != want.size()) {
                return false;
            }
            for (int i = 0; i < want.size(); i++) {
                if (!same(want.get(i), have.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (want.isObject() && !want.has("amount")) {
            return have.isObject() && all(want, have);
        }
        if (want.isObject() || have.isObject()) {
            return sameMoney(want, have);
        }
        if (want.isBoolean() || have.isBoolean()) {
            return want.asText().equalsIgnoreCase(have.asText());
        }
        String w = want.asText();
        String h = have.asText();
        BigDecimal wn = number(w);
        BigDecimal hn = number(h);
        if (wn != null && hn != null) {
            return wn.compareTo(hn) == 0;
        }
        if (w.indexOf('T') > 0 && h.indexOf('T') > 0) {
            Instant wi = WireTimes.parseUtc(w);
            Instant hi = WireTimes.parseUtc(h);
            if (wi != null && hi != null) {
                return wi.equals(hi);
            }
        }
        return w.equals(h);
    }

    private static boolean sameMoney(JsonNode want, JsonNode have) {
        JsonNode wa = want.isObject() ? want.get("amount") : want;
        JsonNode ha = have.isObject() ? have.get("amount") : have;
        if (wa == null || wa.isNull()) {
            return true;
        }
        if (ha == null || ha.isNull()) {
            return false;
        }
        BigDecimal w = number(wa.asText());
        BigDecimal h = number(ha.asText());
        if (w == null || h == null || w.compareTo(h) != 0) {
            return w == null && h == null && wa.asText().equals(ha.asText());
        }
        String wc = want.isObject() ? want.path("code").asText("") : "";
        String hc = have.isObject() ? have.path("code").asText("") : "";
        return wc.isEmpty() || hc.isEmpty() || wc.equalsIgnoreCase(hc);
    }

    private static boolean empty(JsonNode n) {
        return n == null
                || n.isNull()
                || n.isMissingNode()
                || (n.isTextual() && n.asText().isEmpty());
    }

    private static BigDecimal number(String s) {
        if (s == null || s.isEmpty() || s.length() > 40) {
            return null;
        }
        char c = s.charAt(0);
        if (!(Character.isDigit(c) || c == '-' || c == '.')) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
