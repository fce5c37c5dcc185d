package dev.fbcli.cli.command;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fb ask '<phrase>'}: what every command line that is not a command becomes. */
@Command(
        name = "ask",
        description = "Say what you want in plain English: fb ask 'log 3 hours of design on Acme'.",
        usageHelpAutoWidth = true)
public final class AskCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Parameters(arity = "0..*", paramLabel = "<phrase>", description = "The phrase, in one or several words.")
    List<String> words = List.of();

    AskCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        String phrase = String.join(" ", words).strip();
        throw new CliException.Failure(
                "phrases are not understood by this build yet: the parser and the sandbox are still being built",
                "see README.md for what works today",
                null);
    }
}
