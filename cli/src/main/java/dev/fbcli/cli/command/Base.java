package dev.fbcli.cli.command;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.session.Session;
import dev.fbcli.nlp.intent.Intent;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/**
 * What every structured command shares: the run's session, today in the account's days, and the
 * way an intent is built and run through the same pipeline as a phrase. The values people type in
 * flags are read by {@link FlagValues}' converters before a command runs.
 */
public abstract class Base implements Callable<Integer> {
    protected final AppContext ctx;

    protected Base(AppContext ctx) {
        this.ctx = ctx;
    }

    protected Session session() {
        return ctx.session();
    }

    /** Runs a structured intent through the same pipeline as a phrase. */
    protected int run(Intent intent) {
        session().pipeline().run(intent, false);
        return 0;
    }

    protected LocalDate today() {
        return LocalDate.now(ctx.clock().withZone(session().zone()));
    }

    /** Builds an intent, turning a broken invariant into a usage error. */
    protected static <T extends Intent> T build(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new CliException.Usage(e.getMessage());
        }
    }
}
