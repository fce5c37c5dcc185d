package dev.fbcli.cli;

/**
 * The options every command shares. {@link FbCommand} declares them with
 * {@code scope = INHERIT}, so they may be given before or after the subcommand; their setters
 * write here.
 */
public final class GlobalOptions {
    public boolean json;
    public boolean csv;
    public boolean yes;
    public boolean dryRun;
    public boolean noInput;
    public boolean sandbox;
    public boolean debug;
    public int verbosity;
    /** {@code --parser}: null when not given (then FB_PARSER, the {@code parser} setting, else auto). */
    public Parser parser;

    /** An independent copy (a shell or a batch keeps its starting options while each line sets its own). */
    public GlobalOptions copy() {
        GlobalOptions o = new GlobalOptions();
        o.json = json;
        o.csv = csv;
        o.yes = yes;
        o.dryRun = dryRun;
        o.noInput = noInput;
        o.sandbox = sandbox;
        o.debug = debug;
        o.verbosity = verbosity;
        o.parser = parser;
        return o;
    }

    /** Which parser reads phrases (lower case, so shell completion offers the words as typed). */
    public enum Parser {
        /** The offline rules parser only. */
        rules,
        /** The LLM only (a provider must be configured; see docs/llm.md). */
        llm,
        /** Rules first; the LLM when the rules do not understand or are unsure (and a provider is configured). */
        auto
    }
}
