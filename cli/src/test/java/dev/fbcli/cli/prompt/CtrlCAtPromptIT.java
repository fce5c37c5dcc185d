package dev.fbcli.cli.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fbcli.cli.CliRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: Ctrl-C at a one-shot command's confirmation, on a real pseudo-terminal ({@code script}
 * gives the packaged {@code fb} one). It must say it was cancelled and exit 3 (README's exit-code
 * table), not vanish with 130, and write nothing.
 */
class CtrlCAtPromptIT {
    @TempDir
    Path home;

    private Process process;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    @AfterEach
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private String shown() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "");
        }
    }

    private void see(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (shown().contains(text)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("waited for '" + text + "'; the terminal shows:\n" + shown());
    }

    @Test
    void should_say_cancelled_and_exit_3_when_ctrl_c_is_pressed_at_a_confirmation() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs util-linux script for a pseudo-terminal");
        Path jar = Path.of("target", "fb.jar").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                "/usr/bin/script",
                "-qfec",
                "stty cols 160 rows 50; exec '" + java + "' -jar '" + jar + "' --sandbox 'log 2h on Acme'",
                "/dev/null");
        pb.environment().put("FB_HOME", home.toString());
        pb.environment().put("TERM", "xterm");
        pb.environment().put("NO_COLOR", "1");
        pb.redirectErrorStream(true);
        process = pb.start();
        Thread pump = new Thread(() -> {
            try (InputStream out = process.getInputStream()) {
                byte[] buf = new byte[4096];
                int n;
                while ((n = out.read(buf)) > 0) {
                    synchronized (screen) {
                        screen.write(buf, 0, n);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        pump.setDaemon(true);
        pump.start();

        see("Go ahead? [Y/n/e] ");
        process.getOutputStream().write(3); // Ctrl-C: the terminal sends SIGINT
        process.getOutputStream().flush();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        pump.join(10_000);
        assertThat(process.exitValue()).as(shown()).isEqualTo(3);
        assertThat(shown()).contains("fb: cancelled (Ctrl-C): nothing was changed");
        CliRunner.Result journal = new CliRunner(home).run("--sandbox", "--json", "undo", "--list");
        assertThat(journal.exitCode()).as(journal.err()).isZero();
        assertThat(journal.out()).doesNotContain("Log 2h");
    }
}
