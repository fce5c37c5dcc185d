package dev.fbcli.cli.command;

import dev.fbcli.cli.AppContext;
import dev.fbcli.completions.NameCache;
import picocli.CommandLine.Command;

/** {@code fb sync}: refreshes the local cache of names that resolution and completion use. */
@Command(
        name = "sync",
        description = "Refresh the local names (clients, projects, services, categories, team).",
        usageHelpAutoWidth = true)
public final class SyncCommand extends Base {
    SyncCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        NameCache c = session().names().refresh();
        ctx.out()
                .printf(
                        "Synced %s: %d clients, %d projects, %d services, %d expense categories, %d team members%n",
                        c.businessName() == null ? "the account" : c.businessName(),
                        c.clients().size(),
                        c.projects().size(),
                        c.services().size(),
                        c.categories().size(),
                        c.team().size());
        if (ctx.options().debug) {
            ctx.err().println("cache: " + session().account().cacheDir());
        }
        return 0;
    }
}
