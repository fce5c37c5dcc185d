package dev.fbcli.cli.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Pipeline;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.pipeline.Step;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.render.Renderer;
import dev.fbcli.cli.session.Session;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.cli.undo.Undoer;
import dev.fbcli.cli.undo.WriteJournal;
import dev.fbcli.freshbooks.DryRunException;
import dev.fbcli.freshbooks.FreshBooksException;
import dev.fbcli.freshbooks.OutcomeUnknownException;
import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.parse.IntentMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * What the MCP tools do, without the MCP SDK: a read answers at once; a write answers with a plan
 * (the card a person would see, the exact first request, a plan id) and is carried out only by a
 * second call with that id, or at once when the client can ask its user (elicitation) and they
 * agree. Everything goes through the session's {@code Actions}, {@code Pipeline} and write journal,
 * as at a terminal, so {@code fb undo} reverses what an agent did. Calls are handled one at a time.
 */
final class FbTools {
    /** What a tool call answers: text for people and models, the structured form, and whether it is an error. */
    record Answer(String text, Map<String, Object> structured, boolean error) {}

    /** Asks the user directly (MCP elicitation); null when the client cannot. */
    interface Confirmer {
        /** True: go ahead; false: the user said no; null: could not ask. */
        Boolean ask(String card, String typeToConfirm);

        Confirmer NONE = (card, type) -> null;
    }

    private static final Set<String> OWN = Set.of(ToolCatalog.PLAN_ID, ToolCatalog.CONFIRM_INVOICE_NUMBER);

    private final AppContext ctx;
    private final Session session;
    private final ToolCatalog catalog;
    private final PlanStore plans;
    private final ReentrantLock lock = new ReentrantLock();

    FbTools(AppContext ctx, ToolCatalog catalog) {
        this.ctx = ctx;
        this.session = ctx.session();
        this.catalog = catalog;
        this.plans = new PlanStore(ctx.clock());
    }

    ToolCatalog catalog() {
        return catalog;
    }

    Session session() {
        return session;
    }

