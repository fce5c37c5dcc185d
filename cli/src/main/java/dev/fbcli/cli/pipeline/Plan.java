package dev.fbcli.cli.pipeline;

import dev.fbcli.cli.once.Findable;
import java.util.List;
import java.util.function.Supplier;

/**
 * A write, before it happens: the plan card (a sentence in plain words about the resolved records,
 * and detail lines), warnings (a possible duplicate), the equivalent structured command, what the
 * user must type to confirm a money-touching action (or null), the action itself, and, for a
 * create, how to find the record it makes again ({@link Findable}, or null): every create sets one
 * with {@link #finding}, so that a write whose answer is lost is looked for instead of sent twice.
 */
public record Plan(
        String summary,
        List<String> details,
        List<String> warnings,
        String command,
        String typeToConfirm,
        Supplier<Applied> action,
        Findable findable)
        implements Step {
    public Plan {
        details = List.copyOf(details);
        warnings = List.copyOf(warnings);
    }

    /** A plan that creates nothing fb can look for (an update, a send, a delete). */
    public Plan(
            String summary,
            List<String> details,
            List<String> warnings,
            String command,
            String typeToConfirm,
            Supplier<Applied> action) {
        this(summary, details, warnings, command, typeToConfirm, action, null);
    }

    public static Plan of(String summary, String command, Supplier<Applied> action) {
        return new Plan(summary, List.of(), List.of(), command, null, action, null);
    }

    public Plan withDetails(List<String> d) {
        return new Plan(summary, d, warnings, command, typeToConfirm, action, findable);
    }

    public Plan withWarnings(List<String> w) {
        return new Plan(summary, details, w, command, typeToConfirm, action, findable);
    }

    /** Asks the user to type {@code expected} (an invoice number) instead of just "y". */
    public Plan typing(String expected) {
        return new Plan(summary, details, warnings, command, expected, action, findable);
    }

    /** How to find the record this create makes, should FreshBooks' answer be lost. */
    public Plan finding(Findable f) {
        return new Plan(summary, details, warnings, command, typeToConfirm, action, f);
    }
}
