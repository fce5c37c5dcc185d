package dev.fbcli.sandbox;

import java.util.Set;

/** Who a bearer token belongs to, and what it may do. */
record Principal(long identityId, Set<String> scopes) {

    boolean has(String scope) {
        return scopes.contains(scope) || scopes.contains("admin:all:legacy");
    }
}
