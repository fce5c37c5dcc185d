package dev.fbcli.cli.once;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes a directory read-only for the length of a test: its permissions for a normal user; for
 * root (who writes anyway), the immutable attribute ({@code chattr +i}). Skips the test where
 * neither works.
 */
final class ReadOnly implements AutoCloseable {
    private final Path dir;
    private final boolean immutable;

    private ReadOnly(Path dir, boolean immutable) {
        this.dir = dir;
        this.immutable = immutable;
    }

    static ReadOnly of(Path dir) throws IOException, InterruptedException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (!writable(dir)) {
            return new ReadOnly(dir, false);
        }
        boolean chattr = run("chattr", "+i", dir.toString()) && !writable(dir);
        if (!chattr) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Assumptions.abort("cannot make " + dir + " read-only here (root without chattr)");
        }
        return new ReadOnly(dir, true);
    }

    private static boolean writable(Path dir) {
        Path probe = dir.resolve(".probe");
        try {
            Files.writeString(probe, "x");
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean run(String... cmd) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            run("chattr", "-i", dir.toString());
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
