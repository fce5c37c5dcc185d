package dev.fbcli.cli.once;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.ApiErrors;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.session.Session;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.cli.undo.WriteJournal;
import dev.fbcli.freshbooks.FreshBooksException;
import dev.fbcli.freshbooks.OutcomeUnknownException;
import dev.fbcli.freshbooks.RateLimitedException;
import dev.fbcli.nlp.intent.Intent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every write, exactly once: the one way a {@link Plan} is applied by one-shot commands, the shell
 * and the MCP server (batch files use the same {@link Findable}s and {@link RecordFinder} with their
 * own per-line journal).
 *
 * <ol>
 *   <li>Before anything is sent, an attempt is written to the undo journal and forced to disk (the
 *       write's fingerprint, its summary, command and {@link Findable}). A journal that cannot be
 *       written stops the write: nothing is sent.
 *   <li>The plan's action runs. Its record goes into the undo journal (with what identifies it, so
 *       that undo never touches another record), which closes the attempt.
 *   <li>When FreshBooks' answer is lost ({@link OutcomeUnknownException}), the record is looked for
 *       at once and, when it is not there, once more a moment later (a request that timed out may
 *       still land): found, it is adopted (journaled, reported as done); not there either time, the
 *       write is sent again (a few times); fb cannot tell, the attempt stays open and fb says so.
 *   <li>The next run of the same write ({@link #resume}: same fingerprint, within a day) finds the
 *       open attempt and looks for its record before anything else: found, it is adopted ("already
 *       done") and nothing is sent; not there, the attempt is closed and the write goes ahead once.
 * </ol>
 */
public final class Writes {
    /** An open attempt older than this is not the same write any more. */
    public static final Duration SAME_WRITE = Duration.ofHours(24);
    /** How often a write whose answer was lost, and whose record is then not found, is sent. */
    static final int WRITE_ATTEMPTS = 4;
    /** How often a search is tried when FreshBooks or the network fails for a moment. */
    static final int READ_ATTEMPTS = 4;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d HH:mm", Locale.ENGLISH);

    private final Session session;
    private final Pauser pauser;

    /** How to wait between attempts (tests may not wait). */
    @FunctionalInterface
    public interface Pauser {
        void pause(int attempt);

        Pauser BACKOFF = attempt -> {
            try {
                Thread.sleep(Math.min(2000, 150L << Math.min(attempt, 8)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    public Writes(Session session) {
        this(session, Pauser.BACKOFF);
    }

    public Writes(Session session, Pauser pauser) {
        this.session = session;
        this.pauser = pauser;
    }

    // ------------------------------------------------------------------ fingerprints

    /** The fingerprint of the write an intent asks for, in this account: the same command gives the same one. */
    public String fingerprint(Intent intent) {
        return sha256("intent\n" + journal().account() + "\n" + intent);
    }

    /** The fingerprint of a plan made without an intent: its findable's kind and fields, else its command. */
    public String fingerprint(Plan plan) {
        Findable f = plan.findable();
        String what = f != null
                ? "find\n" + f.kind() + "\n" + f.fieldsJson()
                : "plan\n" + plan.command() + "\n" + plan.summary();
        return sha256(journal().account() + "\n" + what);
    }

    // ------------------------------------------------------------------ the next run

    /**
     * What an earlier run of the write {@code fingerprint} left open, if anything: {@code adopted}
     * is its record, found and now journaled (nothing is to be sent); otherwise the write goes ahead,
     * with {@code warning} (or null) for the plan card. Throws when the record cannot be looked for
     * now (nothing is sent).
     */
    public record Earlier(Applied adopted, String warning, long change) {
        public Earlier(Applied adopted, String warning) {
            this(adopted, warning, -1);
        }
    }

    /** A write carried out (or found done): what it did and its number in the undo journal. */
    public record Done(Applied applied, long change) {}

    public Earlier resume(String fingerprint) {
        WriteJournal j = journal();
        WriteJournal.Attempt a;
        try {
            a = j.pending(fingerprint, SAME_WRITE).orElse(null);
        } catch (IOException e) {
            throw new CliException.Failure("cannot read the undo journal: " + e.getMessage(), "it is " + j.file(), e);
        }
        if (a == null) {
            return new Earlier(null, null);
        }
        String when = when(a.at());
        if (a.find() == null) {
            return new Earlier(
                    null,
                    "an earlier run sent this at " + when
                            + " and got no answer; fb has no way to look for this kind of change, so check"
                            + " FreshBooks: it may be done already");
        }
        RecordFinder.Verdict v = look(a.find(), a.at());
        if (v.status() == RecordFinder.Status.APPLIED) {
            String message = "Already done: " + a.summary() + " (" + v.kind().replace('_', ' ') + " " + v.id()
                    + "); an earlier run sent it at " + when + " and its answer was lost";
            Done d = adopt(a, a.find(), a.summary(), v, message);
            return new Earlier(d.applied(), null, d.change());
        }
        if (v.status() == RecordFinder.Status.UNKNOWN) {
            throw new CliException.Network(
                    "an earlier run sent this at " + when + " and got no answer, and fb cannot check now whether"
                            + " it was done (" + v.why() + "): nothing was sent",
                    "run the same command again when FreshBooks answers: fb looks for it before sending it",
                    null);
        }
        j.settle(a, "not_applied");
        return new Earlier(null, null);
    }

    // ------------------------------------------------------------------ this run

    /**
     * Applies {@code plan} once (see the class comment) and journals it; returns what it did. Every
     * failure is a {@link CliException} that says whether anything was changed.
     */
    public Applied apply(Plan plan, String fingerprint) {
        return applyRecorded(plan, fingerprint).applied();
    }

    /** {@link #apply}, with the number the undo journal gave the change. */
    public Done applyRecorded(Plan plan, String fingerprint) {
        WriteJournal j = journal();
        Findable f = plan.findable();
        WriteJournal.Attempt a = j.begin(fingerprint, plan.summary(), plan.command(), f);
        for (int attempt = 1; ; attempt++) {
            Applied done;
            try {
                done = plan.action().get();
            } catch (OutcomeUnknownException u) {
                if (f == null) {
                    throw new CliException.Network(
                            "FreshBooks did not answer (" + u.getMessage() + "); the change may or may not be done",
                            "fb has no way to look for this kind of change: check FreshBooks before running it again",
                            u);
                }
                RecordFinder.Verdict v = look(f, a.at());
                if (v.status() == RecordFinder.Status.NOT_APPLIED) {
                    // a request that timed out may still be on its way: look once more, a moment later
                    pauser.pause(attempt);
                    v = look(f, a.at());
                }
                if (v.status() == RecordFinder.Status.APPLIED) {
                    String message = plan.summary() + ": done (" + v.kind().replace('_', ' ') + " " + v.id()
                            + "); FreshBooks' answer was lost, and fb found the record"
                            + (followUp(plan) ? "; the next step was not done: run it on its own" : "");
                    return adopt(a, f, plan.summary(), v, message);
                }
                if (v.status() == RecordFinder.Status.UNKNOWN) {
                    throw new CliException.Network(
                            "FreshBooks did not answer, and fb cannot check whether the change was made (" + v.why()
                                    + ")",
                            "run the same command again: fb looks for it before sending it again",
                            u);
                }
                if (attempt >= WRITE_ATTEMPTS) {
                    j.settle(a, "not_applied");
                    throw new CliException.Network(
                            "FreshBooks did not answer " + attempt + " times, and the change is not there:"
                                    + " nothing was changed",
                            "try again later",
                            u);
                }
                continue; // not there, twice: send it again
            } catch (RateLimitedException r) {
                if (attempt >= WRITE_ATTEMPTS) {
                    j.settle(a, "failed");
                    throw ApiErrors.translate(r);
                }
                pauser.pause(attempt);
                continue; // refused, not applied: send it again
            } catch (FreshBooksException e) {
                j.settle(a, "failed");
                throw ApiErrors.translate(e);
            } catch (RuntimeException e) {
                j.settle(a, "failed");
                throw e;
            }
            long change = j.record(done, plan.summary(), a, check(f, done.json()));
            return new Done(done, change);
        }
    }

    private static boolean followUp(Plan plan) {
        return plan.details().stream().anyMatch(d -> d.startsWith("then"));
    }

    // ------------------------------------------------------------------ finding and adopting

    /** Looks for {@code f}'s record, again when FreshBooks or the network fails for a moment. */
    private RecordFinder.Verdict look(Findable f, Instant sentAt) {
        CliException last = null;
        for (int attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
            try {
                Set<String> claimed = journal().claimed();
                return new RecordFinder(account().client()).find(f, sentAt, claimed);
            } catch (FreshBooksException e) {
                last = ApiErrors.translate(e);
            } catch (CliException e) {
                last = e;
            } catch (IOException e) {
                return new RecordFinder.Verdict(
                        RecordFinder.Status.UNKNOWN, f.kind(), null, "the undo journal cannot be read: " + e);
            }
            if (!Failures.passing(last)) {
                break;
            }
            pauser.pause(attempt);
        }
        return new RecordFinder.Verdict(
                RecordFinder.Status.UNKNOWN, f.kind(), null, "could not look for it: " + last.getMessage());
    }

    /** Journals a record found instead of created, as the create would have. */
    private Done adopt(WriteJournal.Attempt a, Findable f, String summary, RecordFinder.Verdict v, String message) {
        String kind = v.kind();
        String id = v.id();
        JsonNode record = v.record() == null ? null : v.found();
        ObjectNode json = Results.json(kind, id, record);
        json.put("found", true);
        String label = f.label() == null ? "the " + kind.replace('_', ' ') + " " + id : f.label();
        Applied done = new Applied(
                message, kind, id, account().link(kind, id), json, List.of(new Undo.Delete(kind, id, label)));
        long change = journal().record(done, summary, a, check(f, json));
        return new Done(done, change);
    }

    /**
     * What a record must still have for undo to touch it: the scalar identifying fields and its
     * creation time, from the record FreshBooks returned ({@code json}, a {@link Results} document).
     */
    public static ObjectNode check(Findable f, JsonNode json) {
        ObjectNode c = Json.MAPPER.createObjectNode();
        if (f == null) {
            return c;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = f.fieldsJson().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isArray()) {
                c.set(e.getKey(), e.getValue());
            }
        }
        JsonNode created = json == null ? null : json.path("record").get("created_at");
        if (created != null && created.isTextual() && !created.asText().isEmpty()) {
            c.set("created_at", created);
        }
        return c;
    }

    private String when(Instant at) {
        ZoneId zone = session.zone();
        return WHEN.format(at.atZone(zone));
    }

    private WriteJournal journal() {
        return session.journal();
    }

    private Account account() {
        return session.account();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
