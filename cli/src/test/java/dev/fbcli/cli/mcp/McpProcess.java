package dev.fbcli.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fbcli.cli.SandboxInspector;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code fb mcp --sandbox} as an agent runs it: the packaged {@code fb.jar} in its own JVM, driven
 * over stdio by the MCP Java SDK's client, with its own {@code FB_HOME}. Its stderr is kept, so a
 * test can check what the server printed besides the protocol.
 */
final class McpProcess implements AutoCloseable {
    static final Path JAR = Path.of("target", "fb.jar").toAbsolutePath();

    private final Path home;
    private final McpSyncClient client;
    private final StringBuilder stderr = new StringBuilder();

    McpProcess(
            Path home, Map<String, String> env, Function<McpClient.SyncSpec, McpClient.SyncSpec> spec, String... args) {
        assertThat(JAR).as("the packaged jar (failsafe runs after package)").exists();
        this.home = home;
        List<String> cmd = new ArrayList<>(List.of(
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-jar",
                JAR.toString(),
                "mcp",
                "--sandbox"));
        cmd.addAll(List.of(args));
        Map<String, String> e = new LinkedHashMap<>();
        e.put("FB_HOME", home.toString());
        e.put("FB_CREDENTIAL_STORE", "file");
        e.put("NO_COLOR", "1");
        e.putAll(env);
        ServerParameters params = ServerParameters.builder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString())
                .args(cmd)
                .env(e)
                .build();
        StdioClientTransport transport = new StdioClientTransport(params, new JacksonMcpJsonMapper(new ObjectMapper()));
        transport.setStdErrorHandler(line -> {
            synchronized (stderr) {
                stderr.append(line).append('\n');
            }
        });
        this.client = spec.apply(McpClient.sync(transport).requestTimeout(Duration.ofSeconds(120)))
                .build();
        client.initialize();
    }

    McpProcess(Path home, String... args) {
        this(home, Map.of(), s -> s, args);
    }

    McpSyncClient client() {
        return client;
    }

    McpSchema.CallToolResult call(String tool, Map<String, Object> args) {
        return client.callTool(new McpSchema.CallToolRequest(tool, args));
    }

    /** Calls a tool and returns its structured answer, failing the test when it is an error. */
    @SuppressWarnings("unchecked")
    Map<String, Object> ok(String tool, Map<String, Object> args) {
        McpSchema.CallToolResult r = call(tool, args);
        assertThat(r.isError()).as(tool + " " + args + ": " + text(r)).isNotEqualTo(Boolean.TRUE);
        return (Map<String, Object>) r.structuredContent();
    }

    /** Calls a write tool twice: the plan, then its confirmation. Returns the confirmation's answer. */
    Map<String, Object> planAndConfirm(String tool, Map<String, Object> args) {
        Map<String, Object> plan = ok(tool, args);
        assertThat(plan.get("status")).as("a plan first: " + plan).isEqualTo("plan");
        Map<String, Object> done = ok(tool, Map.of("plan_id", plan.get("plan_id")));
        assertThat(done.get("status")).as(done.toString()).isEqualTo("done");
        return done;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> structured(McpSchema.CallToolResult r) {
        return (Map<String, Object>) r.structuredContent();
    }

    static String text(McpSchema.CallToolResult r) {
        StringBuilder sb = new StringBuilder();
        for (McpSchema.Content c : r.content()) {
            if (c instanceof McpSchema.TextContent t) {
                sb.append(t.text());
            }
        }
        return sb.toString();
    }

    String stderr() {
        synchronized (stderr) {
            return stderr.toString();
        }
    }

    /** The sandbox's records as they are now, through an independent server and client. */
    SandboxInspector inspect() {
        return new SandboxInspector(home, Clock.systemDefaultZone());
    }

    @Override
    public void close() {
        client.closeGracefully();
    }
}
