package dev.fbcli.cli.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.render.Renderer;
import dev.fbcli.cli.render.Table;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * What a batch prints: the problems that stop it before anything is written, the plan of every
 * line ({@code --dry-run}), and the summary of a run (a table, or the JSON document with
 * {@code --json}) with its exit code.
 */
final class BatchReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AppContext ctx;
    private final PrintWriter err;
    private final boolean json;

    /** {@code json}: the batch's own {@code --json} (each line runs with its own options). */
    BatchReport(AppContext ctx, boolean json) {
        this.ctx = ctx;
        this.err = ctx.err();
        this.json = json;
    }

    void problems(String name, List<String> problems, String stop) {
        for (String p : problems) {
            err.println(p);
        }
        if (stop != null) {
            err.println("fb: " + stop + "; nothing was written");
            err.println("  run the batch again in a moment");
        } else {
            err.println("fb: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in " + name
                    + "; nothing was written");
            err.println("  fix the lines above and run it again");
        }
        err.flush();
    }

    void plans(List<BatchChecker.Checked> checked, BatchJournal journal) {
        PrintWriter out = json ? new PrintWriter(java.io.Writer.nullWriter()) : ctx.out(); // --json: only the document
        ArrayNode lines = JSON.createArrayNode();
        for (BatchChecker.Checked c : checked) {
            BatchFile.Line line = c.line();
            ObjectNode n = lines.addObject().put("line", line.number()).put("text", line.text());
            String head = "line " + line.number() + ": ";
            String pad = " ".repeat(head.length());
            if (c.prepared() == null) {
                String why = journal.done(line.key())
                        .map(d -> "skip: done in an earlier run: " + d.what())
                        .orElse("look in FreshBooks first: it was sent in an interrupted run");
                LinePreview status = journal.done(line.key()).isPresent() ? LinePreview.SKIP : LinePreview.CHECK;
                n.put("status", status.json());
                n.put("what", why);
                out.println(dev.fbcli.cli.render.Safe.text(head + why));
            } else if (c.deferredBecause() != null) {
                n.put("status", LinePreview.LATER.json());
                n.put("what", "checked when it runs: " + c.deferredBecause());
                out.println(head + "checked when it runs: " + c.deferredBecause());
            } else if (c.prepared().view() != null) {
                String cmd = c.prepared().view().command();
                n.put("status", LinePreview.READ.json());
                n.put("what", cmd);
                out.println(dev.fbcli.cli.render.Safe.text(head + "read: " + (cmd == null ? line.text() : cmd)));
            } else {
                Plan p = c.prepared().plan();
                n.put("status", LinePreview.WRITE.json())
                        .put("what", p.summary())
                        .put("command", p.command());
                n.set("details", JSON.valueToTree(p.details()));
                n.set("warnings", JSON.valueToTree(p.warnings()));
                out.println(dev.fbcli.cli.render.Safe.text(head + p.summary()));
                for (String d : p.details()) {
                    out.println(dev.fbcli.cli.render.Safe.text(pad + "  " + d));
                }
                for (String w : p.warnings()) {
                    out.println(dev.fbcli.cli.render.Safe.text(pad + "  warning: " + w));
                }
                if (p.command() != null) {
                    out.println(pad + "→ " + p.command());
                }
            }
        }
        out.flush();
        if (json) {
            Renderer.json(ctx, JSON.createObjectNode().put("dry_run", true).set("lines", lines));
        }
        err.println("dry run: nothing was sent");
    }

    /** Prints the summary; returns the exit code: 0 when every line is done or skipped, else 1. */
    int summary(String name, List<LineResult> results, Duration took) {
        int done = 0;
        int skipped = 0;
        int failed = 0;
        int notRun = 0;
        for (LineResult r : results) {
            switch (r.status()) {
                case DONE:
                    done++;
                    break;
                case SKIPPED:
                    skipped++;
                    break;
                case FAILED:
                    failed++;
                    break;
                default:
                    notRun++;
            }
        }
        if (json) {
            ArrayNode lines = JSON.createArrayNode();
            for (LineResult r : results) {
                ObjectNode n = lines.addObject()
                        .put("line", r.line())
                        .put("text", r.text())
                        .put("status", r.status().json());
                n.put("what", r.what());
                n.set("records", JSON.valueToTree(r.records()));
                if (r.error() != null) {
                    n.put("error", r.error());
                }
                if (r.data() != null) {
                    n.set("data", r.data());
                }
            }
            ObjectNode o = JSON.createObjectNode()
                    .put("done", done)
                    .put("skipped", skipped)
                    .put("failed", failed)
                    .put("not_run", notRun);
            o.set("lines", lines);
            Renderer.json(ctx, o);
        } else {
            Table t = new Table("LINE", "STATUS", "WHAT", "IDS").alignRight(0);
            for (LineResult r : results) {
                t.row(
                        r.line(),
                        r.status().word(),
                        r.error() != null ? r.error() : r.what(),
                        String.join(" ", r.records()));
            }
            ctx.out().print(t.render(ctx.colour()));
            ctx.out().flush();
        }
        err.printf(
                "%s: %d line%s: %d done, %d skipped (done before), %d failed, %d not run (%.1f s)%n",
                name,
                results.size(),
                results.size() == 1 ? "" : "s",
                done,
                skipped,
                failed,
                notRun,
                took.toMillis() / 1000.0);
        if (failed > 0) {
            err.println("  fix or remove the failed line" + (failed == 1 ? "" : "s")
                    + " and run the same file again: done lines are skipped");
        }
        err.flush();
        return failed == 0 && notRun == 0 ? 0 : 1;
    }
}
