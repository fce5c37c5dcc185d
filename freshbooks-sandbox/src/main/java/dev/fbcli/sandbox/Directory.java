package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.sandbox.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Identities, businesses and memberships as stored by the seed. */
final class Directory {
    private Directory() {}

    static long primaryIdentity(Tx tx) throws SQLException {
        String v = tx.meta("primary_identity").orElseThrow(() -> new SQLException("the sandbox is not seeded"));
        return Long.parseLong(v);
    }

    static Optional<ObjectNode> identity(Tx tx, long identityId) throws SQLException {
        return tx.get("identity", 0, identityId);
    }

    /** The businesses an identity belongs to, in membership order. */
    static List<Biz> businessesOf(Tx tx, long identityId) throws SQLException {
        List<Biz> out = new ArrayList<>();
        Optional<ObjectNode> identity = identity(tx, identityId);
        if (identity.isEmpty()) {
            return out;
        }
        for (JsonNode m : identity.get().path("memberships")) {
            long bid = m.path("business_id").asLong();
            Optional<ObjectNode> b = tx.get("business", bid, bid);
            if (b.isPresent()) {
                out.add(Biz.of(b.get(), m.path("role").asText("owner")));
            }
        }
        return out;
    }
}