    /** Runs one tool call; never throws for a bad input or a FreshBooks error (they are error answers). */
    Answer call(String tool, Map<String, Object> arguments, Confirmer confirmer) {
        Map<String, Object> args = arguments == null ? Map.of() : arguments;
        lock.lock();
        try {
            ToolCatalog.Tool t = catalog.get(tool);
            if (t == null) {
                throw new CliException.Usage("this server has no tool '" + tool + "'");
            }
            if (tool.equals(ToolCatalog.LIST_CHANGES)) {
                return listChanges(args);
            }
            if (tool.equals(ToolCatalog.UNDO)) {
                return args.containsKey(ToolCatalog.PLAN_ID) ? confirm(tool, args, confirmer) : undo(args, confirmer);
            }
            if (args.containsKey(ToolCatalog.PLAN_ID)) {
                if (!t.writes()) {
                    throw new CliException.Usage(tool + " only reads: it takes no plan_id");
                }
                return confirm(tool, args, confirmer);
            }
            if (args.containsKey(ToolCatalog.CONFIRM_INVOICE_NUMBER)) {
                throw new CliException.Usage(
                        "confirm_invoice_number goes with the plan_id of the plan that asks for it",
                        "call " + tool + " without it first: the answer is a plan");
            }
            if (tool.equals(ToolCatalog.ASK)) {
                return ask(args, confirmer);
            }
            Map<String, Object> slots = ToolArguments.slots(tool, t.intent(), args, OWN);
            Intent intent = ToolArguments.intent(tool, t.intent(), slots, today());
            return run(tool, args, intent, confirmer);
        } catch (CliException e) {
            return error(e);
        } catch (FreshBooksException e) {
            return error(dev.fbcli.cli.ApiErrors.translate(e));
        } catch (RuntimeException e) {
            if (ctx.options().debug) {
                e.printStackTrace(ctx.err());
            }
            return error(new CliException.Failure(
                    "fb failed (a bug): " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                    "nothing unconfirmed was written; run fb mcp with --debug to see the stack trace",
                    e));
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------ intents

    private Answer run(String tool, Map<String, Object> args, Intent intent, Confirmer confirmer) {
        Step step = prepare(intent);
        if (step instanceof View v) {
            return view(v);
        }
        Plan plan = (Plan) step;
        Preview pv = preview(plan.action());
        PlanStore.Stored s = plans.add(tool, withoutOwn(args), intent, pv.fingerprint(), plan.typeToConfirm());
        return offer(s, plan, pv, confirmer);
    }

    /** Asks the user when the client can; otherwise answers with the plan to confirm. */
    private Answer offer(PlanStore.Stored s, Plan plan, Preview pv, Confirmer confirmer) {
        Boolean yes = confirmer.ask(card(s, plan, pv, false), plan.typeToConfirm());
        if (yes == null) {
            return planAnswer(s, plan, pv);
        }
        if (!yes) {
            s.state = PlanStore.State.CANCELLED;
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("status", "cancelled");
            st.put("plan_id", s.id);
            st.put("summary", plan.summary());
            return new Answer("Cancelled by the user: nothing was changed.\n" + plan.summary(), st, false);
        }
        if (s.what instanceof Intent intent) {
            return carryOut(s, (Plan) prepare(intent)); // made again: the preview ran the first one's action
        }
        if (s.what instanceof Long change) {
            return undoNow(s, change);
        }
        return carryOut(s, plan);
    }

    private Step prepare(Intent intent) {
        try {
            return session.actions().prepare(intent);
        } catch (AssertionError e) {
            // Actions' dispatch ends in AssertionError for an intent it does not carry out yet
            throw new CliException.Usage(
                    "this fb understands '" + intent.type().summary() + "' but cannot carry it out yet",
                    "see docs/intents.md; the other tools still work");
        }
    }

    private Answer view(View v) {
        String text = render(c -> Renderer.view(c, v), false);
        if (v.table() != null && v.table().isEmpty() && v.emptyMessage() != null) {
            text = v.emptyMessage() + "\n" + text;
        }
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("status", "ok");
        Object data = v.json() == null ? null : Json.MAPPER.convertValue(v.json(), Object.class);
        st.put("result", data);
        if (v.command() != null) {
            st.put("command", v.command());
        }
        return new Answer(text.isBlank() ? "(nothing to show)" : text, st, false);
    }

    // ------------------------------------------------------------------ ask

    private Answer ask(Map<String, Object> args, Confirmer confirmer) {
        for (String k : args.keySet()) {
            if (!k.equals("phrase")) {
                throw new CliException.Usage("ask has no argument '" + k + "'", "give phrase, or plan_id alone");
            }
        }
        Object p = args.get("phrase");
        if (!(p instanceof String phrase) || phrase.isBlank()) {
            throw new CliException.Usage("ask needs a phrase: what the user said, in plain English");
        }
        session.account(); // days are the business' days: read the phrase in its time zone
        Frame f = session.pipeline().parse(phrase);
        if (f.isUnknown()) {
            throw new CliException.NotUnderstood(
                    "fb did not understand '" + abbreviate(phrase) + "'"
                            + (f.reason() == null ? "" : ": " + f.reason()),
                    "fb can log time, run timers, create, send and list invoices, record payments and expenses,"
                            + " and manage clients and projects; the tools list says how");
        }
        String tool = ToolCatalog.toolName(f.type());
        Map<String, Object> suggested = suggestedArguments(f);
        if (!f.missing().isEmpty()) {
            return readingAnswer(
                    f,
                    tool,
                    suggested,
                    "to " + f.type().summary() + ", say " + String.join(" and ", f.missing()) + ": '"
                            + abbreviate(phrase) + "' does not");
        }
        if (f.confidence() < Pipeline.CONFIDENT) {
            return readingAnswer(
                    f,
                    tool,
                    suggested,
                    "fb is not sure it read '" + abbreviate(phrase) + "' right (confidence " + f.confidence() + ")");
        }
        Intent intent = IntentMapper.toIntent(f);
        if (intent instanceof Intent.Unsupported u) {
            throw new CliException.Usage("cannot " + f.type().summary() + ": " + u.reason());
        }
        ToolCatalog.Tool t = catalog.get(tool);
        if (t == null) {
            throw new CliException.Usage(
                    "'" + abbreviate(phrase) + "' means " + tool + ", which this server does not offer",
                    "it was started with --read-only or an --allow list without it");
        }
        return run(ToolCatalog.ASK, Map.of("phrase", phrase), intent, confirmer);
    }

    /** The phrase's slots as the arguments of its tool (the frame's JSON is the tools' argument format). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> suggestedArguments(Frame f) {
        try {
            Map<String, Object> root = Json.MAPPER.readValue(f.toJson(), Map.class);
            return (Map<String, Object>) root.getOrDefault("slots", Map.of());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer readingAnswer(Frame f, String tool, Map<String, Object> suggested, String problem) {
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("status", "error");
        st.put("error", problem);
        st.put("read_as", Map.of("tool", tool, "arguments", suggested, "missing", f.missing()));
        String text = "error: " + problem + "\nfb read it as: " + tool + " "
                + Json.MAPPER.valueToTree(suggested).toString()
                + (f.missing().isEmpty() ? "" : "\nmissing: " + String.join(", ", f.missing()))
                + "\nhint: ask the user, then call " + tool + " with the arguments filled in";
        return new Answer(text, st, true);
    }

    // ------------------------------------------------------------------ confirm

    private Answer confirm(String tool, Map<String, Object> args, Confirmer confirmer) {
        Object idv = args.get(ToolCatalog.PLAN_ID);
        if (!(idv instanceof String id) || id.isBlank()) {
            throw new CliException.Usage("plan_id must be the id a plan answer gave, such as plan-ab3k...");
        }
        PlanStore.Stored s = plans.get(id.strip());
        if (s == null) {
            throw new CliException.Usage(
                    "there is no plan " + id.strip() + " (plans live " + PlanStore.TTL.toMinutes()
                            + " minutes, in this server only)",
                    "call " + tool + " without plan_id to get a new plan");
        }
        if (!s.tool.equals(tool)) {
            throw new CliException.Usage("plan " + s.id + " was made by " + s.tool + ": confirm it with " + s.tool);
        }
        Map<String, Object> given = withoutOwn(args);
        if (!given.isEmpty() && !given.equals(s.args)) {
            throw new CliException.Usage(
                    "plan " + s.id + " was made from other arguments than these: nothing was changed",
                    "confirm with plan_id alone, or call " + tool + " without plan_id for a new plan");
        }
        if (s.state == PlanStore.State.APPLIED) {
            Map<String, Object> st = new LinkedHashMap<>(s.result.structured());
            st.put("already_applied", true);
            return new Answer(
                    "Plan " + s.id + " was already carried out; nothing more was written.\n" + s.result.text(),
                    st,
                    false);
        }
        if (s.state == PlanStore.State.UNKNOWN) {
            throw new CliException.Usage(
                    "plan " + s.id + " was sent once and its outcome is unknown: fb does not send it again",
                    "look for the record with a list tool; make a new plan only if it is not there");
        }
        if (s.state == PlanStore.State.CANCELLED) {
            throw new CliException.Usage("plan " + s.id + " was declined by the user: nothing was changed");
        }
        if (plans.expired(s)) {
            throw new CliException.Usage(
                    "plan " + s.id + " expired (plans live " + PlanStore.TTL.toMinutes()
                            + " minutes): nothing was changed",
                    "call " + tool + " without plan_id for a fresh plan");
        }
        if (s.typeToConfirm != null) {
            Object typed = args.get(ToolCatalog.CONFIRM_INVOICE_NUMBER);
            String t = typed instanceof String x ? x.strip().replaceFirst("^#", "") : null;
            if (t == null || t.isEmpty()) {
                throw new CliException.Usage(
                        "this plan needs the invoice number as confirmation: nothing was changed",
                        "show the plan to the user and pass the number they type as confirm_invoice_number");
            }
            if (!t.equals(s.typeToConfirm)) {
                throw new CliException.Usage(
                        "the invoice number typed ('" + t + "') is not the plan's: nothing was changed",
                        "the plan is about invoice " + s.typeToConfirm);
            }
        }
        if (s.what instanceof Intent intent) {
            Step step = prepare(intent);
            if (!(step instanceof Plan fresh)) {
                throw new CliException.Usage("plan " + s.id + " no longer writes anything: nothing was changed");
            }
            Preview pv = preview(fresh.action());
            if (!pv.fingerprint().equals(s.fingerprint)) {
                s.state = PlanStore.State.CANCELLED;
                PlanStore.Stored again = plans.add(s.tool, s.args, intent, pv.fingerprint(), fresh.typeToConfirm());
                Answer a = planAnswer(again, fresh, pv);
                Map<String, Object> st = new LinkedHashMap<>(a.structured());
                st.put("status", "error");
                st.put("error", "the account changed since plan " + s.id + " was made: it was not carried out");
                return new Answer(
                        "error: the account changed since plan " + s.id
                                + " was made, so it was not carried out. Here is the plan as it stands now:\n"
                                + a.text(),
                        st,
                        true);
            }
            return carryOut(s, (Plan) prepare(intent)); // made again: the preview ran this one's action
        }
        if (s.what instanceof Plan next) {
            return carryOut(s, next);
        }
        if (s.what instanceof Long change) {
            return undoNow(s, change);
        }
        throw new AssertionError(s.what);
    }

    /**
     * Applies a confirmed plan through the pipeline's one write path ({@code once.Writes}): a lost
     * answer is looked for before anything is sent again, and a record found is journaled as if
     * created. A failure after a request went out marks the plan unknown, never to be confirmed again.
     */
    private Answer carryOut(PlanStore.Stored s, Plan plan) {
        List<ApiRequest> sent = new ArrayList<>();
        Pipeline.Recorded done;
        session.account().beforeEachWrite(sent::add);
        try {
            done = session.pipeline().applyConfirmed(plan);
        } catch (CliException e) {
            boolean refused =
                    e.getCause() instanceof FreshBooksException && !(e.getCause() instanceof OutcomeUnknownException);
            if (sent.size() > 1 || (!sent.isEmpty() && !refused)) {
                // writes may have gone through before this failure: never again from this plan
                s.state = PlanStore.State.UNKNOWN;
                throw new CliException.Failure(
                        e.getMessage() + " (" + sent.size() + " request(s) of plan " + s.id + " were sent)",
                        "look at the records (a list tool, or list_changes) before making a new plan",
                        e);
            }
            throw e; // refused before anything was written: the plan may be confirmed again
        } finally {
            session.account().beforeEachWrite(null);
        }
        session.resetNames(); // a client or project it made is a name the next call may use
        Answer a = doneAnswer(s, done.applied(), done.change(), null);
        plans.applied(s, a);
        return a;
    }

    // ------------------------------------------------------------------ undo and the journal

    private Answer listChanges(Map<String, Object> args) {
        int limit = 20;
        for (Map.Entry<String, Object> e : args.entrySet()) {
            if (!e.getKey().equals("limit")) {
                throw new CliException.Usage("list_changes has no argument '" + e.getKey() + "'");
            }
            if (!(e.getValue() instanceof Number n) || n.intValue() < 1) {
                throw new CliException.Usage("list_changes.limit must be a whole number from 1");
            }
            limit = Math.min(500, n.intValue());
        }
        List<WriteJournal.Entry> all = entries();
        List<WriteJournal.Entry> shown = all.subList(Math.max(0, all.size() - limit), all.size());
        ArrayNode rows = Json.MAPPER.createArrayNode();
        StringBuilder text = new StringBuilder();
        for (WriteJournal.Entry e : shown) {
            boolean reversible = Undoer.reversible(e);
            ObjectNode n = rows.addObject()
                    .put("change_id", e.id())
                    .put("at", e.at().toString())
                    .put("summary", e.summary())
                    .put("kind", e.kind())
                    .put("record_id", e.recordId())
                    .put("link", e.link())
                    .put("undone_at", e.undoneAt() == null ? null : e.undoneAt().toString())
                    .put("reversible", reversible);
            n.put("undo", describe(e));
            text.append('#')
                    .append(e.id())
                    .append("  ")
                    .append(e.at())
                    .append("  ")
                    .append(e.summary())
                    .append(e.undoneAt() != null ? "  (undone)" : reversible ? "" : "  (cannot be undone)")
                    .append('\n');
        }
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("status", "ok");
        st.put("changes", Json.MAPPER.convertValue(rows, List.class));
        st.put("total", all.size());
        return new Answer(text.length() == 0 ? "No changes recorded yet." : text.toString(), st, false);
    }

    private static String describe(WriteJournal.Entry e) {
        List<String> parts = new ArrayList<>();
        for (Undo u : e.undo()) {
            if (u instanceof Undo.Delete d) {
                parts.add("delete " + d.kind().replace('_', ' ') + " " + d.id());
            } else if (u instanceof Undo.Restore r) {
                parts.add("restore " + String.join(", ", r.previous().keySet()) + " of "
                        + r.kind().replace('_', ' ') + " " + r.id());
            } else if (u instanceof Undo.Irreversible i) {
                parts.add("cannot be undone: " + i.what());
            }
        }
        return parts.isEmpty() ? "nothing" : String.join("; ", parts);
    }

    private List<WriteJournal.Entry> entries() {
        try {
            return session.journal().entries();
        } catch (IOException e) {
            throw new CliException.Failure("cannot read the undo journal: " + e.getMessage(), null, e);
        }
    }

    private WriteJournal.Entry entryToUndo(Object changeId) {
        List<WriteJournal.Entry> all = entries();
        if (changeId != null) {
            if (!(changeId instanceof Number n) || n.longValue() < 1) {
                throw new CliException.Usage("undo.change_id must be a change number from list_changes");
            }
            long id = n.longValue();
            WriteJournal.Entry e =
                    all.stream().filter(x -> x.id() == id).findFirst().orElse(null);
            if (e == null) {
                throw new CliException.Usage(
                        "there is no change #" + id + " in this account's journal", "list_changes shows them");
            }
            if (e.undoneAt() != null) {
                throw new CliException.Usage("change #" + id + " (" + e.summary() + ") was already undone");
            }
            if (!Undoer.reversible(e)) {
                throw new CliException.Usage(
                        "change #" + id + " (" + e.summary() + ") cannot be undone: " + describe(e));
            }
            return e;
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            WriteJournal.Entry e = all.get(i);
            if (e.undoneAt() == null && Undoer.reversible(e)) {
                return e;
            }
        }
        throw new CliException.Usage("nothing to undo: fb has made no change here that can still be undone");
    }

    private Answer undo(Map<String, Object> args, Confirmer confirmer) {
        for (String k : args.keySet()) {
            if (!k.equals("change_id")) {
                throw new CliException.Usage("undo has no argument '" + k + "'", "give change_id, or plan_id alone");
            }
        }
        WriteJournal.Entry e = entryToUndo(args.get("change_id"));
        Undoer undoer = new Undoer(session.account());
        Undoer.Reversal r = undoer.plan(e);
        if (!r.anything()) {
            if (r.blocked()) {
                throw new CliException.Usage(
                        "change #" + e.id() + " cannot be undone now: " + String.join("; ", r.cannot()));
            }
            markUndone(e);
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("status", "done");
            st.put("change_id", e.id());
            st.put("undone", List.of());
            return new Answer("Nothing is left to undo: change #" + e.id() + " is marked undone.", st, false);
        }
        Preview pv = preview(() -> {
            r.steps().forEach(step -> step.action().get());
            return null;
        });
        Plan shown = undoPlan(e, r);
        PlanStore.Stored s =
                plans.add(ToolCatalog.UNDO, Map.of("change_id", e.id()), e.id(), undoFingerprint(r), r.typeToConfirm());
        return offer(s, shown, pv, confirmer);
    }

    private static Plan undoPlan(WriteJournal.Entry e, Undoer.Reversal r) {
        List<String> details = new ArrayList<>();
        r.steps().forEach(s -> details.add(s.describe()));
        r.cannot().forEach(c -> details.add("not undone: " + c));
        return new Plan(
                "Undo change #" + e.id() + ": " + e.summary(),
                details,
                r.warnings(),
                "fb undo " + e.id(),
                r.typeToConfirm(),
                () -> null);
    }

    private static String undoFingerprint(Undoer.Reversal r) {
        StringBuilder sb = new StringBuilder();
        r.steps().forEach(s -> sb.append(s.describe()).append('\n'));
        return sb.toString();
    }

    private Answer undoNow(PlanStore.Stored s, long change) {
        WriteJournal.Entry e = entryToUndo(change);
        Undoer undoer = new Undoer(session.account());
        Undoer.Reversal r = undoer.plan(e);
        if (!undoFingerprint(r).equals(s.fingerprint)) {
            s.state = PlanStore.State.CANCELLED;
            throw new CliException.Usage(
                    "the records changed since plan " + s.id + " was made: nothing was undone",
                    "call undo again for a fresh plan");
        }
        List<String> done = undoer.apply(r);
        markUndone(e);
        session.resetNames();
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("status", "done");
        st.put("change_id", e.id());
        st.put("undone", done);
        st.put("not_undone", r.cannot());
        StringBuilder text = new StringBuilder("✓ Undid change #" + e.id() + ": " + String.join("; ", done));
        r.cannot().forEach(c -> text.append("\n  not undone: ").append(c));
        Answer a = new Answer(text.toString(), st, false);
        plans.applied(s, a);
        return a;
    }

    private void markUndone(WriteJournal.Entry e) {
        try {
            session.journal().markUndone(e.id());
        } catch (IOException ex) {
            throw new CliException.Failure(
                    "the change was undone, but the journal could not be updated: " + ex.getMessage(), null, ex);
        }
    }

    // ------------------------------------------------------------------ previews and answers

    /** The requests a plan would send, first one exact (later ones depend on its answer). */
    record Preview(List<Map<String, Object>> requests, String fingerprint) {}

    /**
     * Runs {@code action} with every write refused just before it is sent (reads go out): the first
     * write is the plan's exact request. Nothing is written.
     */
    private Preview preview(Supplier<?> action) {
        List<ApiRequest> seen = new ArrayList<>();
        session.account().beforeEachWrite(r -> {
            seen.add(r);
            throw new DryRunException(r);
        });
        try {
            action.get();
        } catch (DryRunException e) {
            // the first write, refused: what we came for
        } catch (CliException e) {
            if (seen.isEmpty()) {
                throw e;
            }
        } finally {
            session.account().beforeEachWrite(null);
        }
        List<Map<String, Object>> requests = new ArrayList<>();
        StringBuilder fp = new StringBuilder();
        for (ApiRequest r : seen.subList(0, Math.min(1, seen.size()))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("method", r.method().toString());
            m.put("path", r.pathAndQuery());
            String json = r.bodyJson();
            JsonNode body = null;
            if (json != null && !json.isEmpty()) {
                try {
                    body = Json.MAPPER.readTree(json);
                    m.put("body", Json.MAPPER.convertValue(body, Object.class));
                } catch (IOException e) {
                    m.put("body", json);
                }
            }
            requests.add(m);
            fp.append(r.method()).append(' ').append(r.pathAndQuery()).append(' ');
            fp.append(body == null ? String.valueOf(json) : stable(body));
        }
        return new Preview(requests, fp.toString());
    }

    /** The body without the values that follow the clock rather than the request (a timer's start, its length). */
    private static String stable(JsonNode body) {
        JsonNode copy = body.deepCopy();
        mask(copy);
        return copy.toString();
    }

    private static void mask(JsonNode n) {
        if (n instanceof ObjectNode o) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (k.equals("started_at") || k.equals("duration") || k.endsWith("_at")) {
                    o.put(k, "*");
                } else {
                    mask(o.get(k));
                }
            }
        } else if (n instanceof ArrayNode a) {
            a.forEach(FbTools::mask);
        }
    }

