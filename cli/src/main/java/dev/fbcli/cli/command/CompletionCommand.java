package dev.fbcli.cli.command;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.completions.CompletionModel;
import dev.fbcli.completions.Shell;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fb completion bash|zsh|fish}: prints the shell's completion script, written from the
 * command model (dev.fbcli.completions). install.sh installs the same scripts; this is for a
 * manual setup or an {@code eval} in a shell's start-up file.
 */
@Command(
        name = "completion",
        description = "Print the shell completion script for bash, zsh or fish.",
        usageHelpAutoWidth = true,
        footer = {
            "%nNames (clients, projects, services, categories, team) complete from the local cache",
            "that `fb sync` and lists refresh; a TAB never goes to the network.",
            "%nSet up (install.sh does this for you):",
            "  bash:  echo 'source <(fb completion bash)' >> ~/.bashrc",
            "  zsh:   fb completion zsh > \"$${fpath[1]}/_fb\"     (then restart zsh)",
            "  fish:  fb completion fish > ~/.config/fish/completions/fb.fish"
        })
public final class CompletionCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Spec
    CommandSpec spec;

    /**
     * A String checked here, not a {@code Shell}: a word picocli cannot convert would make the
     * whole line read as a phrase (Main's routing), and the error would not name the shells.
     */
    @Parameters(
            index = "0",
            paramLabel = "<shell>",
            completionCandidates = ShellNames.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    String shell;

    /** The shell names, for completion and help. */
    static final class ShellNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Shell.values()).map(Shell::name).iterator();
        }
    }

    CompletionCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Shell sh;
        try {
            sh = Shell.valueOf(shell.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliException.Usage(
                    "fb has no completion for the shell '" + shell + "'", "use one of: bash, zsh, fish");
        }
        ctx.out().print(sh.script(CompletionModel.of(spec.root().commandLine())));
        ctx.out().flush();
        return 0;
    }
}
