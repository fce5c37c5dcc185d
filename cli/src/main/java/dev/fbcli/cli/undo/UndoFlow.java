package dev.fbcli.cli.undo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.prompt.Prompter;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.render.Renderer;
import dev.fbcli.cli.render.Style;
import dev.fbcli.cli.render.Table;
import dev.fbcli.cli.session.Session;
import dev.fbcli.freshbooks.DryRunException;
import dev.fbcli.freshbooks.http.ApiRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code fb undo}: picks the change, shows what reversing it means now, confirms like a plan card
 * (typing the invoice number for a sent invoice), reverses it and marks it undone; {@code --list}.
 */
public final class UndoFlow {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d HH:mm", Locale.ENGLISH);

    private final AppContext ctx;
    private final Session session;
    private final PrintWriter err;

    public UndoFlow(AppContext ctx, Session session) {
        this.ctx = ctx;
        this.session = session;
        this.err = ctx.err();
    }

    private List<WriteJournal.Entry> entries() {
        try {
            return session.journal().entries();
        } catch (IOException e) {
            throw new CliException.Failure(
                    "cannot read the undo journal: " + e.getMessage(),
                    "it is " + session.journal().file(),
                    e);
        }
    }

    private int voided() {
        try {
            return session.journal().voided();
        } catch (IOException e) {
            return 0;
        }
    }

    private String when(Instant at) {
        ZoneId zone = session.zone();
        return WHEN.format(at.atZone(zone));
    }

    // ------------------------------------------------------------------ list

    public int list() {
        List<WriteJournal.Entry> all = entries();
        if (ctx.options().json) {
            ArrayNode rows = Json.MAPPER.createArrayNode();
            for (WriteJournal.Entry e : all) {
                ObjectNode n = rows.addObject()
                        .put("id", e.id())
                        .put("at", e.at().toString())
                        .put("summary", e.summary())
                        .put("kind", e.kind())
                        .put("link", e.link());
                String rid = e.recordId() == null ? null : String.valueOf(e.recordId());
                if (rid != null && rid.matches("\\d{1,18}")) {
                    n.put("record_id", Long.parseLong(rid)); // ids are numbers (docs/json.md)
                } else {
                    n.put("record_id", rid);
                }
                ArrayNode undo = n.putArray("undo");
                e.undo().forEach(u -> undo.add(WriteJournal.toJson(u)));
                n.put("undone_at", e.undoneAt() == null ? null : e.undoneAt().toString());
                n.put("reversible", Undoer.reversible(e));
            }
            ObjectNode doc = Json.MAPPER.createObjectNode();
            doc.set("changes", rows); // the envelope of every list (docs/json.md)
            Renderer.json(ctx, doc);
            return 0;
        }
        int voided = voided();
        if (voided > 0) {
            err.println(voided + " earlier change" + (voided == 1 ? " was" : "s were")
                    + " made in data that has been reset since (`fb sandbox reset`): they are not listed.");
        }
        if (all.isEmpty()) {
            err.println("No changes recorded yet in " + session.journal().file() + ".");
            return 0;
        }
        Table t = new Table("ID", "WHEN", "CHANGE", "UNDO").alignRight(0);
        for (WriteJournal.Entry e : all) {
            t.row(
                    e.id(),
                    when(e.at()),
                    e.summary(),
                    e.undoneAt() != null ? "undone " + when(e.undoneAt()) : describe(e));
        }
        ctx.out().print(t.render(ctx.colour()));
        ctx.out().flush();
        return 0;
    }

    /** What undo would do, from the journal alone (no request). */
    static String describe(WriteJournal.Entry e) {
        List<String> parts = new ArrayList<>();
        for (Undo u : e.undo()) {
            if (u instanceof Undo.Delete d) {
                parts.add("delete " + d.kind().replace('_', ' ') + " " + d.id());
            } else if (u instanceof Undo.Restore r) {
                parts.add("restore the "
                        + String.join(
                                ", the ",
                                r.previous().keySet().stream()
                                        .map(FieldWords::of)
                                        .distinct()
                                        .toList())
                        + " of "
                        + r.kind().replace('_', ' ') + " " + r.id());
            } else if (u instanceof Undo.Recreate c) {
                parts.add("record " + c.kind().replace('_', ' ') + " " + c.id() + " again");
            } else if (u instanceof Undo.Irreversible) {
                parts.add("cannot be undone");
            }
        }
        return parts.isEmpty() ? "nothing" : String.join("; ", parts);
    }

