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
}
