package dev.fbcli.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.cli.ApiErrors;
import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.GlobalOptions;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.once.Findable;
import dev.fbcli.cli.once.RecordFinder;
import dev.fbcli.cli.once.Writes;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.prompt.Prompter;
import dev.fbcli.cli.render.Renderer;
import dev.fbcli.cli.render.Safe;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.session.Session;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.cli.undo.WriteJournal;
import dev.fbcli.freshbooks.FreshBooksException;
import dev.fbcli.freshbooks.OutcomeUnknownException;
import dev.fbcli.nlp.intent.Intent;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a batch file: {@link BatchChecker} checks every line first (nothing is written while a single
 * problem remains), the batch is confirmed as a whole, then this class applies the lines in order
 * with {@code --yes} semantics, journaling each write before it is sent so that a run after a crash
 * skips what was done and, through {@link ResumeVerifier}, looks for what may have been.
 *
 * <p>It is the longest class of the batch package because running a line is one concern with
 * several outcomes: a read, a write (with its follow-up, such as the email of an invoice just
 * created), a write whose answer never came (looked for, then tried again or reported), a line
 * done in an earlier run. {@link BatchReport} prints what it decides.
 */
public final class BatchRunner {
    /** How often a line is prepared again when FreshBooks answers 429/5xx or the network fails. */
    static final int READ_ATTEMPTS = 5;
    /** How often a write whose outcome was unknown, and that was then not found, is tried again. */
    static final int WRITE_ATTEMPTS = 5;

    private final AppContext ctx;
    private final Session session;
    private final PrintWriter err;
    private final GlobalOptions base;
    private final BatchReport report;
    private LineCheck check;
    private BatchJournal journal;
    private String currentKey;
    /** An earlier line created a client or project that the cached names do not have yet. */
    private boolean namesStale;
    /**
     * A write was sent in this run: a read line's answer from the check may be out of date, so it
     * is read again. Before any write, the check's answer is the run's (read once, not twice).
     */
    private boolean wroteInThisRun;

    private int currentLine;
    /** How to find what the current step creates (its plan's findable), or null. */
    private Findable currentFind;

    /** What {@code fb batch} was asked to do besides the global options. */
    public record Options(boolean keepGoing, boolean retryUnverified) {}

    public BatchRunner(AppContext ctx) {
        this.ctx = ctx;
        this.session = ctx.session();
        this.err = ctx.err();
        this.base = ctx.options().copy();
        this.report = new BatchReport(ctx, base.json);
    }

    /**
     * Runs {@code content} (its lines), known to the journal as {@code source}; returns the exit
     * code: 0 all lines done, 1 a line failed, 2 problems found before anything was written.
     */
    public int run(String name, String source, String content, Options o) {
        List<BatchFile.Line> lines = BatchFile.parse(content);
        if (lines.isEmpty()) {
            err.println(Safe.text(name) + ": no lines to run (blank lines and # comments are skipped)");
            return 0;
        }
        boolean canAsk = ctx.canPrompt();
        Account account = session.account();
        String accountKey = account.isSandbox()
                ? "sandbox"
                : "profile:" + account.profile() + "/" + account.business().businessId();
        try {
            journal = BatchJournal.open(ctx.paths().state(), accountKey, source, ctx.clock());
        } catch (BatchJournal.BusyException e) {
            throw new CliException.Failure(e.getMessage(), "wait for it to finish, or stop it", null);
        } catch (IOException e) {
            throw new CliException.Failure(
                    "cannot open the batch journal: " + e.getMessage(),
                    "check that " + ctx.paths().state().resolve("batch") + " is writable",
                    e);
        }
        try {
            return runWithJournal(name, lines, o, canAsk, account);
        } finally {
            account.beforeEachWrite(null);
            restoreOptions();
            session.resetNames();
            try {
                journal.close();
            } catch (IOException e) {
                err.println("fb: could not close " + journal.file() + ": " + e.getMessage());
            }
        }
    }

