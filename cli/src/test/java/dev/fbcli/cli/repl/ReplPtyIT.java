package dev.fbcli.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code fb}, with no arguments, on a real pseudo-terminal ({@code script} gives it
 * one): it must start the shell, complete a name on TAB, ask which client by number, take "n" for
 * no, clear a line on Ctrl-C, and leave with 0 on Ctrl-D.
 */
class ReplPtyIT {
    @TempDir
    Path home;

    private Process process;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private int mark;

    @AfterEach
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void type(String keys) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write(keys.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private void see(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            String s;
            synchronized (screen) {
                // what a person sees: no colour or cursor codes
                s = screen.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "");
            }
            int at = s.indexOf(text, mark);
            if (at >= 0) {
                mark = at + text.length();
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(
                "waited for '" + text + "'; the terminal shows:\n" + screen.toString(StandardCharsets.UTF_8));
    }

    @Test
    void should_start_the_shell_when_fb_runs_alone_on_a_terminal() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs util-linux script for a pseudo-terminal");
        Path jar = Path.of("target", "fb.jar").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                "/usr/bin/script",
                "-qfec",
                "stty cols 160 rows 50; exec '" + java + "' -jar '" + jar + "' --sandbox",
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

        see("Northwind Studio [sandbox]> ");
        type("log 2h on Umb\t");
        see("Umbrella");
        type("\u0003");
        see("Northwind Studio [sandbox]> ");
        type("log 2h on Umbrella - pty\r");
        see("Choose 1-2: ");
        type("1\r");
        see("Log 2h 00m on Umbrella Corp");
        see("Go ahead? [Y/n/e] ");
        type("n\r");
        see("cancelled: nothing was changed");
        see("Northwind Studio [sandbox]> ");
        type("\u0004");

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(Files.readString(home.resolve("state/history")))
                .contains("log 2h on Umbrella - pty")
                .doesNotContain(":1\n");
    }
}
