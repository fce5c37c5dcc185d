package dev.fbcli.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.ExpenseDto;
import dev.fbcli.freshbooks.model.ExpenseQuery;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.PaymentDto;
import dev.fbcli.freshbooks.model.PaymentQuery;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import dev.fbcli.nlp.intent.IntentType;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fb mcp --sandbox} as a separate process, driven over stdio by the MCP Java SDK's client:
 * the tool list, the seed's four actions as tool calls (writes through plan → confirm), and what
 * the sandbox holds afterwards, read back over its API by an independent client.
 */
class McpStdioIT {
    @TempDir
    Path home;

    private static List<TimeEntryDto> entriesOn(SandboxInspector s, long project) {
        return s.client()
                .timeEntries()
                .list(TimeEntryQuery.empty().withProjectId(project))
                .toList();
    }

    @Test
    void should_list_a_tool_for_every_intent_with_its_slots_and_the_account_resources_and_prompts() {
        try (McpProcess fb = new McpProcess(home)) {
            Map<String, McpSchema.Tool> tools =
                    fb.client().listTools().tools().stream().collect(Collectors.toMap(McpSchema.Tool::name, t -> t));

            for (IntentType t : IntentType.values()) {
                if (t == IntentType.UNKNOWN) {
                    continue;
                }
                McpSchema.Tool tool = tools.get(ToolCatalog.toolName(t));
                assertThat(tool).as("a tool for " + t.wire()).isNotNull();
                @SuppressWarnings("unchecked")
                Map<String, Object> props =
                        (Map<String, Object>) tool.inputSchema().get("properties");
                assertThat(props.keySet()).containsAll(t.slots().keySet());
                assertThat(tool.annotations().readOnlyHint()).isEqualTo(!ToolCatalog.writes(t));
                if (ToolCatalog.writes(t)) {
                    assertThat(props).containsKey("plan_id");
                    assertThat(tool.description()).contains("WRITES").contains("plan_id");
                }
            }
            assertThat(tools).containsKeys("ask", "undo", "list_changes");
            assertThat(fb.client().listResources().resources())
                    .extracting(McpSchema.Resource::uri)
                    .contains(
                            "fb://account/clients",
                            "fb://account/projects",
                            "fb://account/services",
                            "fb://account/expense-categories");
            assertThat(fb.client().listPrompts().prompts())
                    .extracting(McpSchema.Prompt::name)
                    .contains("log-my-time", "review-unpaid-invoices");
            McpSchema.ReadResourceResult projects =
                    fb.client().readResource(new McpSchema.ReadResourceRequest("fb://account/projects"));
            String json = ((McpSchema.TextResourceContents) projects.contents().get(0)).text();
            assertThat(json).contains("Website Redesign").contains("\"client\" : \"Acme Corp\"");
            assertThat(fb.stderr()).contains("fb mcp: serving");
        }
    }

    @Test
    void should_create_the_1200_invoice_for_acme_through_plan_then_confirm() {
        try (McpProcess fb = new McpProcess(home)) {
            Map<String, Object> plan = fb.ok(
                    "invoice_create",
                    Map.of(
                            "client", "Acme Corp",
                            "total", Map.of("amount", "1200.00"),
                            "lines", List.of(Map.of("description", "consulting", "quantity", 8))));

            assertThat(plan.get("status")).isEqualTo("plan");
            assertThat(plan.get("written")).isEqualTo(false);
            assertThat(plan.get("summary").toString()).contains("Acme Corp").contains("$1,200.00");
            assertThat(plan.get("requests").toString()).contains("POST").contains("/invoices/invoices");
            try (SandboxInspector s = fb.inspect()) {
                assertThat(s.client()
                                .invoices()
                                .list(InvoiceQuery.empty().withInvoiceNumber("0011"))
                                .toList())
                        .as("nothing is written by the plan")
                        .isEmpty();
            }

            Map<String, Object> done = fb.ok("invoice_create", Map.of("plan_id", plan.get("plan_id")));

            assertThat(done.get("status")).isEqualTo("done");
            assertThat(done.get("message").toString()).contains("Created draft invoice 0011 for Acme Corp, $1,200.00");
            try (SandboxInspector s = fb.inspect()) {
                List<InvoiceDto> made = s.client()
                        .invoices()
                        .list(InvoiceQuery.empty().withInvoiceNumber("0011"))
                        .toList();
                assertThat(made).hasSize(1);
                InvoiceDto inv = s.client().invoices().get(made.get(0).id());
                assertThat(inv.customerId()).isEqualTo(101L);
                assertThat(inv.amount().amount()).isEqualByComparingTo("1200.00");
                assertThat(inv.lines()).singleElement().satisfies(l -> assertThat(l.qty())
                        .isEqualByComparingTo("8"));
            }
            // a confirmation sent twice (an agent that lost the answer) writes nothing more
            Map<String, Object> again = fb.ok("invoice_create", Map.of("plan_id", plan.get("plan_id")));
            assertThat(again.get("already_applied")).isEqualTo(true);
            try (SandboxInspector s = fb.inspect()) {
                assertThat(s.client()
                                .invoices()
                                .list(InvoiceQuery.empty().withInvoiceNumber("0012"))
                                .toList())
                        .isEmpty();
            }
        }
    }

