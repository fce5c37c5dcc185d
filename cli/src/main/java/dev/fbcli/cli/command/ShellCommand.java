package dev.fbcli.cli.command;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.repl.Repl;
import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;

/** {@code fb shell} (or {@code fb} alone on a terminal): the interactive shell (docs/repl.md). */
@Command(
        name = "shell",
        description = "The interactive shell: phrases and commands, with TAB completion and history.",
        usageHelpAutoWidth = true,
        footer = {
            "%n`fb` with no arguments on a terminal starts it too. A line is a command",
            "(without `fb`) or a phrase; writes are shown as a plan and confirmed, as in",
            "one-shot mode. `help` inside shows examples. The history is kept in the state",
            "directory (never a line about logins, tokens or secrets). See docs/repl.md."
        })
public final class ShellCommand extends Base {

    ShellCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        try (Terminal terminal =
                TerminalBuilder.builder().name("fb").system(true).dumb(true).build()) {
            return new Repl(ctx, terminal).run();
        } catch (IOException e) {
            throw new CliException.Failure(
                    "cannot open the terminal: " + e.getMessage(), "run single commands instead: fb --help", e);
        }
    }
}
