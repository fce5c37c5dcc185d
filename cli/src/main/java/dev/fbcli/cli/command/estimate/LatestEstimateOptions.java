package dev.fbcli.cli.command.estimate;

import dev.fbcli.cli.CliException;
import dev.fbcli.nlp.intent.EstimateRef;
import picocli.CommandLine.Option;

/** {@code --latest --client <name>}: a client's latest estimate, instead of its number. */
public final class LatestEstimateOptions {
    @Option(names = "--latest", description = "The client's latest estimate.")
    boolean latest;

    @Option(
            names = {"-c", "--client"},
            paramLabel = "<name>",
            description = "With --latest: whose.")
    String client;

    /** The estimate meant: {@code number}, or with {@code --latest} the client's latest; anything else is a usage error. */
    public EstimateRef ref(String number) {
        if (number != null && !latest) {
            return EstimateRef.number(number);
        }
        if (latest && client != null && number == null) {
            return EstimateRef.latestOf(client);
        }
        throw new CliException.Usage("give an estimate number, or --latest --client <name>");
    }
}
