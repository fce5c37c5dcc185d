package dev.fbcli.cli.command;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.Main;
import dev.fbcli.cli.VersionProvider;
import dev.fbcli.completions.CompletionModel;
import dev.fbcli.completions.ManPages;
import dev.fbcli.completions.Shell;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import picocli.CommandLine;

/**
 * Build step (cli/pom.xml, {@code prepare-package}): writes the shell completion scripts and the man
 * pages from the command model, for install.sh to install.
 *
 * <pre>java -cp ... dev.fbcli.cli.command.GenerateShellFiles OUT_DIR [DATE]</pre>
 *
 * writes {@code OUT_DIR/completions/{fb,_fb,fb.fish}} and {@code OUT_DIR/man/fb.1},
 * {@code OUT_DIR/man/fb-invoice-list.1}, ... ({@code DATE}, YYYY-MM-DD, goes in the pages' footer;
 * default today).
 */
public final class GenerateShellFiles {
    private GenerateShellFiles() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: GenerateShellFiles OUT_DIR [YYYY-MM-DD]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        String date =
                args.length > 1 ? args[1] : LocalDate.now(Clock.systemUTC()).toString();
        CommandLine root = new Main(new AppContext(
                        Map.of(),
                        InputStream.nullInputStream(),
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()),
                        false,
                        Clock.systemUTC()))
                .commandLine();
        write(root, out, date);
    }

    /** Writes the scripts and pages for {@code root} under {@code out}; stale pages from an earlier build are removed. */
    public static void write(CommandLine root, Path out, String date) throws IOException {
        Path completions = Files.createDirectories(out.resolve("completions"));
        CompletionModel model = CompletionModel.of(root);
        for (Shell shell : Shell.values()) {
            Files.writeString(completions.resolve(shell.fileName(root.getCommandName())), shell.script(model));
        }
        Path man = Files.createDirectories(out.resolve("man"));
        try (var old = Files.list(man)) {
            for (Path p :
                    old.filter(p -> p.getFileName().toString().endsWith(".1")).toList()) {
                Files.delete(p);
            }
        }
        Map<String, String> pages =
                ManPages.generate(root, root.getCommandName() + " " + VersionProvider.version(), date);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Files.writeString(man.resolve(page.getKey()), page.getValue());
        }
    }
}
