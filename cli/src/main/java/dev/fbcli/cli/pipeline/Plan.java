package dev.fbcli.cli.pipeline;

import java.util.List;
import java.util.function.Supplier;

/**
 * A write, before it happens: the plan card (a sentence in plain words about the resolved records,
 * and detail lines), warnings (a possible duplicate), the equivalent structured command, what the
 * user must type to confirm a money-touching action (or null), and the action itself.
 */
public record Plan(
        String summary,
        List<String> details,
        List<String> warnings,
        String command,
        String typeToConfirm,
        Supplier<Applied> action)
        implements Step {
    public Plan {
        details = List.copyOf(details);
        warnings = List.copyOf(warnings);
    }

    public static Plan of(String summary, String command, Supplier<Applied> action) {
        return new Plan(summary, List.of(), List.of(), command, null, action);
    }

    public Plan withDetails(List<String> d) {
        return new Plan(summary, d, warnings, command, typeToConfirm, action);
    }

    public Plan withWarnings(List<String> w) {
        return new Plan(summary, details, w, command, typeToConfirm, action);
    }

    /** Asks the user to type {@code expected} (an invoice number) instead of just "y". */
    public Plan typing(String expected) {
        return new Plan(summary, details, warnings, command, expected, action);
    }
}