    private int runWithJournal(String name, List<BatchFile.Line> lines, Options o, boolean canAsk, Account account) {
        lineOptions();
        session.resetNames(); // a batch never asks which one: an ambiguous name is a problem of its line
        check = new LineCheck(ctx);

        // 1. check every line
        Progress progress = new Progress(ctx, "checking", lines.size());
        BatchChecker.Outcome checked;
        account.readOnce(true); // nothing is written while checking: each read is made once
        try {
            checked = new BatchChecker(journal, this::prepare).check(lines, progress);
        } finally {
            account.readOnce(false);
        }
        progress.done();
        if (!checked.problems().isEmpty()) {
            report.problems(name, checked.problems(), checked.stop());
            return checked.stop() != null ? 1 : 2;
        }
        if (base.dryRun) {
            report.plans(checked.lines(), journal);
            return 0;
        }

        // 2. the batch is the confirmation
        int toRun = checked.toRun();
        int writes = checked.writes();
        int skip = lines.size() - toRun;
        String what = toRun + " line" + (toRun == 1 ? "" : "s") + " (" + writes + " change" + (writes == 1 ? "" : "s")
                + ")" + (skip == 0 ? "" : ", " + skip + " already done or to look for");
        if (!base.yes) {
            if (!canAsk) {
                throw new CliException.Usage(
                        "a batch changes your FreshBooks account: pass --yes to run its " + what,
                        "or --dry-run to see the plan of every line");
            }
            err.println(Safe.text(name) + ": " + what + " in "
                    + Safe.text(account.business().name()) + (account.isSandbox() ? " [sandbox]" : ""));
            if (session.prompter().confirm("Run the batch?", false) != Prompter.Answer.YES) {
                throw new CliException.Cancelled("cancelled: nothing was changed");
            }
        }

        // 3. run
        account.beforeEachWrite(request -> {
            try {
                journal.sent(currentKey, currentLine, request, currentFind);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // no journal, no write
            }
        });
        Instant start = Instant.now();
        List<LineResult> results = new ArrayList<>();
        progress = new Progress(ctx, "running", lines.size());
        boolean stopped = false;
        for (int i = 0; i < checked.lines().size(); i++) {
            BatchFile.Line line = checked.lines().get(i).line();
            progress.update(i, line.number());
            if (stopped) {
                results.add(LineResult.notRun(line));
                continue;
            }
            LineResult r;
            try {
                BatchChecker.Checked c = checked.lines().get(i);
                // a line that waited for an earlier one is planned again now that it ran
                r = runLine(line, c.deferredBecause() == null ? c.prepared() : null, o, progress);
            } catch (UncheckedIOException e) {
                progress.done();
                throw new CliException.Failure(
                        "the batch journal could not be written: "
                                + e.getCause().getMessage() + " (line " + line.number() + " was not sent)",
                        "check " + journal.file().getParent(),
                        e);
            }
            results.add(r);
            if (r.status() == LineStatus.FAILED) {
                try {
                    journal.failed(line.key(), line.number(), r.error());
                } catch (IOException e) {
                    // only informational
                }
                if (!o.keepGoing()) {
                    stopped = true;
                }
            }
        }
        progress.done();
        return report.summary(name, results, Duration.between(start, Instant.now()));
    }

    // ------------------------------------------------------------------ one line

    private LineResult runLine(BatchFile.Line line, LineCheck.Prepared checkedPlan, Options o, Progress progress) {
        String key = line.key();
        var done = journal.done(key);
        if (done.isPresent()) {
            BatchJournal.Done d = done.get();
            if (d.then() != null && journal.done(key + "/then").isEmpty()) {
                LineResult then = runStep(line, key + "/then", d.then(), null, o, progress);
                if (then.status() != LineStatus.DONE) {
                    return then;
                }
                return new LineResult(
                        line.number(),
                        line.text(),
                        LineStatus.DONE,
                        d.what() + "; then " + then.what(),
                        merge(d.records(), then.records()),
                        null,
                        null);
            }
            return new LineResult(
                    line.number(),
                    line.text(),
                    LineStatus.SKIPPED,
                    "done in an earlier run: " + d.what(),
                    d.records(),
                    null,
                    null);
        }
        return runStep(line, key, line.text(), reusable(checkedPlan, wroteInThisRun) ? checkedPlan : null, o, progress);
    }

    /**
     * Whether the plan made when the line was checked can be applied as it is: a create whose plan
     * holds nothing that an earlier line can change (resolved ids, the record to send). A payment
     * (the amount outstanding), an update (the values before), a send or a timer are planned again
     * when they run, after the lines before them. A read's answer is used as it is until the run
     * writes something (so a file of reads reads each once).
     */
    static boolean reusable(LineCheck.Prepared p, boolean wroteSinceTheCheck) {
        if (p != null && p.plan() == null && p.view() != null && p.ok()) {
            return !wroteSinceTheCheck; // a read: its answer stands until something is written
        }
        if (p == null || p.plan() == null) {
            return false;
        }
        Intent i = p.intent();
        return i instanceof Intent.LogTime
                || i instanceof Intent.CreateExpense
                || i instanceof Intent.CreateClient
                || i instanceof Intent.CreateProject
                || (i instanceof Intent.CreateInvoice c && !c.send());
    }

