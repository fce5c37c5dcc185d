package dev.fbcli.cli.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * install.sh on the packaged build (failsafe runs after {@code package}): the launcher, the
 * start-up archive, the completions and man pages land under the prefix, the installed fb runs
 * with the archive mapped, a stale archive is silent, and {@code --uninstall} removes all of it.
 */
class InstallIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void should_install_run_with_the_archive_and_uninstall_everything() throws Exception {
        Path prefix = tmp.resolve("prefix");

        Result install =
                run(Map.of(), ROOT.resolve("install.sh").toString(), "--prefix", prefix.toString(), "--no-build");
        assertThat(install.code()).as(install.err()).isZero();

        Path app = prefix.resolve("share/fb/app");
        assertThat(prefix.resolve("bin/fb")).isExecutable();
        assertThat(prefix.resolve("share/bash-completion/completions/fb"))
                .content()
                .contains("complete -F _fb fb");
        assertThat(prefix.resolve("share/zsh/site-functions/_fb")).content().startsWith("#compdef fb");
        assertThat(prefix.resolve("share/fish/vendor_completions.d/fb.fish")).exists();
        assertThat(prefix.resolve("share/man/man1/fb.1")).exists();
        assertThat(prefix.resolve("share/man/man1/fb-invoice-list.1")).exists();
        List<String> stamp = Files.readAllLines(app.resolve("fb.cds"));
        assertThat(stamp).hasSize(3);
        assertThat(app.resolve("fb." + stamp.get(0))).isNotEmptyFile();

        // -Xshare:on makes the JVM fail instead of running without the archive (Java 17-23)
        Map<String, String> env = Map.of("FB_HOME", tmp.resolve("home").toString());
        String mustMap = stamp.get(0).equals("jsa") ? "-Xshare:on" : "-XX:AOTMode=on";
        Result version = run(
                Map.of("FB_HOME", env.get("FB_HOME"), "FB_JAVA_OPTS", mustMap),
                prefix.resolve("bin/fb").toString(),
                "--version");
        assertThat(version.code()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("fb ");
        assertThat(version.err()).isEmpty();

        // a jar newer than the archive: the JVM refuses the archive, and says nothing about it
        Path lib = app.resolve("lib");
        try (Stream<Path> jars = Files.list(lib)) {
            Path some =
                    jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
            Files.setLastModifiedTime(
                    some, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        }
        Result stale =
                run(env, prefix.resolve("bin/fb").toString(), "parse", "--json", "log 3 hours of design on Acme");
        assertThat(stale.code()).as(stale.err()).isZero();
        assertThat(stale.out()).contains("\"intent\":\"time.log\"");
        assertThat(stale.err()).isEmpty();

        Result uninstall =
                run(Map.of(), ROOT.resolve("install.sh").toString(), "--prefix", prefix.toString(), "--uninstall");
        assertThat(uninstall.code()).as(uninstall.err()).isZero();
        try (Stream<Path> left = Files.walk(prefix)) {
            assertThat(left.filter(Files::isRegularFile).toList()).isEmpty();
        }
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
        pb.environment().put("HOME", tmp.resolve("user-home").toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        // a guard against a hang, not a speed check: the install makes the archive (a training run)
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
