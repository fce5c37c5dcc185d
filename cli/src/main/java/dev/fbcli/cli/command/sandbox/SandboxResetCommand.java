package dev.fbcli.cli.command.sandbox;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.batch.BatchJournal;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.prompt.Prompter;
import dev.fbcli.cli.undo.WriteJournal;
import dev.fbcli.sandbox.SandboxServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

@Command(
        name = "reset",
        description = "Reseed the sandbox with the demo account (dates counted back from today).",
        usageHelpAutoWidth = true)
public final class SandboxResetCommand extends Base {
    SandboxResetCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Path dir = ctx.paths().data().resolve("sandbox");
        if (!ctx.options().yes) {
            if (!ctx.canPrompt()) {
                throw new CliException.Usage("this erases what you did in the sandbox: pass --yes to go ahead");
            }
            ctx.err().println("Reset the sandbox in " + dir + ": everything you did there is erased.");
            if (session().prompter().confirm("Go ahead?", false) != Prompter.Answer.YES) {
                throw new CliException.Cancelled("cancelled: nothing was changed");
            }
        }
        try {
            SandboxServer.reset(ctx.paths().data(), ctx.clock());
            deleteTree(ctx.paths().cache().resolve("sandbox"));
            // the ids fb journaled now belong to other records: undo and batch resume must not use them
            new WriteJournal(ctx.paths().state(), "sandbox", ctx.clock()).forgetAll("fb sandbox reset");
            BatchJournal.forgetAccount(ctx.paths().state(), "sandbox");
        } catch (IOException e) {
            throw new CliException.Failure(
                    "could not reset the sandbox: " + e.getMessage(),
                    "is `fb sandbox serve` running on it? stop it first",
                    e);
        }
        ctx.out().println("✓ The sandbox holds the demo account again (Northwind Studio).");
        return 0;
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