    @Test
    void should_log_three_hours_of_design_on_the_acme_project_and_undo_it() {
        try (McpProcess fb = new McpProcess(home)) {
            int before;
            try (SandboxInspector s = fb.inspect()) {
                before = entriesOn(s, 201).size();
            }
            Map<String, Object> done = fb.planAndConfirm(
                    "time_log", Map.of("duration_minutes", 180, "target", "Acme Corp", "service", "design"));

            assertThat(done.get("message").toString()).contains("Logged 3h 00m of Design on Website Redesign");
            String id = done.get("id").toString();
            try (SandboxInspector s = fb.inspect()) {
                List<TimeEntryDto> after = entriesOn(s, 201);
                assertThat(after).hasSize(before + 1);
                TimeEntryDto e = after.stream()
                        .filter(x -> x.id().toString().equals(id))
                        .findFirst()
                        .orElseThrow();
                assertThat(e.duration()).isEqualTo(3 * 3600);
                assertThat(e.serviceId()).isEqualTo(301L);
            }
            Map<String, Object> changes = fb.ok("list_changes", Map.of());
            assertThat(changes.get("changes").toString()).contains("Log 3h 00m").contains(id);

            Map<String, Object> undoPlan = fb.ok("undo", Map.of());
            assertThat(undoPlan.get("status")).isEqualTo("plan");
            assertThat(undoPlan.get("requests").toString()).contains("DELETE").contains(id);
            try (SandboxInspector s = fb.inspect()) {
                assertThat(entriesOn(s, 201))
                        .as("undo too waits for its confirmation")
                        .hasSize(before + 1);
            }
            Map<String, Object> undone = fb.ok("undo", Map.of("plan_id", undoPlan.get("plan_id")));

            assertThat(undone.get("status")).isEqualTo("done");
            try (SandboxInspector s = fb.inspect()) {
                assertThat(entriesOn(s, 201)).hasSize(before);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_list_unpaid_invoices_over_30_days_old() {
        try (McpProcess fb = new McpProcess(home)) {
            McpSchema.CallToolResult r = fb.call("invoice_list", Map.of("status", "unpaid", "older_than_days", 30));

            assertThat(r.isError()).isNotEqualTo(Boolean.TRUE);
            assertThat(McpProcess.text(r)).contains("NUMBER").contains("Umbrella Corp");
            Map<String, Object> result =
                    (Map<String, Object>) McpProcess.structured(r).get("result");
            List<Map<String, Object>> invoices = (List<Map<String, Object>>) result.get("invoices");
            assertThat(invoices).isNotEmpty();
            assertThat(invoices).allSatisfy(i -> {
                assertThat(((Number) i.get("days_outstanding")).intValue()).isGreaterThanOrEqualTo(30);
                assertThat(i.get("payment_status")).isNotEqualTo("paid");
            });
        }
    }

    @Test
    void should_record_the_45_dollar_office_supplies_expense_on_the_admin_project() {
        try (McpProcess fb = new McpProcess(home)) {
            Map<String, Object> done = fb.planAndConfirm(
                    "expense_create",
                    Map.of("amount", Map.of("amount", "45.00"), "category", "office supplies", "project", "Admin"));

            String id = done.get("id").toString();
            try (SandboxInspector s = fb.inspect()) {
                ExpenseDto e = s.client().expenses().get(Long.parseLong(id));
                assertThat(e.amount().amount()).isEqualByComparingTo("45.00");
                assertThat(e.projectId() != null ? e.projectId() : e.modernProjectId())
                        .isEqualTo(205L);
                List<ExpenseDto> all =
                        s.client().expenses().list(ExpenseQuery.empty()).toList();
                assertThat(all.stream().filter(x -> x.id().toString().equals(id)))
                        .hasSize(1);
            }
        }
    }

    @Test
    void should_write_nothing_without_the_confirmation_and_refuse_a_plan_with_other_inputs() {
        try (McpProcess fb = new McpProcess(home)) {
            int before;
            try (SandboxInspector s = fb.inspect()) {
                before = entriesOn(s, 205).size();
            }
            Map<String, Object> plan = fb.ok("time_log", Map.of("duration_minutes", 30, "project", "Admin"));
            McpSchema.CallToolResult changed = fb.call(
                    "time_log", Map.of("plan_id", plan.get("plan_id"), "duration_minutes", 600, "project", "Admin"));
            McpSchema.CallToolResult unknown = fb.call("time_log", Map.of("plan_id", "plan-doesnotexist"));
            McpSchema.CallToolResult elsewhere = fb.call("expense_create", Map.of("plan_id", plan.get("plan_id")));

            assertThat(changed.isError()).isTrue();
            assertThat(McpProcess.text(changed)).contains("other arguments").contains("nothing was changed");
            assertThat(unknown.isError()).isTrue();
            assertThat(McpProcess.text(unknown)).contains("there is no plan plan-doesnotexist");
            assertThat(elsewhere.isError()).isTrue();
            assertThat(McpProcess.text(elsewhere)).contains("confirm it with time_log");
            try (SandboxInspector s = fb.inspect()) {
                assertThat(entriesOn(s, 205)).hasSize(before);
            }
            assertThat(fb.ok("list_changes", Map.of()).get("total")).isEqualTo(0);
        }
    }

    @Test
    void should_answer_an_ambiguous_client_with_the_candidates_and_write_nothing() {
        try (McpProcess fb = new McpProcess(home)) {
            McpSchema.CallToolResult r = fb.call(
                    "invoice_create",
                    Map.of(
                            "client",
                            "Umbrella",
                            "lines",
                            List.of(Map.of(
                                    "description", "audit", "quantity", 1, "unit_cost", Map.of("amount", "500.00")))));

            assertThat(r.isError()).isTrue();
            assertThat(McpProcess.text(r)).contains("Umbrella Corp").contains("Umbrella Health");
            assertThat(McpProcess.structured(r).get("status")).isEqualTo("error");
            try (SandboxInspector s = fb.inspect()) {
                assertThat(s.client()
                                .invoices()
                                .list(InvoiceQuery.empty().withInvoiceNumber("0011"))
                                .toList())
                        .isEmpty();
            }
        }
    }

    @Test
    void should_record_a_payment_only_with_the_invoice_number_typed() {
        try (McpProcess fb = new McpProcess(home)) {
            Map<String, Object> plan =
                    fb.ok("payment_record", Map.of("invoice", "0002", "amount", Map.of("amount", "100.00")));
            assertThat(plan.get("needs_invoice_number")).isEqualTo(true);

            McpSchema.CallToolResult without = fb.call("payment_record", Map.of("plan_id", plan.get("plan_id")));
            McpSchema.CallToolResult wrong =
                    fb.call("payment_record", Map.of("plan_id", plan.get("plan_id"), "confirm_invoice_number", "0003"));
            assertThat(without.isError()).isTrue();
            assertThat(McpProcess.text(without)).contains("needs the invoice number");
            assertThat(wrong.isError()).isTrue();
            try (SandboxInspector s = fb.inspect()) {
                assertThat(s.client()
                                .payments()
                                .list(PaymentQuery.empty().withInvoiceId(9002L))
                                .toList())
                        .isEmpty();
            }

            Map<String, Object> done =
                    fb.ok("payment_record", Map.of("plan_id", plan.get("plan_id"), "confirm_invoice_number", "0002"));

            assertThat(done.get("status")).isEqualTo("done");
            try (SandboxInspector s = fb.inspect()) {
                List<PaymentDto> paid = s.client()
                        .payments()
                        .list(PaymentQuery.empty().withInvoiceId(9002L))
                        .toList();
                assertThat(paid)
                        .singleElement()
                        .satisfies(p -> assertThat(p.amount().amount()).isEqualByComparingTo("100.00"));
            }
        }
    }

    @Test
    void should_read_a_phrase_with_ask_and_confirm_its_plan_through_ask() {
        try (McpProcess fb = new McpProcess(home)) {
            Map<String, Object> plan = fb.ok("ask", Map.of("phrase", "log 2 hours of design on Acme today"));
            assertThat(plan.get("status")).isEqualTo("plan");
            assertThat(plan.get("summary").toString()).contains("2h 00m of Design on Website Redesign");

            Map<String, Object> done = fb.ok("ask", Map.of("plan_id", plan.get("plan_id")));

            assertThat(done.get("status")).isEqualTo("done");
            McpSchema.CallToolResult missing = fb.call("ask", Map.of("phrase", "log some design work on Acme"));
            McpSchema.CallToolResult unknown = fb.call("ask", Map.of("phrase", "do something weird with acme"));
            assertThat(missing.isError()).isTrue();
            assertThat(McpProcess.text(missing)).contains("duration_minutes").contains("time_log");
            assertThat(McpProcess.structured(missing).get("read_as").toString())
                    .contains("tool=time_log")
                    .contains("target=Acme");
            assertThat(unknown.isError()).isTrue();
            assertThat(McpProcess.text(unknown)).contains("did not understand");
            assertThat(fb.ok("list_changes", Map.of()).get("total")).isEqualTo(1);
        }
    }

    @Test
    void should_ask_the_user_directly_when_the_client_supports_elicitation() {
        Set<String> asked = new HashSet<>();
        try (McpProcess fb = new McpProcess(home, Map.of(), spec -> spec.capabilities(
                        McpSchema.ClientCapabilities.builder().elicitation().build())
                .elicitation(req -> {
                    asked.add(req.message());
                    boolean yes = req.message().contains("3h 00m");
                    return new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.ACCEPT, Map.of("go_ahead", yes));
                }))) {
            Map<String, Object> done =
                    fb.ok("time_log", Map.of("duration_minutes", 180, "target", "Acme Corp", "service", "design"));
            Map<String, Object> declined =
                    fb.ok("time_log", Map.of("duration_minutes", 60, "target", "Acme Corp", "service", "design"));

            assertThat(done.get("status"))
                    .as("written at once, the user having agreed")
                    .isEqualTo("done");
            assertThat(declined.get("status")).isEqualTo("cancelled");
            assertThat(asked).hasSize(2).allSatisfy(m -> assertThat(m).contains("request: POST"));
            assertThat(fb.ok("list_changes", Map.of()).get("total")).isEqualTo(1);
        }
    }

    @Test
    void should_offer_only_reads_when_read_only_and_only_the_allowed_tools_with_allow() {
        try (McpProcess ro = new McpProcess(home, "--read-only")) {
            Set<String> names = ro.client().listTools().tools().stream()
                    .map(McpSchema.Tool::name)
                    .collect(Collectors.toSet());
            assertThat(names).contains("invoice_list", "time_list", "list_changes", "client_list");
            assertThat(names).doesNotContain("time_log", "invoice_create", "undo");
            McpSchema.CallToolResult read = ro.call("ask", Map.of("phrase", "list all clients"));
            McpSchema.CallToolResult write = ro.call("ask", Map.of("phrase", "log 2 hours of design on Acme"));
            assertThat(read.isError()).isNotEqualTo(Boolean.TRUE);
            assertThat(McpProcess.text(read)).contains("Acme Corp");
            assertThat(write.isError()).isTrue();
            assertThat(McpProcess.text(write)).contains("time_log").contains("does not offer");
        }
        try (McpProcess some = new McpProcess(home, "--allow", "time_log,ask")) {
            Set<String> names = some.client().listTools().tools().stream()
                    .map(McpSchema.Tool::name)
                    .collect(Collectors.toSet());
            assertThat(names).containsExactlyInAnyOrder("time_log", "ask");
            McpSchema.CallToolResult around =
                    some.call("ask", Map.of("phrase", "add a $45 expense for office supplies"));
            assertThat(around.isError()).isTrue();
            assertThat(McpProcess.text(around)).contains("expense_create").contains("does not offer");
        }
    }
}
