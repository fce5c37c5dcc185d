package dev.fbcli.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.ExpenseDto;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's actions through the MCP Inspector's CLI ({@code @modelcontextprotocol/inspector-cli}
 * from npm), a client fb did not write: over stdio (one server per call, so reads and plans), and
 * over streamable HTTP against one long-running {@code fb mcp --http} (so plan, then confirm, in
 * separate calls). Skipped where npm is missing. The package is installed once into
 * {@code target/inspector-cli}.
 */
class McpInspectorIT {
    private static final String PACKAGE = "@modelcontextprotocol/inspector-cli@1.0.3";
    private static final Path DIR = Path.of("target", "inspector-cli").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private static Path bin;

    @BeforeAll
    static void install() throws Exception {
        assumeTrue(onPath("npm") && onPath("node"), "npm is not installed: the MCP Inspector test is skipped");
        bin = DIR.resolve("node_modules/@modelcontextprotocol/inspector-cli/build/cli.js");
        if (!Files.exists(bin)) {
            Files.createDirectories(DIR);
            Process p = new ProcessBuilder(
                            "npm", "install", "--no-audit", "--no-fund", "--prefix", DIR.toString(), PACKAGE)
                    .redirectErrorStream(true)
                    .redirectOutput(DIR.resolve("npm-install.log").toFile())
                    .start();
            assertThat(p.waitFor(300, TimeUnit.SECONDS))
                    .as("npm install finished")
                    .isTrue();
            assertThat(p.exitValue())
                    .as("npm install " + PACKAGE + ": " + Files.readString(DIR.resolve("npm-install.log")))
                    .isZero();
        }
        assertThat(bin).exists();
    }

