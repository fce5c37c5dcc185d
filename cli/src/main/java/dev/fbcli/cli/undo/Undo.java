package dev.fbcli.cli.undo;

import java.util.Map;

/**
 * How to reverse one effect of a write, as the write journal records it: delete what was created,
 * put back the previous values of what was updated, or say plainly that it cannot be undone.
 */
public sealed interface Undo {

    /** {@code kind} is one of invoice, payment, expense, client, project, time_entry. */
    record Delete(String kind, String id, String label) implements Undo {}

    /** The fields (wire names) and the values they had before the update. */
    record Restore(String kind, String id, String label, Map<String, Object> previous) implements Undo {
        public Restore {
            previous = Map.copyOf(previous);
        }
    }

    /** Something FreshBooks cannot take back (an email that went out, an invitation). */
    record Irreversible(String what) implements Undo {}
}
