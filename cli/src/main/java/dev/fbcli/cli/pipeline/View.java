package dev.fbcli.cli.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.cli.render.Table;
import java.util.List;

/**
 * The answer to a read: a table for people (and CSV), JSON for scripts, lines printed after the
 * table (totals), and what to say when there is nothing to show.
 */
public record View(Table table, JsonNode json, List<String> footer, String emptyMessage, String command)
        implements Step {
    public View {
        footer = List.copyOf(footer);
    }

    /** A view without a table: just lines (a record's details). */
    public static View lines(List<String> lines, JsonNode json, String command) {
        return new View(null, json, lines, null, command);
    }
}