    private String card(PlanStore.Stored s, Plan plan, Preview pv, boolean withConfirmHint) {
        StringBuilder sb = new StringBuilder();
        sb.append(plan.summary()).append('\n');
        plan.details().forEach(d -> sb.append("  ").append(d).append('\n'));
        plan.warnings().forEach(w -> sb.append("  warning: ").append(w).append('\n'));
        for (Map<String, Object> r : pv.requests()) {
            sb.append("  request: ").append(r.get("method")).append(' ').append(r.get("path"));
            if (r.get("body") != null) {
                JsonNode body = Json.MAPPER.valueToTree(r.get("body"));
                sb.append(' ').append(body.toString());
            }
            sb.append('\n');
        }
        if (plan.command() != null) {
            sb.append("  = ").append(plan.command()).append('\n');
        }
        if (plan.typeToConfirm() != null) {
            sb.append("  To go ahead, the user types the invoice number ")
                    .append(plan.typeToConfirm())
                    .append(".\n");
        }
        if (withConfirmHint) {
            sb.append("Nothing has been written. To do it, call ")
                    .append(s.tool)
                    .append(" with {\"plan_id\": \"")
                    .append(s.id)
                    .append('"')
                    .append(plan.typeToConfirm() != null ? ", \"confirm_invoice_number\": <as the user types it>" : "")
                    .append("} (plan ")
                    .append(s.id)
                    .append(", valid ")
                    .append(PlanStore.TTL.toMinutes())
                    .append(" minutes).\n");
        }
        return sb.toString();
    }

