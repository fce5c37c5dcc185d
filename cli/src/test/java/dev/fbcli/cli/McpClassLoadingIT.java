package dev.fbcli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MCP SDK (and Reactor, Jetty, the JSON Schema validator it brings) stays out of every
 * command but {@code fb mcp}: the packaged {@code fb.jar} is run with {@code -verbose:class} for a
 * phrase, a structured command, the help (which builds every command, {@code mcp} included) and
 * {@code fb mcp --help}; a control run of {@code fb mcp} shows the check would see them.
 */
class McpClassLoadingIT {
    @TempDir
    Path home;

    record Run(int exit, String classes, String err) {
        boolean loadedMcp() {
            return classes.contains(" io.modelcontextprotocol.")
                    || classes.contains(" reactor.core.")
                    || classes.contains(" org.eclipse.jetty.")
                    || classes.contains(" com.networknt.");
        }
    }

    Run fb(String... args) throws IOException, InterruptedException {
        Path jar = Path.of("target", "fb.jar").toAbsolutePath();
        assertThat(jar).as("the packaged jar (failsafe runs after package)").exists();
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto",
                "-verbose:class",
                "-jar",
                jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().keySet().removeIf(k -> k.startsWith("FB_") || k.equals("FRESHBOOKS_TOKEN"));
        pb.environment().put("FB_HOME", home.toString());
        pb.environment().put("NO_COLOR", "1");
        Path out = home.resolve("stdout-" + System.nanoTime());
        Path err = home.resolve("stderr-" + System.nanoTime());
        pb.redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Files.createFile(home.resolve("stdin-" + System.nanoTime()))
                        .toFile()));
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("fb did not finish");
        }
        return new Run(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void should_load_no_mcp_class_for_phrases_commands_and_help() throws Exception {
        Run phrase = fb("--sandbox", "list all clients");
        Run command = fb("--sandbox", "invoice", "list", "--status", "unpaid");
        Run help = fb("--help");
        Run mcpHelp = fb("mcp", "--help");

        assertThat(phrase.exit()).as(phrase.err()).isZero();
        assertThat(phrase.classes()).contains("Acme Corp");
        assertThat(command.exit()).as(command.err()).isZero();
        assertThat(help.classes()).contains("mcp").contains("dev.fbcli.cli.command.McpCommand");
        assertThat(mcpHelp.classes()).contains("--read-only");
        assertThat(phrase.loadedMcp()).isFalse();
        assertThat(command.loadedMcp()).isFalse();
        assertThat(help.loadedMcp()).isFalse();
        assertThat(mcpHelp.loadedMcp()).isFalse();
    }

    @Test
    void should_load_the_mcp_sdk_when_fb_mcp_serves() throws Exception {
        // stdin is empty: the server starts, reads end of input, and stops
        Run serve = fb("mcp", "--sandbox");

        assertThat(serve.exit()).as(serve.err()).isZero();
        assertThat(serve.err()).contains("fb mcp: serving");
        assertThat(serve.loadedMcp()).isTrue();
    }
}
