package dev.fbcli.cli.command;

import dev.fbcli.cli.CliException;
import dev.fbcli.nlp.intent.NameRef;
import picocli.CommandLine.Option;

/** {@code --project}, {@code --client} or {@code --on} (either: projects first, then clients). */
public final class TargetOptions {
    @Option(names = "--project", paramLabel = "<name>", description = "A project, by name.")
    String project;

    @Option(names = "--client", paramLabel = "<name>", description = "A client, by name.")
    String client;

    @Option(
            names = {"--on", "--target"},
            paramLabel = "<name>",
            description = "A project or a client (projects are tried first).")
    String target;

    public NameRef ref() {
        int given = (project == null ? 0 : 1) + (client == null ? 0 : 1) + (target == null ? 0 : 1);
        if (given > 1) {
            throw new CliException.Usage("give one of --project, --client or --on");
        }
        if (project != null) {
            return NameRef.project(project);
        }
        if (client != null) {
            return NameRef.client(client);
        }
        return target == null ? null : NameRef.target(target);
    }
}
