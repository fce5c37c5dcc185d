package dev.fbcli.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.fbcli.cli.CliRunner;
import dev.fbcli.cli.SandboxCliTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every read command's {@code --json} against the sandbox, validated against its JSON Schema in
 * docs/schemas (one schema per command, every schema used), with a JSON Schema validator that is
 * not ours. Lists must have rows here, so their row schema is exercised.
 */
class JsonSchemaTest extends SandboxCliTest {
    private static final Path SCHEMAS =
            Path.of("..", "docs", "schemas").toAbsolutePath().normalize();
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    /** Schema name → the command that prints it. */
    private static Map<String, List<String>> commands() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("invoice-list", List.of("invoice", "list"));
        c.put("invoice-view", List.of("invoice", "view", "0006"));
        c.put("invoice-aging", List.of("invoice", "aging"));
        c.put("report-aging", List.of("report", "aging"));
        c.put("time-list", List.of("time", "list", "--from", "2026-11-01", "--to", "2026-11-30"));
        c.put("time-report", List.of("time", "report", "--by", "client", "--from", "2026-11-01", "--to", "2026-11-30"));
        c.put("time-show", List.of("time", "show", "6001"));
        c.put("timer-status", List.of("timer", "status"));
        c.put("expense-list", List.of("expense", "list"));
        c.put("expense-show", List.of("expense", "show", "7005"));
        c.put("expense-categories", List.of("expense", "categories"));
        c.put("payment-list", List.of("payment", "list"));
        c.put("service-list", List.of("service", "list"));
        c.put("client-list", List.of("client", "list"));
        c.put("client-show", List.of("client", "show", "Acme"));
        c.put("project-list", List.of("project", "list"));
        c.put("project-show", List.of("project", "show", "Apollo"));
        c.put("team-list", List.of("team", "list"));
        c.put("estimate-list", List.of("estimate", "list"));
        c.put("undo-list", List.of("undo", "--list"));
        c.put("sync", List.of("sync"));
        c.put("auth-status", List.of("auth", "status"));
        c.put("estimate-show", List.of("estimate", "show", "--latest", "--client", "Initech"));
        c.put("report-profit-loss", List.of("report", "profit-loss", "--year", "2026"));
        c.put("report-revenue", List.of("report", "revenue", "--year", "2026", "--by", "client"));
        c.put("report-payments", List.of("report", "payments", "--year", "2026", "--by", "month"));
        c.put("report-tax", List.of("report", "tax", "--year", "2026"));
        return c;
    }

    @Test
    void everyReadCommandsJsonMatchesItsSchema() throws IOException {
        CliRunner.Result timer = fb("--yes", "timer", "start", "--project", "Apollo", "--note", "schema");
        assertThat(timer.exitCode()).as(timer.err()).isZero();
        CliRunner.Result estimate =
                fb("--yes", "estimate", "create", "--client", "Initech", "--line", "Mobile app:1:4000");
        assertThat(estimate.exitCode()).as(estimate.err()).isZero();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> c : commands().entrySet()) {
            List<String> args = new ArrayList<>(c.getValue());
            args.add("--json");
            CliRunner.Result r = fb(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(c.getKey() + ": " + r.err()).isZero();
            JsonNode doc = Json.MAPPER.readTree(r.out());
            JsonNode rows = Csv.rows(doc);
            if (rows != null && !c.getKey().endsWith("-show") && !c.getKey().endsWith("-view")) {
                assertThat(rows).as(c.getKey() + " has rows to check").isNotEmpty();
            }
            Schema schema = REGISTRY.getSchema(Files.newInputStream(SCHEMAS.resolve(c.getKey() + ".json")));
            for (Error e : schema.validate(doc)) {
                problems.add(c.getKey() + ": " + e.getInstanceLocation() + " " + e.getMessage());
            }
            assertThat(r.out())
                    .as(c.getKey() + " speaks fb's words")
                    .doesNotContain("vis_state", "v3_status", "\"userid\"", "\"0-30\"", "\"91+\"", "end_date");
        }
        assertThat(problems).isEmpty();
    }

    /** Writes, each with --json, then each with --dry-run --json: the two write envelopes. */
    @Test
    void everyWriteKindsJsonMatchesTheWriteSchema() throws IOException {
        List<List<String>> writes = List.of(
                List.of("time", "log", "--duration", "1h", "--project", "Apollo", "--service", "Design"),
                List.of(
                        "expense",
                        "add",
                        "--amount",
                        "12.50",
                        "--category",
                        "Meals and Entertainment",
                        "--vendor",
                        "Deli"),
                List.of("invoice", "create", "--client", "Initech", "--line", "Schema check:1:100"),
                List.of("estimate", "create", "--client", "Initech", "--line", "Schema check:1:100"),
                List.of("client", "create", "--organization", "Schema Checks Ltd"),
                List.of("project", "create", "Schema Project", "--client", "Initech"),
                List.of("service", "create", "Schema Work", "--rate", "90"),
                List.of("payment", "record", "0006", "--amount", "10"));
        Schema write = REGISTRY.getSchema(Files.newInputStream(SCHEMAS.resolve("write.json")));
        Schema dry = REGISTRY.getSchema(Files.newInputStream(SCHEMAS.resolve("write-dry-run.json")));
        List<String> problems = new ArrayList<>();
        for (List<String> w : writes) {
            for (boolean dryRun : List.of(true, false)) {
                List<String> args = new ArrayList<>(List.of("--yes", "--json"));
                if (dryRun) {
                    args.add("--dry-run");
                }
                args.addAll(w);
                CliRunner.Result r = fb(args.toArray(String[]::new));
                assertThat(r.exitCode()).as(w + ": " + r.err()).isZero();
                JsonNode doc = Json.MAPPER.readTree(r.out());
                for (Error e : (dryRun ? dry : write).validate(doc)) {
                    problems.add(
                            w + (dryRun ? " --dry-run" : "") + ": " + e.getInstanceLocation() + " " + e.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aSchemaCatchesAWrongDocument() throws IOException {
        Schema schema = REGISTRY.getSchema(Files.newInputStream(SCHEMAS.resolve("invoice-list.json")));
        JsonNode wrong = Json.MAPPER.readTree("{\"invoices\": [{\"id\": \"9001\", \"amount\": \"$2,000.00\"}]}");
        assertThat(schema.validate(wrong)).isNotEmpty();
    }

    @Test
    void everySchemaBelongsToACommand() throws IOException {
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            assertThat(files.map(p -> p.getFileName().toString().replace(".json", "")))
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(
                                    commands().keySet().stream(), Stream.of("write", "write-dry-run"))
                            .toList());
        }
    }
}
