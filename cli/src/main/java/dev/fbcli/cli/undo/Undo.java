package dev.fbcli.cli.undo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to reverse one effect of a write, as the write journal records it: delete what was created,
 * put back the previous values of what was updated (archived, deleted by {@code vis_state}...),
 * record again what was deleted for good, or say plainly that it cannot be undone.
 */
public sealed interface Undo {

    /** {@code kind} is one of invoice, payment, expense, client, project, time_entry, service. */
    record Delete(String kind, String id, String label) implements Undo {}

    /**
     * The fields (wire names) and the values they had before the update. A null value means the
     * field was empty, and restoring it empties it again (a time entry's project, a project's due date).
     */
    record Restore(String kind, String id, String label, Map<String, Object> previous) implements Undo {
        public Restore {
            previous = Collections.unmodifiableMap(new LinkedHashMap<>(previous));
        }
    }

    /**
     * A record deleted for good (a time entry: FreshBooks offers no way back), to be made again from
     * its fields (wire names); the new record gets a new id. {@code id} is the deleted one's.
     */
    record Recreate(String kind, String id, String label, Map<String, Object> fields) implements Undo {
        public Recreate {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /** Something FreshBooks cannot take back (an email that went out, an invitation). */
    record Irreversible(String what) implements Undo {}
}
