package dev.fbcli.cli.batch;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.NameResolver;
import dev.fbcli.cli.resolve.Resolution;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.NameRef;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The first phase of a batch: every line is checked (planned, never applied) before anything is
 * written. A line done in an earlier run, or sent in an interrupted one, is passed over; a line that
 * depends on what an earlier line of the file does is checked when it runs (see {@link #dependsOn});
 * any other problem stops the batch before it starts, and a failure that may pass on its own (the
 * network, 429, 5xx, an error inside a 200) stops the check after the retries.
 */
final class BatchChecker {
    /** A line as checked: its plan or read ({@code prepared}; null when the journal knows it), or why it waits. */
    record Checked(BatchFile.Line line, LineCheck.Prepared prepared, String deferredBecause) {}

    /**
     * What the check found: every line, the problems (each a message and its hint), the line whose
     * check could not finish ({@code stop}, or null), how many lines will run, and how many write.
     */
    record Outcome(List<Checked> lines, List<String> problems, String stop, int toRun, int writes) {}

    /** What earlier lines of the file make happen: the names they create, and whether they start or stop a timer. */
    private static final class Earlier {
        final Map<String, Integer> names = new LinkedHashMap<>();
        Integer timerStarted;
        Integer timerStopped;
        Integer invoiceCreated;
        Integer estimateCreated;
    }

    private final BatchJournal journal;
    private final Function<String, LineCheck.Prepared> prepare;

    /** {@code prepare} plans one line (again, when FreshBooks or the network fails for a moment). */
    BatchChecker(BatchJournal journal, Function<String, LineCheck.Prepared> prepare) {
        this.journal = journal;
        this.prepare = prepare;
    }

    Outcome check(List<BatchFile.Line> lines, Progress progress) {
        List<String> problems = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        Earlier earlier = new Earlier();
        int toRun = 0;
        int writes = 0;
        for (int i = 0; i < lines.size(); i++) {
            BatchFile.Line line = lines.get(i);
            progress.update(i, line.number());
            if (journal.done(line.key()).isPresent()
                    || !journal.pending(line.key()).isEmpty()) {
                checked.add(new Checked(line, null, null));
                continue;
            }
            toRun++;
            LineCheck.Prepared p = prepare.apply(line.text());
            if (!p.ok()) {
                String after = p.problem() instanceof CliException.Usage ? dependsOn(p.intent(), earlier, true) : null;
                if (after != null) {
                    checked.add(new Checked(line, p, after));
                    remember(p.intent(), line, earlier);
                    writes++;
                    continue;
                }
                problems.add("line " + line.number() + ": " + p.problem().getMessage()
                        + (p.problem().hint() == null
                                ? ""
                                : "\n  " + p.problem().hint()));
                if (LineCheck.passing(p.problem()) && !answeredWithError(p.problem())) {
                    String stop = "could not check line " + line.number() + " (FreshBooks or the network failed)";
                    return new Outcome(checked, problems, stop, toRun, writes);
                }
                continue;
            }
            if (p.plan() != null) {
                writes++;
                String after = dependsOn(p.intent(), earlier, false);
                if (after != null) {
                    // it names exactly what an earlier line creates: resolved now, it could find another record
                    checked.add(new Checked(line, p, after));
                    remember(p.intent(), line, earlier);
                    continue;
                }
            }
            remember(p.intent(), line, earlier);
            checked.add(new Checked(line, p, null));
        }
        return new Outcome(checked, problems, null, toRun, writes);
    }

    /**
     * An error FreshBooks answered inside an HTTP 200 that is still there after the retries: not the
     * network, but the answer for this line (a feature or permission the account lacks).
     */
    private static boolean answeredWithError(CliException e) {
        return e instanceof CliException.Api a && a.status() >= 200 && a.status() < 300;
    }

    /** What a line makes happen that later lines may depend on. */
    private static void remember(Intent intent, BatchFile.Line line, Earlier earlier) {
        if (intent instanceof Intent.CreateClient c) {
            if (c.organization() != null) {
                earlier.names.putIfAbsent(c.organization(), line.number());
            }
            String person = ((c.firstName() == null ? "" : c.firstName()) + " "
                            + (c.lastName() == null ? "" : c.lastName()))
                    .strip();
            if (!person.isEmpty()) {
                earlier.names.putIfAbsent(person, line.number());
            }
        } else if (intent instanceof Intent.CreateProject p) {
            earlier.names.putIfAbsent(p.title(), line.number());
        } else if (intent instanceof Intent.StartTimer) {
            earlier.timerStarted = line.number();
        } else if (intent instanceof Intent.StopTimer) {
            earlier.timerStopped = line.number();
        } else if (intent instanceof Intent.CreateInvoice) {
            earlier.invoiceCreated = line.number();
        } else if (intent instanceof Intent.CreateEstimate) {
            earlier.estimateCreated = line.number();
        }
    }

    /**
     * Why a line ({@code intent}, null when not even that could be read) can only be checked when
     * it runs, or null. A line that {@code fails} now waits when a name it says fits a client or
     * project an earlier line creates (also by a shorter form: "Foo" for "Foo Industries"), when it
     * stops a timer an earlier line starts (or starts one after an earlier line stops the running
     * one), or when it pays or sends an invoice after an earlier line creates one. A line that
     * passes waits only when it names exactly what an earlier line creates.
     */
    private static String dependsOn(Intent intent, Earlier earlier, boolean fails) {
        if (intent == null) {
            return null;
        }
        List<Candidate> made = new ArrayList<>();
        earlier.names.forEach((name, line) -> made.add(Candidate.of(String.valueOf(line), name)));
        for (String said : saidNames(intent)) {
            if (made.isEmpty()) {
                break;
            }
            Resolution r = NameResolver.resolve(said, made);
            if (r instanceof Resolution.Match m && (fails || m.how().compareTo(Resolution.How.CASE_INSENSITIVE) <= 0)) {
                return "it names '" + said + "', which line " + m.candidate().id() + " creates ("
                        + m.candidate().name() + ")";
            }
            if (fails && r instanceof Resolution.Ambiguous a) {
                return "it names '" + said + "', which lines "
                        + a.candidates().get(0).id() + " and "
                        + a.candidates().get(1).id() + " create";
            }
        }
        if (!fails) {
            return null;
        }
        if (intent instanceof Intent.StopTimer && earlier.timerStarted != null) {
            return "line " + earlier.timerStarted + " starts the timer it stops";
        }
        if (intent instanceof Intent.StartTimer && earlier.timerStopped != null) {
            return "line " + earlier.timerStopped + " stops the timer running now";
        }
        if ((intent instanceof Intent.RecordPayment || intent instanceof Intent.SendInvoice)
                && earlier.invoiceCreated != null) {
            return "line " + earlier.invoiceCreated + " creates an invoice it may be about";
        }
        if ((intent instanceof Intent.SendEstimate
                        || intent instanceof Intent.AcceptEstimate
                        || intent instanceof Intent.ConvertEstimate
                        || intent instanceof Intent.ShowEstimate)
                && earlier.estimateCreated != null) {
            return "line " + earlier.estimateCreated + " creates an estimate it may be about";
        }
        return null;
    }

    /**
     * The names a line says, whatever its intent: every {@link NameRef}, and every text of its record
     * (and of the records inside it) in a component whose name says it is a client or project.
     */
    static List<String> saidNames(Object intent) {
        List<String> out = new ArrayList<>();
        collect(intent, out, 0);
        return out;
    }

    private static void collect(Object o, List<String> out, int depth) {
        if (o == null || depth > 3 || !o.getClass().isRecord()) {
            return;
        }
        for (RecordComponent c : o.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(o);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (v instanceof NameRef n) {
                out.add(n.name());
            } else if (v instanceof String s && namesARecord(c.getName())) {
                out.add(s);
            } else if (v != null && v.getClass().isRecord()) {
                collect(v, out, depth + 1);
            }
        }
    }

    private static boolean namesARecord(String component) {
        String n = component.toLowerCase(Locale.ROOT);
        return n.equals("client") || n.equals("project") || n.equals("target") || n.equals("on");
    }
}
