package dev.fbcli.cli;

import dev.fbcli.cli.render.Csv;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * Refuses output options that cannot be honoured before a command runs (so nothing changes):
 * {@code --json} with {@code --csv}, and {@code --csv} on a command that never prints a list. The
 * commands that do ({@code invoice list}, a phrase, ...) check again when they know what they show:
 * a record or a write answers {@code --csv} with a usage error too (docs/json.md, "CSV").
 */
final class OutputChecks implements IExecutionStrategy {
    /** Commands that print no list, whatever their arguments. */
    private static final Set<String> NO_LIST =
            Set.of("auth", "undo", "sandbox", "config", "completion", "parse", "sync", "help");

    private final AppContext ctx;

    OutputChecks(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public int execute(ParseResult parseResult) {
        GlobalOptions o = ctx.options();
        CommandLine leaf = parseResult
                .asCommandLineList()
                .get(parseResult.asCommandLineList().size() - 1);
        if (o.json && o.csv) {
            throw new ExecutionException(leaf, "usage", Csv.withJson());
        }
        if (o.csv
                && parseResult.hasSubcommand()
                && NO_LIST.contains(parseResult.subcommand().commandSpec().name())
                && !leaf.isUsageHelpRequested()) {
            throw new ExecutionException(
                    leaf, "usage", Csv.noTable(leaf.getCommandSpec().qualifiedName()));
        }
        return new CommandLine.RunLast().execute(parseResult);
    }
}
