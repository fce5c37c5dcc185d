package dev.fbcli.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * {@code fb invoice} alone: a noun without its verb lists the verbs, one line each, on stderr, and
 * exits 2 (a usage error, as picocli and the README's exit-code table have it).
 */
final class VerbList {
    private VerbList() {}

    /** Whether {@code ex} is a noun typed without a verb. */
    static boolean applies(ParameterException ex) {
        return ex.getCommandLine() != null
                && !ex.getCommandLine().getSubcommands().isEmpty()
                && String.valueOf(ex.getMessage()).startsWith("Missing required subcommand");
    }

    /** Prints the verbs of {@code noun} and returns the exit code. */
    static int print(CommandLine noun, PrintWriter err) {
        String typed = noun.getCommandSpec().qualifiedName();
        err.println("fb: `" + typed + "` needs one of these:");
        int width = 0;
        for (String name : noun.getSubcommands().keySet()) {
            width = Math.max(width, name.length());
        }
        for (var e : noun.getSubcommands().entrySet()) {
            CommandLine verb = e.getValue();
            if (verb.getCommandSpec().usageMessage().hidden()
                    || !verb.getCommandName().equals(e.getKey())) {
                continue;
            }
            String[] description = verb.getCommandSpec().usageMessage().description();
            String line = description.length == 0
                    ? ""
                    : String.format(description[0]).lines().findFirst().orElse("");
            err.println("  " + e.getKey() + " ".repeat(width - e.getKey().length() + 2) + line);
        }
        err.println("  run `" + typed + " <command> --help` for a command's options and examples");
        err.flush();
        return ExitCode.USAGE.code();
    }
}
