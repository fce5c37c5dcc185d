package dev.fbcli.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run for the class-data-sharing archive (install.sh, ./fb): runs a few representative
 * command lines in one JVM, so the archive written at exit ({@code -XX:ArchiveClassesAtExit}, or the
 * AOT cache on Java 24+) holds the classes they load: start-up and help, the parser, a sandbox read,
 * a dry-run write, a usage error. Everything happens in a throwaway FB_HOME; the output is dropped.
 *
 * <pre>java -XX:ArchiveClassesAtExit=fb.jsa -cp fb.jar dev.fbcli.cli.StartupTraining</pre>
 *
 * Exits 0 when every command gave the exit code expected of it, 1 otherwise (the archive is then
 * still usable, but a failure here means something is wrong with the build).
 */
public final class StartupTraining {
    /** A command line and the exit code it should give. */
    record Run(int expected, String... args) {}

    static final List<Run> RUNS = List.of(
            new Run(0, "--version"),
            new Run(0, "--help"),
            new Run(0, "parse", "--json", "log 3 hours of design on Acme"),
            new Run(0, "parse", "show unpaid invoices over 30 days old"),
            new Run(0, "help", "invoice"),
            new Run(2, "invoice", "list", "--status", "nope"),
            new Run(0, "--sandbox", "show unpaid invoices"),
            new Run(0, "--sandbox", "--json", "invoice", "list", "--status", "unpaid"),
            new Run(0, "--sandbox", "client", "list"),
            new Run(0, "--sandbox", "time", "report", "--month"),
            new Run(0, "--sandbox", "--dry-run", "--yes", "log 3 hours of design on Acme"));

    private StartupTraining() {}

    public static void main(String[] args) throws IOException {
        Path home = Files.createTempDirectory("fb-training");
        // Main.main copies the environment (AppContext): load those JDK classes too, though the
        // runs below get a made-up environment
        if (Map.copyOf(System.getenv()).isEmpty()) {
            System.err.println("training: empty environment");
        }
        int failures = 0;
        try {
            for (Run run : RUNS) {
                StringWriter err = new StringWriter();
                AppContext ctx = new AppContext(
                        Map.of("FB_HOME", home.toString(), "NO_COLOR", "1"),
                        InputStream.nullInputStream(),
                        new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8),
                        new PrintWriter(err),
                        false,
                        Clock.systemDefaultZone());
                int code = new Main(ctx).run(run.args());
                if (code != run.expected()) {
                    failures++;
                    System.err.println(
                            "training: fb " + String.join(" ", run.args()) + " exited " + code + " (expected "
                                    + run.expected() + "): " + err.toString().strip());
                }
            }
        } finally {
            delete(home);
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("training: could not remove " + dir + ": " + e.getMessage());
        }
    }
}