    // ------------------------------------------------------------------ undo

    public int undo(Long id) {
        WriteJournal.Entry e = id == null ? last() : byId(id);
        if (e == null) {
            return 0;
        }
        Undoer undoer = new Undoer(session.account());
        Undoer.Reversal r = undoer.plan(e);
        printCard(r, laterIrreversible(e));
        if (!r.anything()) {
            if (r.blocked()) {
                throw new CliException.Usage(
                        "change #" + e.id() + " cannot be undone now: " + String.join("; ", r.cannot()));
            }
            markUndone(e);
            err.println("Nothing is left to undo: change #" + e.id() + " is marked undone.");
            return 0;
        }
        if (ctx.options().dryRun) {
            return dryRun(r);
        }
        if (!ctx.options().yes) {
            if (!ctx.canPrompt()) {
                throw new CliException.Usage(
                        "undoing changes your FreshBooks account and needs a confirmation: pass --yes to go ahead",
                        "or --dry-run to see the requests it would send");
            }
            Prompter p = session.prompter();
            if (r.typeToConfirm() != null) {
                if (!p.typeToConfirm(
                        "Type " + r.typeToConfirm() + " to go ahead (anything else cancels):", r.typeToConfirm())) {
                    throw new CliException.Cancelled("cancelled: nothing was changed");
                }
            } else if (p.confirm("Undo it?", false) != Prompter.Answer.YES) {
                throw new CliException.Cancelled("cancelled: nothing was changed");
            }
        }
        List<String> done = undoer.apply(r);
        markUndone(e);
        if (ctx.options().json) {
            ObjectNode n = Json.MAPPER.createObjectNode().put("ok", true).put("undone", e.id());
            n.set("done", Json.MAPPER.valueToTree(done));
            n.set("not_undone", Json.MAPPER.valueToTree(r.cannot()));
            Renderer.json(ctx, n);
        } else {
            String mark = ctx.colour() ? Style.green("✓") : "✓";
            ctx.out()
                    .println(mark + " Undid change #" + e.id() + ": "
                            + dev.fbcli.cli.render.Safe.text(String.join("; ", done)));
            for (String c : r.cannot()) {
                ctx.out().println("  not undone: " + dev.fbcli.cli.render.Safe.text(c));
            }
            ctx.out().flush();
        }
        return 0;
    }

    private WriteJournal.Entry byId(long id) {
        WriteJournal.Entry e;
        try {
            e = session.journal().entry(id).orElse(null);
        } catch (IOException ex) {
            throw new CliException.Failure("cannot read the undo journal: " + ex.getMessage(), null, ex);
        }
        if (e == null) {
            boolean reset;
            try {
                reset = session.journal().voided(id);
            } catch (IOException ex) {
                reset = false;
            }
            if (reset) {
                throw new CliException.Usage(
                        "change #" + id + " was made before the sandbox was reset (`fb sandbox reset`): what it made"
                                + " is gone, and its ids may name other records now",
                        "`fb undo --list` shows the changes since");
            }
            throw new CliException.Usage(
                    "there is no change #" + id + " in this account's journal", "`fb undo --list` shows them");
        }
        if (e.undoneAt() != null) {
            throw new CliException.Usage(
                    "change #" + id + " (" + e.summary() + ") was already undone on " + when(e.undoneAt()),
                    "undoing it twice would delete or overwrite something else");
        }
        if (!Undoer.reversible(e)) {
            throw new CliException.Usage("change #" + id + " (" + e.summary() + ") cannot be undone: "
                    + e.undo().stream().map(u -> ((Undo.Irreversible) u).what()).collect(Collectors.joining("; ")));
        }
        return e;
    }

