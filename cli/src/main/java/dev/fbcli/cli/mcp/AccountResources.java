package dev.fbcli.cli.mcp;

import dev.fbcli.cli.resolve.Names;
import dev.fbcli.completions.NameCache;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The account's names as MCP resources, so an agent can ground what the user says: clients,
 * projects (with their client), services and expense categories, each with its id. Read fresh from
 * FreshBooks (which also refreshes fb's name cache). Pure: no MCP SDK type.
 */
final class AccountResources {
    /** One resource: its URI, name, description, and which names it lists. */
    record Listing(String uri, String name, String description, NameCache.Kind kind) {}

    static final List<Listing> LISTINGS = List.of(
            new Listing(
                    "fb://account/clients",
                    "clients",
                    "The account's clients: id, name (organization), contact.",
                    NameCache.Kind.CLIENT),
            new Listing(
                    "fb://account/projects",
                    "projects",
                    "The account's projects: id, name (the title), client_id and client, whether active.",
                    NameCache.Kind.PROJECT),
            new Listing(
                    "fb://account/services",
                    "services",
                    "The kinds of work time is logged as: id, name, whether billable.",
                    NameCache.Kind.SERVICE),
            new Listing(
                    "fb://account/expense-categories",
                    "expense-categories",
                    "Expense categories: id, name, parent_id (the parent category's id).",
                    NameCache.Kind.CATEGORY));

    private AccountResources() {}

    static Listing byUri(String uri) {
        for (Listing l : LISTINGS) {
            if (l.uri().equals(uri)) {
                return l;
            }
        }
        return null;
    }

    /** The listing's names, fresh from the account. */
    static Map<String, Object> read(Names names, Listing l) {
        NameCache cache = names.refresh();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NameCache.Entry e : cache.entries(l.kind())) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id(e.id()));
            row.put("name", e.name());
            switch (l.kind()) {
                case CLIENT -> {
                    if (e.detail() != null) {
                        row.put("contact", e.detail());
                    }
                }
                case PROJECT -> {
                    row.put("client_id", id(e.parentId()));
                    NameCache.Entry client = e.parentId() == null ? null : find(cache, e.parentId());
                    row.put("client", client == null ? null : client.name());
                    row.put("active", e.isActive());
                }
                case SERVICE -> row.put("billable", e.isActive());
                case CATEGORY -> row.put("parent_id", id(e.parentId()));
                default -> {}
            }
            rows.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(l.name().replace('-', '_'), rows);
        out.put("business", cache.businessName());
        out.put("updated_at", cache.updatedAt());
        return out;
    }

    /** An id as docs/json.md writes ids: a number (the cache keeps them as text). */
    private static Object id(String id) {
        if (id == null) {
            return null;
        }
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return id;
        }
    }

    private static NameCache.Entry find(NameCache cache, String clientId) {
        for (NameCache.Entry c : cache.entries(NameCache.Kind.CLIENT)) {
            if (c.id().equals(clientId)) {
                return c;
            }
        }
        return null;
    }
}