    private Answer planAnswer(PlanStore.Stored s, Plan plan, Preview pv) {
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("status", "plan");
        st.put("plan_id", s.id);
        st.put("tool", s.tool);
        st.put("summary", plan.summary());
        st.put("details", plan.details());
        st.put("warnings", plan.warnings());
        st.put("requests", pv.requests());
        st.put("command", plan.command());
        Map<String, Object> confirmWith = new LinkedHashMap<>();
        confirmWith.put(ToolCatalog.PLAN_ID, s.id);
        if (plan.typeToConfirm() != null) {
            confirmWith.put(ToolCatalog.CONFIRM_INVOICE_NUMBER, "<the invoice number, as the user types it>");
            st.put("needs_invoice_number", true);
        }
        st.put("confirm_with", Map.of("tool", s.tool, "arguments", confirmWith));
        st.put("expires_at", s.expires.toString());
        st.put("written", false);
        return new Answer(card(s, plan, pv, true), st, false);
    }

    private Answer doneAnswer(PlanStore.Stored s, Applied a, long change, Object unused) {
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("status", "done");
        st.put("plan_id", s.id);
        st.put("change_id", change);
        st.put("message", a.message());
        st.put("kind", a.kind());
        st.put("id", a.id());
        st.put("link", a.link());
        st.put("record", a.json() == null ? null : Json.MAPPER.convertValue(a.json(), Object.class));
        StringBuilder text = new StringBuilder(render(c -> Renderer.applied(c, a), false));
        text.append("Change #")
                .append(change)
                .append(" in fb's journal: undo with {\"change_id\": ")
                .append(change)
                .append("}.\n");
        if (a.next() != null) {
            Plan next = a.next();
            Preview pv = preview(next.action());
            PlanStore.Stored ns = plans.add(s.tool, Map.of(), next, pv.fingerprint(), next.typeToConfirm());
            Answer na = planAnswer(ns, next, pv);
            st.put("next_plan", na.structured());
            text.append("\nNext step, a separate plan:\n").append(na.text());
        }
        return new Answer(text.toString(), st, false);
    }

