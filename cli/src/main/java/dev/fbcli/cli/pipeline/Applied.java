package dev.fbcli.cli.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.cli.undo.Undo;
import java.util.List;

/**
 * What a write did: the sentence to print, the record it made or changed (kind, id, link), its JSON
 * for {@code --json}, how to undo it, and an optional follow-up plan (emailing the invoice just
 * created), which is confirmed on its own.
 */
public record Applied(String message, String kind, String id, String link, JsonNode json, List<Undo> undo, Plan next) {
    public Applied {
        undo = List.copyOf(undo);
    }

    public Applied(String message, String kind, String id, String link, JsonNode json, List<Undo> undo) {
        this(message, kind, id, link, json, undo, null);
    }
}
