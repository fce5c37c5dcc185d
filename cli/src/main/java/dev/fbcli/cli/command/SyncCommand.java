package dev.fbcli.cli.command;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.render.Fmt;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.completions.NameCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fb sync}: refreshes the local cache of names that resolution and completion use, reading
 * only what changed since the last sync when it can (docs/completion.md, "fb sync").
 */
@Command(
        name = "sync",
        description = {
            "Refresh the local names (clients, projects, services, categories, team).",
            "Reads only the clients and projects changed since the last sync, and every name on the first sync,"
                    + " with --full, after 7 days, or when FreshBooks' counts differ from the cache's."
        },
        usageHelpAutoWidth = true)
public final class SyncCommand extends Base {
    @Option(names = "--full", description = "Read every name again, not only what changed since the last sync.")
    boolean full;

    SyncCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Names.Refreshed r = session().names().refresh(full);
        NameCache c = r.cache();
        if (r.damage() != null) {
            ctx.err()
                    .println("fb: the name cache in " + session().account().cacheDir() + " was not used: " + r.damage()
                            + "; every name was read again");
            ctx.err().flush();
        }
        if (ctx.options().json) {
            com.fasterxml.jackson.databind.node.ObjectNode o = dev.fbcli.cli.render.Json.MAPPER.createObjectNode();
            o.put("synced", true);
            o.put("business", c.businessName());
            o.put("clients", c.clients().size());
            o.put("projects", c.projects().size());
            o.put("services", c.services().size());
            o.put("categories", c.categories().size());
            o.put("team", c.team().size());
            o.put("mode", r.incremental() ? "incremental" : "full");
            o.put("full_because", r.fullBecause());
            ctx.out().println(o.toPrettyString());
            ctx.out().flush();
            return 0;
        }
        ctx.out()
                .printf(
                        "Synced %s: %s, %s, %s, %s, %s (%s)%n",
                        c.businessName() == null ? "the account" : c.businessName(),
                        Fmt.count(c.clients().size(), "client", "clients"),
                        Fmt.count(c.projects().size(), "project", "projects"),
                        Fmt.count(c.services().size(), "service", "services"),
                        Fmt.count(c.categories().size(), "expense category", "expense categories"),
                        Fmt.count(c.team().size(), "team member", "team members"),
                        r.incremental() ? "changes since the last sync" : "every name read: " + r.fullBecause());
        if (ctx.options().debug) {
            ctx.err().println("cache: " + session().account().cacheDir());
        }
        return 0;
    }
}
