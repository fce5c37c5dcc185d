package dev.fbcli.cli;

import dev.fbcli.cli.config.AppPaths;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/**
 * What one run of {@code fb} works with: the environment, its paths, its streams and its clock.
 * Built once in {@link Main} (or by a test) and handed to every command by the
 * {@link CommandFactory}; nothing else reads {@code System.getenv()} or {@code System.out}.
 */
public final class AppContext {
    private final Map<String, String> env;
    private final AppPaths paths;
    private final InputStream in;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean interactive;
    private final Clock clock;
    private GlobalOptions options = new GlobalOptions();
    private dev.fbcli.cli.session.Session session;

    public AppContext(
            Map<String, String> env,
            InputStream in,
            PrintWriter out,
            PrintWriter err,
            boolean interactive,
            Clock clock) {
        this.env = Map.copyOf(env);
        this.paths = AppPaths.resolve(this.env, System.getProperty("os.name", ""), System.getProperty("user.home"));
        this.in = in;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
        this.clock = clock;
    }

    public Map<String, String> env() {
        return env;
    }

    public String env(String name) {
        return env.get(name);
    }

    public AppPaths paths() {
        return paths;
    }

    public InputStream in() {
        return in;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** True when a person is at a terminal that can answer prompts (and {@code --no-input} is off). */
    public boolean canPrompt() {
        return interactive && !options.noInput;
    }

    /** True when stdin and stdout are a terminal. */
    public boolean interactive() {
        return interactive;
    }

    public Clock clock() {
        return clock;
    }

    public GlobalOptions options() {
        return options;
    }

    /** Fresh options for the next command line (the REPL runs many in one context). */
    public void resetOptions(GlobalOptions keep) {
        GlobalOptions o = new GlobalOptions();
        o.sandbox = keep.sandbox;
        o.debug = keep.debug;
        o.verbosity = keep.verbosity;
        o.noInput = keep.noInput;
        o.parser = keep.parser;
        this.options = o;
    }

    /** Runs the next command line with {@code o} (a copy of the options the shell or batch started with). */
    public void useOptions(GlobalOptions o) {
        this.options = o;
    }

    /** What the commands of this run share (the account, the pipeline...); made on first use. */
    public dev.fbcli.cli.session.Session session() {
        if (session == null) {
            session = new dev.fbcli.cli.session.Session(this);
        }
        return session;
    }

    /** Closes the session, if one was made (stops an in-process sandbox). */
    public void closeSession() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /** Colour only on a terminal, and never under {@code NO_COLOR} or {@code TERM=dumb}. */
    public boolean colour() {
        return interactive && env.get("NO_COLOR") == null && !"dumb".equals(env.get("TERM"));
    }
}
