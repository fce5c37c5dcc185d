package dev.fbcli.cli.undo;

import java.util.Map;

/**
 * The journal keeps a change's previous values under FreshBooks' field names ({@code bus_phone},
 * {@code due_offset_days}); this is what fb calls each one when it speaks to a person ("the phone",
 * "the payment terms"), as the commands' own options and plan cards do.
 */
final class FieldWords {
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("organization", "name"),
            Map.entry("fname", "first name"),
            Map.entry("lname", "last name"),
            Map.entry("email", "email"),
            Map.entry("bus_phone", "phone"),
            Map.entry("p_street", "street"),
            Map.entry("p_city", "city"),
            Map.entry("p_province", "province/state"),
            Map.entry("p_code", "postal code"),
            Map.entry("p_country", "country"),
            Map.entry("categoryid", "category"),
            Map.entry("clientid", "client"),
            Map.entry("client_id", "client"),
            Map.entry("project_id", "project"),
            Map.entry("modern_projectid", "project"),
            Map.entry("service_id", "service"),
            Map.entry("due_offset_days", "payment terms"),
            Map.entry("started_at", "start"),
            Map.entry("billing_method", "billing method"),
            Map.entry("project_type", "project type"),
            Map.entry("fixed_price", "fixed price"),
            Map.entry("vis_state", "state"),
            Map.entry("active", "state"),
            Map.entry("complete", "completion"),
            Map.entry("is_logged", "timer"),
            Map.entry("billed", "billed mark"));

    private FieldWords() {}

    /** fb's word for a FreshBooks field ({@code bus_phone} → {@code phone}); an unknown one with spaces for underscores. */
    static String of(String field) {
        return WORDS.getOrDefault(field, field.replace('_', ' '));
    }
}
