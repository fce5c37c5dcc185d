package dev.fbcli.cli.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher install.sh writes, on the packaged build: the JVM options it passes (C1 only for a
 * command, full tiering for {@code fb sandbox serve}), its one-line refusal of a Java older than 17
 * (install.sh's too), and a start-up archive lock left by a killed build, which does not block the
 * archive. The java it runs is a script standing in for a JDK (our own port: {@code JAVA_HOME}),
 * which prints the options it was given; the archive test runs the real JDK.
 */
class LauncherIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private Path prefix;

    @BeforeEach
    void install() throws Exception {
        prefix = tmp.resolve("prefix");
        Result install = run(
                Map.of("FB_CDS", "0"),
                ROOT.resolve("install.sh").toString(),
                "--prefix",
                prefix.toString(),
                "--no-build");
        assertThat(install.code()).as(install.err()).isZero();
    }

    /** A JDK whose java prints its arguments, one per line; {@code version} is its release's JAVA_VERSION. */
    private Path fakeJdk(String version, boolean withRelease) throws IOException {
        Path home = tmp.resolve("jdk-" + version + (withRelease ? "" : "-bare"));
        Files.createDirectories(home.resolve("bin"));
        if (withRelease) {
            Files.writeString(
                    home.resolve("release"),
                    "JAVA_VERSION=\"" + version + "\"\nJAVA_RUNTIME_VERSION=\"" + version + "+7\"\n");
        }
        Path java = home.resolve("bin/java");
        Files.writeString(
                java,
                "#!/bin/sh\n"
                        + "if [ \"$1\" = -version ]; then echo 'openjdk version \"" + version
                        + "\" 2026-01-20' >&2; exit 0; fi\n"
                        + "for a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private List<String> jvmOptions(Path jdk, String... args) throws Exception {
        Result r = run(Map.of("JAVA_HOME", jdk.toString(), "FB_CDS", "0"), launcher(args));
        assertThat(r.code()).as(r.err()).isZero();
        List<String> seen = r.out().lines().toList();
        return seen.subList(0, seen.indexOf("-jar"));
    }

    private String[] launcher(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(prefix.resolve("bin/fb").toString());
        cmd.addAll(List.of(args));
        return cmd.toArray(String[]::new);
    }

    @Test
    void a_command_runs_c1_only_and_a_sandbox_server_with_full_tiering() throws Exception {
        Path jdk = fakeJdk("17.0.15", true);

        assertThat(jvmOptions(jdk, "--version")).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(jvmOptions(jdk, "sandbox", "reset")).contains("-XX:TieredStopAtLevel=1");
        assertThat(jvmOptions(jdk, "sandbox serve")).contains("-XX:TieredStopAtLevel=1"); // a phrase
        for (String[] serve : List.of(
                new String[] {"sandbox", "serve"},
                new String[] {"--debug", "sandbox", "serve", "--port", "0"},
                new String[] {"--parser", "rules", "sandbox", "--debug", "serve"},
                new String[] {"mcp"})) {
            List<String> options = jvmOptions(jdk, serve);
            assertThat(options).as(String.join(" ", serve)).doesNotContain("-XX:TieredStopAtLevel=1");
            assertThat(options).contains("-XX:+UseSerialGC", "-XX:-UsePerfData", "-Dfile.encoding=UTF-8");
        }
    }

    @Test
    void a_java_older_than_17_is_named_in_one_line() throws Exception {
        for (Path jdk : List.of(fakeJdk("11.0.2", true), fakeJdk("11.0.2", false), fakeJdk("1.8.0_402", true))) {
            Result r = run(Map.of("JAVA_HOME", jdk.toString()), launcher("--version"));

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.err())
                    .startsWith("fb: Java 17 or newer is needed; " + jdk.resolve("bin/java") + " is Java ")
                    .endsWith("(set JAVA_HOME to a JDK 17 or newer)\n")
                    .hasLineCount(1);
        }
        Result install = run(
                Map.of("JAVA_HOME", fakeJdk("11.0.2", false).toString()),
                ROOT.resolve("install.sh").toString(),
                "--prefix",
                tmp.resolve("other").toString(),
                "--no-build");
        assertThat(install.code()).isEqualTo(1);
        assertThat(install.err()).contains("fb needs Java 17 or newer").contains("is Java 11.0.2");
        assertThat(tmp.resolve("other")).doesNotExist();
    }

    @Test
    void a_lock_left_by_a_killed_archive_build_is_taken_over() throws Exception {
        Path app = prefix.resolve("share/fb/app");
        Path lock = app.resolve("fb.lock");
        Map<String, String> env = Map.of("FB_HOME", tmp.resolve("home").toString());

        // a build that is running: its lock is left alone
        Files.createDirectories(lock);
        String self = String.valueOf(ProcessHandle.current().pid());
        Files.writeString(lock.resolve("pid"), self + "\n");
        Result r = run(env, launcher("--version"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(lock.resolve("pid")).strip()).isEqualTo(self);
        assertThat(app.resolve("fb.cds")).doesNotExist();

        // a build that was killed: its process is gone, so the next run builds the archive
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(lock.resolve("pid"), gone.pid() + "\n");
        r = run(env, launcher("--version"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        // the archive is built in the background; wait for it (a guard against a hang, not a speed check)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while ((Files.exists(lock) || !Files.exists(app.resolve("fb.cds"))) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(app.resolve("fb.cds")).exists();
        assertThat(lock).doesNotExist();
    }

    record Result(int code, String out, String err) {}

    private Result run(Map<String, String> env, String... cmd) throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(cmd)))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(new File("/dev/null"));
        pb.environment().remove("FB_JAVA_OPTS");
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("HOME", tmp.resolve("user-home").toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        // a guard against a hang, not a speed check
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", cmd) + " did not finish");
        }
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
