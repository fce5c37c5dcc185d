package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The business a request addresses (resolved from the account id or business id in the path). */
record Biz(
        long id,
        String uuid,
        String accountId,
        String name,
        String currency,
        String timezone,
        String role,
        ObjectNode doc) {

    static Biz of(ObjectNode d, String role) {
        return new Biz(
                d.get("id").asLong(),
                Json.str(d, "business_uuid"),
                Json.str(d, "account_id"),
                Json.str(d, "name"),
                Json.str(d, "currency_code", "USD"),
                Json.str(d, "timezone", "America/Toronto"),
                role,
                d);
    }
}
