package dev.fbcli.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the CLI tests that run the real command line against the real sandbox: every test gets
 * its own FB_HOME (so its own freshly seeded demo account) and a clock fixed on Tuesday
 * 2026-11-24, 10:00 in Toronto (the demo business' time zone).
 */
public abstract class SandboxCliTest {
    @TempDir
    protected Path home;

    protected MutableClock clock;

    @BeforeEach
    void newClock() {
        clock = new MutableClock(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("America/Toronto"));
    }

    /** {@code fb --sandbox <args>} without a terminal. */
    protected CliRunner.Result fb(String... args) {
        return runner().run(sandbox(args));
    }

    /** {@code fb --sandbox <args>} at a terminal where the user types {@code input}. */
    protected CliRunner.Result typing(String input, String... args) {
        return runner().interactive(true).stdin(input).run(sandbox(args));
    }

    protected CliRunner runner() {
        return new CliRunner(home).clock(clock);
    }

    private static String[] sandbox(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--sandbox";
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    /** The sandbox's records as they are now, through an independent server and client. */
    protected SandboxInspector inspect() {
        return new SandboxInspector(home, clock);
    }
}