    private static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, exe))) {
                return true;
            }
        }
        return false;
    }

    /** One Inspector CLI call; returns its JSON answer. */
    private JsonNode inspector(List<String> target, String method, String... more) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("node", bin.toString(), "--cli"));
        cmd.addAll(target);
        cmd.addAll(List.of("--method", method));
        cmd.addAll(List.of(more));
        Path out = Files.createTempFile(home, "inspector", ".out");
        Path err = Files.createTempFile(home, "inspector", ".err");
        // the CLI reads its own package.json relative to the working directory: run it from its build folder
        Process p = new ProcessBuilder(cmd)
                .directory(bin.getParent().toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS))
                .as("the inspector answered")
                .isTrue();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(cmd + "\n" + text + Files.readString(err)).isZero();
        return JSON.readTree(text);
    }

    private List<String> stdio() {
        return List.of(
                "-e",
                "FB_HOME=" + home,
                "-e",
                "NO_COLOR=1",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                McpProcess.JAR.toString(),
                "mcp",
                "--sandbox");
    }

    private static String[] call(String tool, String... args) {
        List<String> a = new ArrayList<>(List.of("--tool-name", tool));
        for (String x : args) {
            a.add("--tool-arg");
            a.add(x);
        }
        return a.toArray(String[]::new);
    }

    @Test
    void should_list_the_tools_read_and_plan_over_stdio() throws Exception {
        JsonNode tools = inspector(stdio(), "tools/list");
        List<String> names = new ArrayList<>();
        tools.path("tools").forEach(t -> names.add(t.path("name").asText()));
        assertThat(names).contains("invoice_create", "time_log", "invoice_list", "expense_create", "ask", "undo");

        JsonNode unpaid = inspector(stdio(), "tools/call", call("invoice_list", "status=unpaid", "older_than_days=30"));
        assertThat(unpaid.path("isError").asBoolean(false)).isFalse();
        assertThat(unpaid.path("structuredContent")
                        .path("result")
                        .path("invoices")
                        .size())
                .isPositive();

        int before = entriesOnAcme();
        JsonNode plan = inspector(
                stdio(), "tools/call", call("time_log", "duration_minutes=180", "target=Acme Corp", "service=design"));
        assertThat(plan.path("structuredContent").path("status").asText()).isEqualTo("plan");
        assertThat(entriesOnAcme()).as("a plan writes nothing").isEqualTo(before);
    }

    private int entriesOnAcme() {
        try (SandboxInspector s = new SandboxInspector(home, Clock.systemDefaultZone())) {
            return s.client()
                    .timeEntries()
                    .list(TimeEntryQuery.empty().withProjectId(201L))
                    .toList()
                    .size();
        }
    }

    @Test
    void should_carry_out_the_seed_writes_with_plan_then_confirm_over_http() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        McpProcess.JAR.toString(),
                        "mcp",
                        "--sandbox",
                        "--http")
                .redirectOutput(home.resolve("server.out").toFile())
                .redirectError(home.resolve("server.err").toFile());
        pb.environment().put("FB_HOME", home.toString());
        pb.environment().put("NO_COLOR", "1");
        Process server = pb.start();
        try {
            String url = awaitUrl(server, home.resolve("server.err"));
            List<String> http = List.of(url, "--transport", "http");

            JsonNode invoicePlan = inspector(
                    http,
                    "tools/call",
                    call(
                            "invoice_create",
                            "client=Acme Corp",
                            "total={\"amount\":\"1200.00\"}",
                            "lines=[{\"description\":\"consulting\",\"quantity\":8}]"));
            String invoicePlanId = planId(invoicePlan);
            JsonNode invoice = inspector(http, "tools/call", call("invoice_create", "plan_id=" + invoicePlanId));
            JsonNode timePlan = inspector(
                    http, "tools/call", call("time_log", "duration_minutes=180", "target=Acme Corp", "service=design"));
            JsonNode time = inspector(http, "tools/call", call("time_log", "plan_id=" + planId(timePlan)));
            JsonNode expensePlan = inspector(
                    http,
                    "tools/call",
                    call(
                            "expense_create",
                            "amount={\"amount\":\"45.00\"}",
                            "category=office supplies",
                            "project=Admin"));
            JsonNode expense = inspector(http, "tools/call", call("expense_create", "plan_id=" + planId(expensePlan)));
            JsonNode unpaid =
                    inspector(http, "tools/call", call("invoice_list", "status=unpaid", "older_than_days=30"));

            assertThat(done(invoice).path("message").asText()).contains("Created draft invoice 0011 for Acme Corp");
            assertThat(done(time).path("message").asText()).contains("Logged 3h 00m of Design on Website Redesign");
            assertThat(done(expense).path("message").asText()).contains("$45.00");
            assertThat(unpaid.path("structuredContent")
                            .path("result")
                            .path("invoices")
                            .size())
                    .isPositive();
            try (SandboxInspector s = new SandboxInspector(home, Clock.systemDefaultZone())) {
                List<InvoiceDto> made = s.client()
                        .invoices()
                        .list(InvoiceQuery.empty().withInvoiceNumber("0011"))
                        .toList();
                assertThat(made).singleElement().satisfies(i -> assertThat(i.customerId())
                        .isEqualTo(101L));
                long entry = done(time).path("id").asLong();
                assertThat(s.client()
                                .timeEntries()
                                .list(TimeEntryQuery.empty().withProjectId(201L))
                                .toList())
                        .filteredOn(e -> e.id() == entry)
                        .singleElement()
                        .satisfies(e -> assertThat(e.duration()).isEqualTo(3 * 3600));
                ExpenseDto e =
                        s.client().expenses().get(done(expense).path("id").asLong());
                assertThat(e.amount().amount()).isEqualByComparingTo("45.00");
            }
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static String planId(JsonNode answer) {
        JsonNode st = answer.path("structuredContent");
        assertThat(st.path("status").asText()).as(answer.toString()).isEqualTo("plan");
        return st.path("plan_id").asText();
    }

    private static JsonNode done(JsonNode answer) {
        JsonNode st = answer.path("structuredContent");
        assertThat(st.path("status").asText()).as(answer.toString()).isEqualTo("done");
        return st;
    }

    private String awaitUrl(Process server, Path err) throws IOException, InterruptedException {
        Pattern url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/mcp)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            Matcher m = url.matcher(Files.readString(err));
            if (m.find()) {
                return m.group(1);
            }
            assertThat(server.isAlive())
                    .as("fb mcp --http is running: " + Files.readString(err))
                    .isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("fb mcp --http printed no URL: " + Files.readString(err));
    }
}
