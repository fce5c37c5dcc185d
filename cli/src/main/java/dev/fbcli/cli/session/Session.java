package dev.fbcli.cli.session;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.GlobalOptions;
import dev.fbcli.cli.action.Actions;
import dev.fbcli.cli.config.Config;
import dev.fbcli.cli.config.ConfigLoader;
import dev.fbcli.cli.llm.LlmSettings;
import dev.fbcli.cli.llm.LlmTier;
import dev.fbcli.cli.pipeline.Pipeline;
import dev.fbcli.cli.prompt.LinePrompter;
import dev.fbcli.cli.prompt.Prompter;
import dev.fbcli.cli.resolve.Chooser;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.undo.WriteJournal;
import dev.fbcli.completions.NameCache;
import dev.fbcli.nlp.parse.AccountNames;
import dev.fbcli.nlp.parse.AutoIntentParser;
import dev.fbcli.nlp.parse.IntentParser;
import dev.fbcli.nlp.parse.LlmIntentParser;
import dev.fbcli.nlp.parse.RuleBasedIntentParser;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

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
    private GlobalOptions.Parser parserMode;
    private boolean parserInjected;
    private LlmIntentParser llm;
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
            actions = new Actions(
                    account(),
                    names(),
                    config().get("currency").orElse(null),
                    ctx.canPrompt() ? q -> prompter().ask(q, null) : null);
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

    /**
     * The phrase parser: {@code --parser}, else {@code FB_PARSER}, else the {@code parser} setting,
     * else {@code auto}. {@code auto} without an LLM provider is exactly the rules parser (and no
     * LangChain4j class is loaded); {@code llm} without one is a usage error. The LLM parser is made
     * on first need, its API key read then.
     */
    public IntentParser parser() {
        if (parserInjected) {
            return parser;
        }
        GlobalOptions.Parser mode = parserMode();
        if (parser == null || mode != parserMode) {
            parser = makeParser(mode);
            parserMode = mode;
        }
        return parser;
    }

    public void useParser(IntentParser p) {
        this.parser = p;
        this.parserInjected = p != null;
    }

    private GlobalOptions.Parser parserMode() {
        if (ctx.options().parser != null) {
            return ctx.options().parser;
        }
        if (!settingsMayExist()) {
            return GlobalOptions.Parser.auto;
        }
        String v = config().get("parser").orElse(null);
        if (v == null) {
            return GlobalOptions.Parser.auto;
        }
        for (GlobalOptions.Parser p : GlobalOptions.Parser.values()) {
            if (p.name().equalsIgnoreCase(v.strip())) {
                return p;
            }
        }
        throw new dev.fbcli.cli.CliException.Usage(
                (ctx.env(Config.envName("parser")) != null ? Config.envName("parser") : "parser in config.json")
                        + " is \"" + v + "\"",
                "use rules, llm or auto");
    }

    private IntentParser makeParser(GlobalOptions.Parser mode) {
        if (mode == GlobalOptions.Parser.rules || (mode == GlobalOptions.Parser.auto && !settingsMayExist())) {
            return new RuleBasedIntentParser();
        }
        LlmSettings settings = LlmSettings.from(config());
        if (mode == GlobalOptions.Parser.llm) {
            if (!settings.configured()) {
                throw LlmSettings.notConfigured();
            }
            return llmParser(settings);
        }
        if (!settings.configured()) {
            return new RuleBasedIntentParser();
        }
        return new AutoIntentParser(new RuleBasedIntentParser(), () -> llmParser(settings), this::notice);
    }

    /**
     * False when no setting can name a parser or a provider (no config file, no {@code FB_PARSER},
     * no {@code FB_LLM_PROVIDER}): {@code fb parse} then reads no config at all (start-up time).
     */
    private boolean settingsMayExist() {
        return config != null
                || java.nio.file.Files.isRegularFile(ctx.paths().configFile())
                || ctx.env(Config.envName("parser")) != null
                || ctx.env(Config.envName("llm.provider")) != null;
    }

    private LlmIntentParser llmParser(LlmSettings settings) {
        if (llm == null) {
            llm = LlmTier.create(settings.resolve(ctx), this::accountNames, this::notice);
        }
        return llm;
    }

    private void warning(String message) {
        ctx.err().println("fb: warning: " + message);
        ctx.err().flush();
    }

    private void notice(String message) {
        ctx.err().println("fb: " + message);
        ctx.err().flush();
    }

    /**
     * The account's names for the parser's gazetteer and an LLM prompt, from the local cache: the
     * open account's (fetched once when it has none), else the cache on disk, else none. Never the
     * network before an account is open, never an exception.
     */
    public AccountNames accountNames() {
        try {
            NameCache cache;
            if (account != null) {
                cache = names().cache();
            } else {
                String dir = ctx.options().sandbox ? "sandbox" : config().get("profile", "default");
                cache = NameCache.read(ctx.paths().cache().resolve(dir)).orElse(null);
                if (cache == null && (ctx.options().sandbox || !anyAccountCached())) {
                    return demoNames();
                }
            }
            if (cache == null) {
                return AccountNames.none();
            }
            return new AccountNames(
                    names(cache, NameCache.Kind.CLIENT),
                    names(cache, NameCache.Kind.PROJECT),
                    names(cache, NameCache.Kind.SERVICE),
                    names(cache, NameCache.Kind.CATEGORY));
        } catch (RuntimeException e) {
            return AccountNames.none();
        }
    }

    /**
     * True when this machine holds the names of one of the user's own accounts (any profile's
     * cache; the sandbox's does not count).
     */
    private boolean anyAccountCached() {
        java.nio.file.Path root = ctx.paths().cache();
        if (!java.nio.file.Files.isDirectory(root)) {
            return false;
        }
        try (var dirs = java.nio.file.Files.list(root)) {
            return dirs.anyMatch(d -> java.nio.file.Files.isDirectory(d)
                    && !d.getFileName().toString().equals("sandbox")
                    && NameCache.read(d).isPresent());
        } catch (java.io.IOException | RuntimeException e) {
            return true; // cannot tell: do not guess the demo account's names
        }
    }

    /**
     * The demo account's names: the account phrases are read against before fb has read one of
     * the user's (the one {@code --sandbox} acts on), so "what does globex owe" finds Globex and
     * "Globx" reads as Globex in {@code fb parse} on a new machine as after a sync.
     */
    private static AccountNames demoNames() {
        var demo = dev.fbcli.sandbox.seed.DemoNames.read();
        return new AccountNames(
                demo.get("client"), demo.get("project"), demo.get("service"), demo.get("category"), demo.get("vendor"));
    }

    private static List<String> names(NameCache cache, NameCache.Kind kind) {
        List<String> out = new ArrayList<>();
        for (NameCache.Entry e : cache.entries(kind)) {
            out.add(e.name());
        }
        return out;
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
            String key = a.isSandbox()
                    ? "sandbox"
                    : "profile:" + a.profile() + "/" + a.business().businessId();
            journal = new WriteJournal(ctx.paths().state(), key, ctx.clock(), this::warning);
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
