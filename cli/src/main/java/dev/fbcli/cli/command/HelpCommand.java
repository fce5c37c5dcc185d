package dev.fbcli.cli.command;

import dev.fbcli.cli.CliException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Parameters;

/**
 * {@code fb help [<noun> [<verb>]]}: the help of the command named, at any depth ({@code fb help
 * invoice create} is {@code fb invoice create --help}); a name that is not a command is a usage
 * error that says which word.
 */
@Command(
        name = "help",
        helpCommand = true,
        description = "Show the help of a command: fb help invoice, fb help invoice create.")
public final class HelpCommand implements IHelpCommandInitializable2, Runnable {
    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, as typed: invoice create.")
    String[] commands = new String[0];

    private CommandLine self;
    private PrintWriter out;
    private ColorScheme colours;

    @Override
    public void init(CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colours = colorScheme;
        this.out = out;
    }

    @Override
    public void run() {
        CommandLine target = self.getParent();
        StringBuilder typed = new StringBuilder(target.getCommandName());
        for (String word : commands) {
            CommandLine next = target.getSubcommands().get(word);
            if (next == null) {
                throw new CliException.Usage(
                        "`" + typed + "` has no command '" + word + "'", "see `" + typed + " --help` for its commands");
            }
            target = next;
            typed.append(' ').append(word);
        }
        target.usage(out, colours == null ? CommandLine.Help.defaultColorScheme(Ansi.OFF) : colours);
        out.flush();
    }
}
