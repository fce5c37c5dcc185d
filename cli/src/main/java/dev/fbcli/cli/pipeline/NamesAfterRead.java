package dev.fbcli.cli.pipeline;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.session.Session;
import java.util.Set;

/**
 * A successful list or show refreshes the local name cache that completion reads
 * (docs/completion.md), at most once per run: the answer is printed first, and a cache that cannot
 * be refreshed leaves the answer (and the exit code) as they were.
 */
final class NamesAfterRead {
    /** The verbs of the reads that list or show records ({@code fb client list}, {@code fb invoice view}). */
    private static final Set<String> VERBS = Set.of("list", "show", "view", "categories");

    private NamesAfterRead() {}

    static void refresh(Session session, AppContext ctx, View v) {
        if (!listsOrShows(v.command())) {
            return;
        }
        try {
            session.names().refreshOnce();
        } catch (RuntimeException e) {
            // the answer is given; the names stay as they were until the next list, show or `fb sync`
            if (ctx.options().debug) {
                ctx.err()
                        .println("fb: the name cache was not refreshed: "
                                + dev.fbcli.cli.render.Safe.text(String.valueOf(e.getMessage())));
            }
        }
    }

    /** {@code fb <noun> <verb> ...} with a list or show verb. */
    static boolean listsOrShows(String command) {
        if (command == null) {
            return false;
        }
        String[] words = command.strip().split("\\s+");
        return words.length >= 3 && words[0].equals("fb") && VERBS.contains(words[2]);
    }
}
