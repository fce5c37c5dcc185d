package dev.fbcli.cli.action.invoice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.render.Json;
import dev.fbcli.freshbooks.model.AgingAccount;
import dev.fbcli.freshbooks.model.AgingBuckets;
import dev.fbcli.freshbooks.model.Money;
import java.util.List;

/**
 * The accounts-aging report in fb's words (docs/json.md), for {@code invoice aging} and {@code
 * report aging}: a client row is {@code client_id, client, email, currency, days_0_30, days_31_60,
 * days_61_90, days_over_90, total} (money), never FreshBooks' {@code userid} or {@code "0-30"}.
 */
public final class AgingJson {
    /** The buckets' field names, in order, beside {@code total}. */
    public static final List<String> BUCKETS = List.of("days_0_30", "days_31_60", "days_61_90", "days_over_90");

    private AgingJson() {}

    /** The name a client goes by in the report: its organization, else its contact's name. */
    public static String name(AgingAccount a) {
        return a.organization() != null && !a.organization().isBlank()
                ? a.organization()
                : (String.valueOf(a.fname()) + " " + String.valueOf(a.lname())).strip();
    }

    /** One client's row ({@code code}: the report's currency, for money FreshBooks sent without one). */
    public static ObjectNode row(AgingAccount a, String code) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("client_id", a.clientId());
        o.put("client", name(a));
        o.put("email", a.email());
        o.put("currency", code);
        money(o, List.of(a.days0to30(), a.days31to60(), a.days61to90(), a.days91plus()), a.total(), code);
        return o;
    }

    /** A report's totals as one object of money: {@code {"days_0_30": money, ..., "total": money}}. */
    public static ObjectNode totals(AgingBuckets b, String code) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (b == null) {
            money(o, java.util.Arrays.asList(null, null, null, null), null, code);
        } else {
            money(o, List.of(b.days0to30(), b.days31to60(), b.days61to90(), b.days91plus()), b.total(), code);
        }
        return o;
    }

    /**
     * Several currencies' totals as lists of money, one per currency, as a client's balances are
     * ({@code {"days_0_30": [money, ...], ..., "total": [money, ...]}}): never added across currencies.
     */
    public static ObjectNode totals(List<ObjectNode> each) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (String field : fields()) {
            ArrayNode a = o.putArray(field);
            each.forEach(t -> a.add(t.get(field)));
        }
        return o;
    }

    private static List<String> fields() {
        List<String> f = new java.util.ArrayList<>(BUCKETS);
        f.add("total");
        return f;
    }

    private static void money(ObjectNode o, List<Money> buckets, Money total, String code) {
        for (int i = 0; i < BUCKETS.size(); i++) {
            o.set(BUCKETS.get(i), Json.MAPPER.valueToTree(orZero(buckets.get(i), code)));
        }
        o.set("total", Json.MAPPER.valueToTree(orZero(total, code)));
    }

    private static Money orZero(Money m, String code) {
        if (m == null) {
            return new Money(java.math.BigDecimal.ZERO.setScale(2), code);
        }
        return m.code() == null ? new Money(m.amount(), code) : m;
    }
}
