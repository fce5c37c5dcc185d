package dev.fbcli.cli.command;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.render.Fmt;
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
        if (ctx.options().json) {
            com.fasterxml.jackson.databind.node.ObjectNode o = dev.fbcli.cli.render.Json.MAPPER.createObjectNode();
            o.put("synced", true);
            o.put("business", c.businessName());
            o.put("clients", c.clients().size());
            o.put("projects", c.projects().size());
            o.put("services", c.services().size());
            o.put("categories", c.categories().size());
            o.put("team", c.team().size());
            ctx.out().println(o.toPrettyString());
            ctx.out().flush();
            return 0;
        }
        ctx.out()
                .printf(
                        "Synced %s: %s, %s, %s, %s, %s%n",
                        c.businessName() == null ? "the account" : c.businessName(),
                        Fmt.count(c.clients().size(), "client", "clients"),
                        Fmt.count(c.projects().size(), "project", "projects"),
                        Fmt.count(c.services().size(), "service", "services"),
                        Fmt.count(c.categories().size(), "expense category", "expense categories"),
                        Fmt.count(c.team().size(), "team member", "team members"));
        if (ctx.options().debug) {
            ctx.err().println("cache: " + session().account().cacheDir());
        }
        return 0;
    }
}
