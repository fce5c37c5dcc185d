package dev.fbcli.cli.command;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.batch.BatchRunner;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fb batch {<file> | -}}: many phrases or commands, checked first, run once each (docs/batch.md). */
@Command(
        name = "batch",
        description = "Run a file of phrases or commands, one per line; a second run resumes where it stopped.",
        usageHelpAutoWidth = true,
        footer = {
            "%nEvery line is checked before anything is written (--dry-run stops there and",
            "prints each plan); then the lines run in order, as if each had --yes. Each",
            "write is journaled before it is sent: running the same file again skips the",
            "lines that were done and looks in FreshBooks for the ones interrupted.",
            "Blank lines and lines starting with # are skipped. See docs/batch.md.",
            "%nExample file:",
            "  # Monday",
            "  log 3h of design on Acme",
            "  fb expense add --amount 45 --category 'Office Supplies' --vendor Staples",
            "  invoice Globex $1,200 for the audit, net 30",
            "%nExit codes: 0 every line done, 1 a line failed or did not run (see the",
            "table), 2 problems found before running, 3 you answered no."
        })
public final class BatchCommand extends Base {
    @Parameters(index = "0", paramLabel = "{<file> | -}", description = "The file, or - for standard input.")
    String file;

    @Option(names = "--keep-going", description = "Go on after a failed line (default: stop at the first failure).")
    boolean keepGoing;

    @Option(
            names = "--retry-unverified",
            description = "Do again an interrupted line whose result fb cannot look for (it may then happen twice).")
    boolean retryUnverified;

    BatchCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        String content;
        String source;
        String name;
        try {
            if (file.equals("-")) {
                content = new String(ctx.in().readAllBytes(), StandardCharsets.UTF_8);
                source = "stdin:" + sha256(content);
                name = "stdin";
            } else {
                Path p = Path.of(file);
                content = StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p)))
                        .toString();
                source = p.toRealPath().toString();
                name = file;
            }
        } catch (NoSuchFileException e) {
            throw new CliException.Usage("no such file: " + file);
        } catch (CharacterCodingException e) {
            throw new CliException.Usage(file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new CliException.Usage("cannot read " + file + ": " + e.getMessage());
        }
        if (file.equals("-") && !ctx.options().yes && !ctx.options().dryRun) {
            throw new CliException.Usage(
                    "the lines come from standard input, so fb cannot ask: pass --yes to run them",
                    "or --dry-run to see the plan of every line");
        }
        return new BatchRunner(ctx).run(name, source, content, new BatchRunner.Options(keepGoing, retryUnverified));
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
