package dev.fbcli.cli.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The resume decision: whether a step that was sent in an interrupted run (or attempt) but never
 * recorded done is in FreshBooks. A pure function of the journal's pending requests of the step
 * and of what the account holds ({@code lookup}, a {@link RecordFinder} in a real run):
 *
 * <ul>
 *   <li>a create (a POST, not an upload) that is found means the step is done; with a create, its
 *       later updates are not looked at (the create says it all);
 *   <li>without a create, every update and delete must be in place, and only the last request to
 *       each record counts;
 *   <li>anything fb cannot check makes the answer {@code UNKNOWN}; an upload alone changes nothing.
 * </ul>
 */
final class ResumeVerifier {
    private ResumeVerifier() {}

    static RecordFinder.Verdict decide(
            List<BatchJournal.Sent> sent, Function<BatchJournal.Sent, RecordFinder.Verdict> lookup) {
        Map<String, BatchJournal.Sent> lastOfPath = new LinkedHashMap<>();
        boolean creates = false;
        for (BatchJournal.Sent s : sent) {
            if (s.method().equals("POST")) {
                creates |= !isUpload(s);
            } else {
                lastOfPath.put(s.path(), s);
            }
        }
        RecordFinder.Verdict unknown = null;
        RecordFinder.Verdict notApplied = null;
        RecordFinder.Verdict applied = null;
        for (BatchJournal.Sent s : sent) {
            boolean post = s.method().equals("POST");
            if (!post && (creates || lastOfPath.get(s.path()) != s)) {
                continue; // with a create, the create says it all
            }
            RecordFinder.Verdict v = lookup.apply(s);
            if (v.status() == RecordFinder.Status.APPLIED && post) {
                return v;
            }
            if (v.status() == RecordFinder.Status.UNKNOWN) {
                unknown = v;
            } else if (v.status() == RecordFinder.Status.NOT_APPLIED) {
                if (!post || !isUpload(s)) {
                    notApplied = v;
                }
            } else {
                applied = v;
            }
        }
        if (unknown != null) {
            return unknown;
        }
        if (notApplied != null || applied == null) {
            return notApplied != null
                    ? notApplied
                    : new RecordFinder.Verdict(RecordFinder.Status.NOT_APPLIED, null, null, "nothing was sent");
        }
        return applied;
    }

    private static boolean isUpload(BatchJournal.Sent s) {
        return s.path().contains("/uploads/");
    }
}
