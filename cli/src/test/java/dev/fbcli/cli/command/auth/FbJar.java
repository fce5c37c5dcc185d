package dev.fbcli.cli.command.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged {@code cli/target/fb.jar} run as users run it: its own JVM, with exactly the
 * environment given (nothing inherited but {@code PATH}), output captured in files.
 */
final class FbJar {
    static final Path JAR = Path.of("target", "fb.jar").toAbsolutePath();

    private final Path work;
    private final Map<String, String> env = new LinkedHashMap<>();
    private int runs;

    FbJar(Path home, Path work) {
        assertThat(JAR).as("the packaged jar (failsafe runs after `package`)").exists();
        this.work = work;
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HOME", work.resolve("user-home").toString()); // never the real home
        env.put("LC_ALL", "C.UTF-8");
        env.put("NO_COLOR", "1");
        env.put("FB_HOME", home.toString());
    }

    FbJar env(String key, String value) {
        if (value == null) {
            env.remove(key);
        } else {
            env.put(key, value);
        }
        return this;
    }

    Map<String, String> env() {
        return env;
    }

    /** Starts {@code fb args...}. */
    Proc start(String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-XX:-UsePerfData",
                "-Xshare:auto",
                "-Dfile.encoding=UTF-8",
                "-jar",
                JAR.toString()));
        cmd.addAll(List.of(args));
        int n = ++runs;
        Path out = work.resolve("run-" + n + ".out");
        Path err = work.resolve("run-" + n + ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        try {
            Files.createDirectories(work.resolve("user-home"));
            return new Proc(pb.start(), out, err, String.join(" ", args));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code fb args...} with {@code stdin}, to the end. */
    Result feed(String stdin, String... args) {
        Proc p = start(args);
        p.write(stdin);
        p.closeInput();
        return p.finish();
    }

    Result run(String... args) {
        return feed("", args);
    }

    record Result(int exitCode, String out, String err, String command) {
        String all() {
            return out + "\n" + err;
        }
    }

    static final class Proc {
        private final Process process;
        private final Path out;
        private final Path err;
        private final String command;
        private final OutputStream in;

        Proc(Process process, Path out, Path err, String command) {
            this.process = process;
            this.out = out;
            this.err = err;
            this.command = command;
            this.in = process.getOutputStream();
        }

        void write(String text) {
            try {
                in.write(text.getBytes(StandardCharsets.UTF_8));
                in.flush();
            } catch (IOException e) {
                // fb stopped reading: its result says why
            }
        }

        void writeLine(String line) {
            write(line + "\n");
        }

        void closeInput() {
            try {
                in.close();
            } catch (IOException ignored) {
                // already closed
            }
        }

        /** Stops it (a server), and waits for it to end. */
        void destroy() {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        /** Waits until stdout matches {@code p}; returns what it printed so far. */
        String awaitOut(Pattern p) {
            return await(out, p, 0);
        }

        /** Waits until stderr matches {@code p}; returns its first group. */
        String awaitErr(Pattern p) {
            return await(err, p, 1);
        }

        private String await(Path file, Pattern p, int group) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline) {
                Matcher m = p.matcher(read(file));
                if (m.find()) {
                    return group == 0 ? read(file) : m.group(group);
                }
                if (!process.isAlive()) {
                    throw new AssertionError(
                            "fb " + command + " ended before printing " + p + ":\n" + read(out) + read(err));
                }
                try {
                    Thread.sleep(25);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
            process.destroyForcibly();
            throw new AssertionError("fb " + command + " did not print " + p + " within 90 s");
        }

        Result finish() {
            try {
                if (!process.waitFor(180, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(
                            "fb " + command + " did not finish within 180 s:\n" + read(out) + read(err));
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            return new Result(process.exitValue(), read(out), read(err), command);
        }

        private static String read(Path p) {
            try {
                return Files.exists(p) ? new String(Files.readAllBytes(p), StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
