package dev.fbcli.cli.batch;

import dev.fbcli.cli.CliException;
import dev.fbcli.nlp.intent.Intent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The first phase of a batch: every line is checked (planned, never applied) before anything is
 * written. A line done in an earlier run, or sent in an interrupted one, is passed over; a line that
 * names what an earlier line creates is checked when it runs; any other problem stops the batch
 * before it starts, and a failure that may pass on its own (the network, 429, 5xx) stops the check.
 */
final class BatchChecker {
    /** A line as checked: its plan or read ({@code prepared}; null when the journal knows it), or why it waits. */
    record Checked(BatchFile.Line line, LineCheck.Prepared prepared, String deferredBecause) {}

    /**
     * What the check found: every line, the problems (each a message and its hint), the line whose
     * check could not finish ({@code stop}, or null), how many lines will run, and how many write.
     */
    record Outcome(List<Checked> lines, List<String> problems, String stop, int toRun, int writes) {}

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
        Map<String, Integer> created = new LinkedHashMap<>();
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
                String after = createdEarlier(line, created);
                if (after != null && p.problem() instanceof CliException.Usage) {
                    checked.add(new Checked(line, p, after));
                    writes++;
                    continue;
                }
                problems.add("line " + line.number() + ": " + p.problem().getMessage()
                        + (p.problem().hint() == null
                                ? ""
                                : "\n  " + p.problem().hint()));
                if (LineCheck.passing(p.problem())) {
                    String stop = "could not check line " + line.number() + " (FreshBooks or the network failed)";
                    return new Outcome(checked, problems, stop, toRun, writes);
                }
                continue;
            }
            if (p.plan() != null) {
                writes++;
            }
            remember(p.intent(), line, created);
            checked.add(new Checked(line, p, null));
        }
        return new Outcome(checked, problems, null, toRun, writes);
    }

    /** The names a line creates (a client, a project), which later lines may use before they exist. */
    private static void remember(Intent intent, BatchFile.Line line, Map<String, Integer> created) {
        if (intent instanceof Intent.CreateClient c) {
            if (c.organization() != null) {
                created.putIfAbsent(c.organization(), line.number());
            }
            String person = ((c.firstName() == null ? "" : c.firstName()) + " "
                            + (c.lastName() == null ? "" : c.lastName()))
                    .strip();
            if (!person.isEmpty()) {
                created.putIfAbsent(person, line.number());
            }
        } else if (intent instanceof Intent.CreateProject p) {
            created.putIfAbsent(p.title(), line.number());
        }
    }

    /** Why a line that names something an earlier line creates can only be checked when it runs, or null. */
    private static String createdEarlier(BatchFile.Line line, Map<String, Integer> created) {
        String text = line.text().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Integer> e : created.entrySet()) {
            if (text.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                return "it names '" + e.getKey() + "', which line " + e.getValue() + " creates";
            }
        }
        return null;
    }
}