    /**
     * The newest change not undone that has something to reverse; changes that cannot be undone are
     * named and passed over. Going past a change that was already undone (a second {@code fb undo},
     * perhaps after the first was killed before it could say so) is said on the card; without a
     * question to ask ({@code --yes}, a script), it is refused: the change must be named.
     */
    private WriteJournal.Entry last() {
        List<WriteJournal.Entry> all = entries();
        WriteJournal.Entry undoneNewer = null;
        for (int i = all.size() - 1; i >= 0; i--) {
            WriteJournal.Entry e = all.get(i);
            if (e.undoneAt() != null) {
                if (undoneNewer == null) {
                    undoneNewer = e;
                }
                continue;
            }
            if (!Undoer.reversible(e)) {
                err.println("Passing over change #" + e.id() + " (" + dev.fbcli.cli.render.Safe.text(e.summary())
                        + "): "
                        + e.undo().stream()
                                .map(u -> ((Undo.Irreversible) u).what())
                                .collect(Collectors.joining("; ")) + ".");
                continue;
            }
            if (undoneNewer != null) {
                String newer = "change #" + undoneNewer.id() + " (" + undoneNewer.summary() + ") was undone on "
                        + when(undoneNewer.undoneAt());
                if (ctx.options().yes || !ctx.canPrompt()) {
                    throw new CliException.Usage(
                            newer + "; `fb undo` does not go further back without asking",
                            "to undo change #" + e.id() + " (" + e.summary() + ") too, run `fb undo " + e.id() + "`");
                }
                err.println("Note: " + newer + "; the change before it is:");
            }
            return e;
        }
        err.println("Nothing to undo" + (all.isEmpty() ? ": fb has made no change in this account yet." : "."));
        return null;
    }

    /** What later changes did to the same record that cannot be undone (the email of the invoice this change made). */
    private List<String> laterIrreversible(WriteJournal.Entry e) {
        List<String> out = new ArrayList<>();
        if (e.recordId() == null) {
            return out;
        }
        for (WriteJournal.Entry later : entries()) {
            if (later.id() > e.id()
                    && later.undoneAt() == null
                    && e.recordId().equals(later.recordId())
                    && java.util.Objects.equals(e.kind(), later.kind())) {
                later.undo().stream()
                        .filter(u -> u instanceof Undo.Irreversible)
                        .forEach(u -> out.add(((Undo.Irreversible) u).what() + " (change #" + later.id() + ")"));
            }
        }
        return out;
    }

    private void printCard(Undoer.Reversal r, List<String> alsoNot) {
        WriteJournal.Entry e = r.entry();
        String ago = ago(e.at());
        String head = dev.fbcli.cli.render.Safe.text(
                "Undo change #" + e.id() + " (" + when(e.at()) + ago + "): " + e.summary());
        err.println(ctx.colour() ? Style.bold(head) : head);
        for (Undoer.Step s : r.steps()) {
            err.println("  " + dev.fbcli.cli.render.Safe.text(s.describe()));
        }
        for (String c : r.cannot()) {
            err.println("  not undone: " + dev.fbcli.cli.render.Safe.text(c));
        }
        for (String c : alsoNot) {
            err.println("  stays as it is: " + dev.fbcli.cli.render.Safe.text(c));
        }
        for (String w : r.warnings()) {
            err.println(
                    (ctx.colour() ? Style.yellow("  warning: ") : "  warning: ") + dev.fbcli.cli.render.Safe.text(w));
        }
        err.flush();
    }

    private String ago(Instant at) {
        Duration d = Duration.between(at, Instant.now(ctx.clock()));
        if (d.isNegative() || d.toHours() >= 24) {
            return "";
        }
        return d.toMinutes() < 1
                ? ", just now"
                : d.toMinutes() < 60 ? ", " + d.toMinutes() + " min ago" : ", " + d.toHours() + " h ago";
    }

    private int dryRun(Undoer.Reversal r) {
        for (Undoer.Step s : r.steps()) {
            try {
                s.action().get();
            } catch (DryRunException ex) {
                ApiRequest req = ex.request();
                ctx.out().println("dry run: would send " + req.method() + " " + req.pathAndQuery());
                String body = req.bodyJson();
                if (body != null && !body.isEmpty()) {
                    ctx.out().println(body);
                }
            }
        }
        ctx.out().flush();
        err.println("dry run: nothing was sent");
        return 0;
    }

    private void markUndone(WriteJournal.Entry e) {
        try {
            session.journal().markUndone(e.id());
        } catch (IOException ex) {
            throw new CliException.Failure(
                    "the change was undone, but the journal could not be updated: " + ex.getMessage(),
                    "`fb undo` may offer change #" + e.id() + " again; it will find its records gone",
                    ex);
        }
    }
}
