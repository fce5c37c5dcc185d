package dev.fbcli.cli.exec;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.config.Config;
import dev.fbcli.cli.config.ConfigLoader;
import dev.fbcli.cli.prompt.LinePrompter;
import dev.fbcli.cli.prompt.Prompter;
import dev.fbcli.nlp.parse.IntentParser;
import dev.fbcli.nlp.parse.RuleBasedIntentParser;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * What the commands of one run (or one REPL session) share, each made on first use: the config,
 * the account (so an in-process sandbox starts once), the names, the prompter, the parser and
 * the pipeline. Closed by {@link dev.fbcli.cli.Main} at the end.
 */
public final class Session implements AutoCloseable {
    private final AppContext ctx;
    private Config config;
    private Account account;
    private Names names;
    private Actions actions;
    private Prompter prompter;
    private IntentParser parser;
    private Pipeline pipeline;
    private LineRunner lineRunner;
    private WriteJournal journal;

    public Session(AppContext ctx) {
        this.ctx = ctx;
    }

    public AppContext context() {
        return ctx;
    }

    public Config config() {
        if (config == null) {
            config = ConfigLoader.load(ctx.paths().configFile(), ctx.env());
        }
        return config;
    }

    public Account account() {
        if (account == null) {
            account = Account.open(ctx, config());
        }
        return account;
    }

    public boolean hasAccount() {
        return account != null;
    }

    public Names names() {
        if (names == null) {
            names = new Names(account(), ctx.canPrompt() ? Chooser.prompting(prompter()) : Chooser.failing());
        }
        return names;
    }

    public Actions actions() {
        if (actions == null) {
            actions = new Actions(account(), names(), config().get("currency").orElse(null));
        }
        return actions;
    }

    public Prompter prompter() {
        if (prompter == null) {
            prompter = new LinePrompter(ctx.in(), ctx.err(), System.console());
        }
        return prompter;
    }

    /** The REPL answers prompts through its own line reader. */
    public void usePrompter(Prompter p) {
        this.prompter = p;
        this.names = null;
        this.actions = null;
    }

    /** Forgets the names read so far, so the next miss fetches them again (after a batch line made a client). */
    public void resetNames() {
        this.names = null;
        this.actions = null;
    }

    public IntentParser parser() {
        if (parser == null) {
            parser = new RuleBasedIntentParser();
        }
        return parser;
    }

    public void useParser(IntentParser p) {
        this.parser = p;
    }

    /**
     * The time zone phrases are read in: the account's once it is open (the {@code timezone}
     * setting, else the business'), before that the setting or the clock's.
     */
    public ZoneId zone() {
        if (account != null) {
            return account.zone();
        }
        String tz = config().get("timezone").orElse(null);
        try {
            return tz == null ? ctx.clock().getZone() : ZoneId.of(tz);
        } catch (DateTimeException e) {
            return ctx.clock().getZone();
        }
    }

    public Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline(this);
        }
        return pipeline;
    }

    /** The undo journal of the account this session works on. */
    public WriteJournal journal() {
        if (journal == null) {
            Account a = account();
            String key = a.isSandbox() ? "sandbox" : "profile:" + a.profile() + "/" + a.business().businessId();
            journal = new WriteJournal(ctx.paths().state(), key, ctx.clock());
        }
        return journal;
    }

    /** How an edited plan is run again: a command line or a phrase, as typed. */
    public LineRunner lineRunner() {
        return lineRunner;
    }

    public void useLineRunner(LineRunner r) {
        this.lineRunner = r;
    }

    @Override
    public void close() {
        if (account != null) {
            account.close();
            account = null;
        }
    }

    /** Runs one line as {@code fb} would (a command or a phrase); returns the exit code. */
    @FunctionalInterface
    public interface LineRunner {
        int run(String line);
    }
}