    /** Runs one step (a line, or the follow-up of a line) under journal key {@code key}. */
    private LineResult runStep(
            BatchFile.Line line, String key, String text, LineCheck.Prepared ready, Options o, Progress progress) {
        LineResult found = lookForEarlierAttempt(line, key, o);
        if (found != null) {
            return found;
        }
        for (int attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
            if (namesStale && (attempt > 1 || ready == null)) {
                refreshNames(); // it may name what an earlier line created: read the names again
            }
            LineCheck.Prepared p = attempt == 1 && ready != null ? ready : prepare(text);
            if (!p.ok()) {
                return LineResult.failed(line, p.problem());
            }
            if (p.view() != null) {
                JsonNode data = null;
                if (base.json) {
                    data = p.view().json();
                } else {
                    progress.clear();
                    Renderer.view(ctx, p.view());
                }
                String what = "read: "
                        + (p.view().command() == null ? line.text() : p.view().command());
                record(
                        key,
                        new BatchJournal.Done(
                                line.number(), what, "read", List.of(), List.of(), null, Instant.now(ctx.clock())));
                return new LineResult(line.number(), line.text(), LineStatus.DONE, what, List.of(), null, data);
            }
            Plan plan = p.plan();
            Applied applied;
            currentKey = key;
            currentLine = line.number();
            currentFind = plan.findable();
            wroteInThisRun = true; // sent, or perhaps sent: either way later reads are made again
            try {
                applied = plan.action().get();
            } catch (OutcomeUnknownException u) {
                RecordFinder.Verdict v = verify(key);
                if (v.status() == RecordFinder.Status.APPLIED) {
                    return recordFound(line, key, v, plan.summary());
                }
                if (v.status() == RecordFinder.Status.UNKNOWN && !o.retryUnverified()) {
                    return unverified(line, v);
                }
                pause(attempt - 1);
                continue; // not applied: prepare and try again
            } catch (FreshBooksException e) {
                return LineResult.failed(line, ApiErrors.translate(e));
            } catch (CliException e) {
                return LineResult.failed(line, e);
            }
            long wid = undoJournal(key, applied, plan.summary(), Writes.check(plan.findable(), applied.json()));
            List<String> records = applied.id() == null ? List.of() : List.of(applied.kind() + ":" + applied.id());
            String then = applied.next() == null ? null : applied.next().command();
            record(
                    key,
                    new BatchJournal.Done(
                            line.number(),
                            applied.message(),
                            "applied",
                            records,
                            wid < 0 ? List.of() : List.of(wid),
                            then,
                            Instant.now(ctx.clock())));
            if (p.intent() instanceof Intent.CreateClient || p.intent() instanceof Intent.CreateProject) {
                namesStale = true; // later lines may name it
            }
            if (then != null) {
                LineResult next = runStep(line, key + "/then", then, null, o, progress);
                if (next.status() != LineStatus.DONE) {
                    return next;
                }
                return new LineResult(
                        line.number(),
                        line.text(),
                        LineStatus.DONE,
                        applied.message() + "; then " + next.what(),
                        merge(records, next.records()),
                        null,
                        null);
            }
            return new LineResult(line.number(), line.text(), LineStatus.DONE, applied.message(), records, null, null);
        }
        return LineResult.failed(
                line,
                new CliException.Network(
                        "FreshBooks did not answer " + WRITE_ATTEMPTS + " times, and the change is not there",
                        "run the batch again later: done lines are skipped",
                        null));
    }

    /** Reads the account's names again (an earlier line made a client or project). */
    private void refreshNames() {
        namesStale = false;
        session.resetNames();
        try {
            session.names().refresh();
        } catch (CliException | FreshBooksException e) {
            // the line's own resolution will read them again on a miss
        }
    }

    /** A step that was sent in an earlier run (or attempt) but not recorded done: is it in FreshBooks? */
    private LineResult lookForEarlierAttempt(BatchFile.Line line, String key, Options o) {
        if (journal.pending(key).isEmpty()) {
            return null;
        }
        RecordFinder.Verdict v = verify(key);
        if (v.status() == RecordFinder.Status.APPLIED) {
            return recordFound(line, key, v, "line " + line.number());
        }
        if (v.status() == RecordFinder.Status.UNKNOWN && !o.retryUnverified()) {
            return unverified(line, v);
        }
        return null;
    }

    /** The resume decision for the writes of {@code key} that have no "done" ({@link ResumeVerifier}). */
    private RecordFinder.Verdict verify(String key) {
        Set<String> claimed = new java.util.LinkedHashSet<>(journal.claimed());
        try {
            // the step's own undo entry (written before its "done", so a kill can fall between the
            // two) names the record it is looking for: that one is not another write's
            claimed.addAll(session.journal().claimedExcept(journal.origin(key)));
        } catch (IOException e) {
            // the batch journal's own records are enough to tell its lines apart
        }
        RecordFinder finder = new RecordFinder(session.account().client());
        return ResumeVerifier.decide(journal.pending(key), s -> checkWithRetries(finder, s, claimed));
    }