    private Answer error(CliException e) {
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("status", "error");
        st.put("error", e.getMessage());
        if (e.hint() != null) {
            st.put("hint", e.hint());
        }
        st.put("exit_code", e.exitCode().code());
        return new Answer("error: " + e.getMessage() + (e.hint() == null ? "" : "\nhint: " + e.hint()), st, true);
    }

    /** A resource's JSON: the account's names of one kind, fresh from FreshBooks. */
    String resource(AccountResources.Listing l) {
        lock.lock();
        try {
            return Json.MAPPER
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(AccountResources.read(session.names(), l));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (CliException e) {
            throw new IllegalStateException(e.getMessage() + (e.hint() == null ? "" : " (" + e.hint() + ")"));
        } catch (FreshBooksException e) {
            throw new IllegalStateException(dev.fbcli.cli.ApiErrors.translate(e).getMessage());
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------ helpers

    private LocalDate today() {
        return LocalDate.now(ctx.clock().withZone(session.zone()));
    }

    private static Map<String, Object> withoutOwn(Map<String, Object> args) {
        Map<String, Object> m = new LinkedHashMap<>(args);
        m.keySet().removeAll(OWN);
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }

    private static String abbreviate(String s) {
        String t = s.strip().replaceAll("\\p{Cntrl}", " ");
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }

    /** What {@link Renderer} prints for a person, captured (no colour, no terminal). */
    private String render(java.util.function.Consumer<AppContext> r, boolean json) {
        StringWriter out = new StringWriter();
        AppContext c = new AppContext(
                ctx.env(),
                new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true),
                false,
                ctx.clock());
        c.options().json = json;
        r.accept(c);
        return out.toString();
    }
}
