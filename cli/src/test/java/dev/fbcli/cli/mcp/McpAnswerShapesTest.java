package dev.fbcli.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliRunner;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.render.Json;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The answers the MCP tools and resources give have the shapes docs/mcp.md documents, field for
 * field, and a read's {@code result} is the {@code --json} document of the same command
 * (docs/json.md), against the sandbox.
 */
class McpAnswerShapesTest extends SandboxCliTest {
    private AppContext ctx;
    private FbTools tools;

    @BeforeEach
    void server() {
        ctx = new AppContext(
                Map.of("FB_HOME", home.toString(), "NO_COLOR", "1"),
                java.io.InputStream.nullInputStream(),
                new PrintWriter(Writer.nullWriter()),
                new PrintWriter(Writer.nullWriter()),
                false,
                clock);
        ctx.options().sandbox = true;
        tools = new FbTools(ctx, ToolCatalog.all());
    }

    @AfterEach
    void close() {
        ctx.closeSession();
    }

    private FbTools.Answer call(String tool, Map<String, Object> args) {
        return tools.call(tool, args, FbTools.Confirmer.NONE);
    }

    private JsonNode cliJson(String... args) throws Exception {
        CliRunner.Result r = fb(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return Json.MAPPER.readTree(r.out());
    }

    @Test
    void aReadAnswersTheJsonDocumentOfTheSameCommand() throws Exception {
        Map<String, List<String>> reads = new LinkedHashMap<>();
        reads.put("invoice_list", List.of("--json", "invoice", "list"));
        reads.put("client_list", List.of("--json", "client", "list"));
        reads.put("expense_list", List.of("--json", "expense", "list"));
        for (Map.Entry<String, List<String>> e : reads.entrySet()) {
            FbTools.Answer a = call(e.getKey(), Map.of());
            assertThat(a.error()).as(e.getKey() + ": " + a.text()).isFalse();
            assertThat(a.structured()).containsOnlyKeys("status", "result", "command");
            assertThat(a.structured()).containsEntry("status", "ok");
            JsonNode result = Json.MAPPER.valueToTree(a.structured().get("result"));
            // the same document (compared as text: the answer's numbers went through plain Java values)
            assertThat(result.toString())
                    .as(e.getKey())
                    .isEqualTo(cliJson(e.getValue().toArray(String[]::new)).toString());
        }
        FbTools.Answer aging = call("report_show", Map.of("report", "aging"));
        JsonNode report = Json.MAPPER.valueToTree(aging.structured().get("result"));
        assertThat(report.path("currencies").get(0).path("clients").get(0).fieldNames())
                .toIterable()
                .containsExactly(
                        "client_id",
                        "client",
                        "email",
                        "days_0_30",
                        "days_31_60",
                        "days_61_90",
                        "days_over_90",
                        "total");
    }

    @Test
    void aWriteIsAPlanThenDoneAndTheJournalListsIt() {
        FbTools.Answer plan = call(
                "time_log",
                Map.of("duration_minutes", 90, "project", "Apollo", "service", "Development", "note", "shapes"));
        assertThat(plan.error()).as(plan.text()).isFalse();
        assertThat(plan.structured())
                .containsOnlyKeys(
                        "status",
                        "plan_id",
                        "tool",
                        "summary",
                        "details",
                        "warnings",
                        "requests",
                        "command",
                        "confirm_with",
                        "expires_at",
                        "written")
                .containsEntry("status", "plan")
                .containsEntry("written", false);
        String id = (String) plan.structured().get("plan_id");

        FbTools.Answer done = call("time_log", Map.of("plan_id", id));
        assertThat(done.error()).as(done.text()).isFalse();
        assertThat(done.structured())
                .containsOnlyKeys("status", "plan_id", "change_id", "message", "kind", "id", "link", "record")
                .containsEntry("status", "done")
                .containsEntry("kind", "time_entry");

        FbTools.Answer again = call("time_log", Map.of("plan_id", id));
        assertThat(again.structured()).containsEntry("already_applied", true);

        FbTools.Answer changes = call("list_changes", Map.of());
        assertThat(changes.structured()).containsOnlyKeys("status", "changes", "total");
        @SuppressWarnings("unchecked")
        Map<String, Object> change =
                ((List<Map<String, Object>>) changes.structured().get("changes")).get(0);
        assertThat(change)
                .containsOnlyKeys(
                        "change_id", "at", "summary", "kind", "record_id", "link", "undone_at", "reversible", "undo");

        FbTools.Answer undo = call("undo", Map.of());
        assertThat(undo.structured()).containsEntry("status", "plan");
        FbTools.Answer undone = call("undo", Map.of("plan_id", undo.structured().get("plan_id")));
        assertThat(undone.structured())
                .containsOnlyKeys("status", "change_id", "undone", "not_undone")
                .containsEntry("status", "done");
    }

    @Test
    void anErrorSaysWhatAndHowToGoOn() {
        FbTools.Answer a = call("client_show", Map.of("client", "Umbrella"));
        assertThat(a.error()).isTrue();
        assertThat(a.structured())
                .containsOnlyKeys("status", "error", "hint", "exit_code")
                .containsEntry("status", "error")
                .containsEntry("exit_code", 2);
        assertThat((String) a.structured().get("error")).contains("Umbrella Corp", "Umbrella Health");

        FbTools.Answer unsure = call("ask", Map.of("phrase", "record a payment"));
        assertThat(unsure.structured()).containsOnlyKeys("status", "error", "read_as");
    }

    @Test
    void theResourcesListNamesWithNumericIds() throws Exception {
        Map<String, List<String>> fields = Map.of(
                "clients", List.of("id", "name", "contact"),
                "projects", List.of("id", "name", "client_id", "client", "active"),
                "services", List.of("id", "name", "billable"),
                "expense-categories", List.of("id", "name", "parent_id"));
        for (AccountResources.Listing l : AccountResources.LISTINGS) {
            JsonNode doc = Json.MAPPER.readTree(tools.resource(l));
            String key = l.name().replace('-', '_');
            assertThat(doc.fieldNames()).toIterable().containsExactly(key, "business", "updated_at");
            JsonNode first = doc.get(key).get(0);
            assertThat(first.fieldNames()).toIterable().isSubsetOf(fields.get(l.name()));
            assertThat(first.get("id").isNumber())
                    .as(l.name() + " id " + first.get("id"))
                    .isTrue();
        }
    }
}