    private RecordFinder.Verdict checkWithRetries(RecordFinder finder, BatchJournal.Sent s, Set<String> claimed) {
        CliException lastError = null;
        for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
            try {
                return finder.check(s.method(), s.path(), s.body(), s.at(), s.find(), claimed);
            } catch (FreshBooksException e) {
                lastError = ApiErrors.translate(e);
                if (!LineCheck.passing(lastError)) {
                    break;
                }
                pause(attempt);
            }
        }
        return new RecordFinder.Verdict(
                RecordFinder.Status.UNKNOWN,
                null,
                null,
                "could not look for it: " + (lastError == null ? "no answer" : lastError.getMessage()));
    }

    private LineResult recordFound(BatchFile.Line line, String key, RecordFinder.Verdict v, String summary) {
        List<String> records = v.record() == null ? List.of() : List.of(v.record());
        long wid = -1;
        if (v.id() != null && v.kind() != null) {
            String label = v.kind().replace('_', ' ') + " " + v.id();
            Findable find = createdBy(key);
            List<Undo> undo = isCreate(key)
                    ? List.of(new Undo.Delete(
                            v.kind(), v.id(), find != null && find.label() != null ? find.label() : "the " + label))
                    : List.of(new Undo.Irreversible(
                            "the values before line " + line.number() + " were lost when the batch was interrupted"));
            JsonNode json = v.found() == null ? null : Results.json(v.kind(), v.id(), v.found());
            long recorded = undoEntryOf(key, v.record());
            wid = recorded >= 0
                    ? recorded // an earlier run recorded it, then was stopped before the step was done
                    : undoJournal(
                            key,
                            new Applied(
                                    summary, v.kind(), v.id(), session.account().link(v.kind(), v.id()), json, undo),
                            summary,
                            Writes.check(find, json));
        }
        String what = "found in FreshBooks after an interrupted attempt: " + v.why();
        record(
                key,
                new BatchJournal.Done(
                        line.number(),
                        what,
                        "found",
                        records,
                        wid < 0 ? List.of() : List.of(wid),
                        null,
                        Instant.now(ctx.clock())));
        return new LineResult(line.number(), line.text(), LineStatus.DONE, what, records, null, null);
    }

    private boolean isCreate(String key) {
        return journal.pending(key).stream().anyMatch(s -> s.method().equals("POST"));
    }

    /** The findable of the create a pending step sent, or null. */
    private Findable createdBy(String key) {
        for (BatchJournal.Sent s : journal.pending(key)) {
            if (s.find() != null) {
                return s.find();
            }
        }
        return null;
    }

    private LineResult unverified(BatchFile.Line line, RecordFinder.Verdict v) {
        return LineResult.failed(
                line,
                new CliException.Failure(
                        "line " + line.number() + " may have been applied in an earlier attempt, and fb cannot check: "
                                + v.why(),
                        "look in FreshBooks; to do the line again anyway, run the batch with --retry-unverified",
                        null));
    }

    private long undoJournal(String key, Applied applied, String summary, JsonNode check) {
        try {
            return session.journal().record(applied, summary, null, check, journal.origin(key));
        } catch (CliException e) {
            err.println("fb: " + e.getMessage());
            return -1;
        }
    }

    /** The id of the undo entry step {@code key} already made for {@code record}, or -1. */
    private long undoEntryOf(String key, String record) {
        try {
            return session.journal()
                    .madeBy(journal.origin(key), record)
                    .map(WriteJournal.Entry::id)
                    .orElse(-1L);
        } catch (IOException | CliException e) {
            return -1;
        }
    }

    private void record(String key, BatchJournal.Done d) {
        try {
            journal.done(key, d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prepares a line, again when FreshBooks or the network fails for a moment (preparing only reads). */
    private LineCheck.Prepared prepare(String text) {
        LineCheck.Prepared p = null;
        for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
            lineOptions();
            p = check.prepare(text);
            if (p.ok() || !LineCheck.passing(p.problem())) {
                return p;
            }
            pause(attempt);
        }
        return p;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(3000, 200L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> merge(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    // ------------------------------------------------------------------ options

    /** Each line runs with the batch's options, never asking (a batch has no one to ask). */
    private void lineOptions() {
        GlobalOptions o = base.copy();
        o.yes = true;
        o.noInput = true;
        ctx.useOptions(o);
    }

    private void restoreOptions() {
        GlobalOptions o = base.copy();
        ctx.useOptions(o);
    }
}
