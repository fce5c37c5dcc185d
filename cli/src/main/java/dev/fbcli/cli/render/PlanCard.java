package dev.fbcli.cli.render;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.pipeline.Plan;
import java.io.PrintWriter;

/**
 * Prints a plan card on stderr: the summary (bold on a terminal), its detail lines, its warnings,
 * and the structured command a phrase stands for ({@code → fb time log ...}). The words on the card
 * are written by the action that made the plan ({@code dev.fbcli.cli.action}).
 */
public final class PlanCard {
    private PlanCard() {}

    public static void print(AppContext ctx, Plan plan) {
        PrintWriter err = ctx.err();
        String summary = Safe.text(plan.summary());
        String head = ctx.colour() ? Style.bold(summary) : summary;
        err.println(head);
        for (String d : plan.details()) {
            err.println("  " + Safe.text(d));
        }
        for (String w : plan.warnings()) {
            err.println((ctx.colour() ? Style.yellow("  warning: ") : "  warning: ") + Safe.text(w));
        }
        err.flush();
    }

    /** The structured equivalent of a phrase, dimmed: {@code → fb invoice list --status unpaid}. */
    public static void hint(AppContext ctx, String command) {
        String shown = "→ " + Safe.text(command);
        ctx.err().println(ctx.colour() ? Style.dim(shown) : shown);
        ctx.err().flush();
    }
}
