package dev.fbcli.cli.command;

import dev.fbcli.cli.AppContext;
import dev.fbcli.completions.CompletionModel;
import dev.fbcli.completions.Shell;
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
            "  zsh:   fb completion zsh > \"${fpath[1]}/_fb\"     (then restart zsh)",
            "  fish:  fb completion fish > ~/.config/fish/completions/fb.fish"
        })
public final class CompletionCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<shell>", description = "One of: ${COMPLETION-CANDIDATES}.")
    Shell shell;

    CompletionCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ctx.out().print(shell.script(CompletionModel.of(spec.root().commandLine())));
        ctx.out().flush();
        return 0;
    }
}
