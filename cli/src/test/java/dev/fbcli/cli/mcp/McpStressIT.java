package dev.fbcli.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.ExpenseDto;
import dev.fbcli.freshbooks.model.ExpenseQuery;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 tool calls against {@code fb mcp --sandbox} whose sandbox injects faults (429s, 500s and 503s,
 * and connections reset after a POST was applied): mixed reads and writes through plan → confirm,
 * a failed confirmation tried again as an agent would. Every write whose confirmation answered
 * "done" is in the account exactly once, and none is there twice. Bounded: 200 calls, seeded faults.
 */
class McpStressIT {
    private static final int CALLS = 200;
    private static final String FAULTS = "429=0.08,500=0.04,503=0.04,reset=0.03,retry-after=0,seed=19";

    @TempDir
    Path home;

    /** One logical write: its marker (in the note) and what the agent was told. */
    record Write(String kind, String marker, List<String> doneIds, int confirmations) {}

    @Test
    void should_apply_every_confirmed_write_exactly_once_under_injected_faults() {
        List<Write> writes = new ArrayList<>();
        int calls = 0;
        int reads = 0;
        int readErrors = 0;
        String stderr;
        try (McpProcess fb = new McpProcess(home, Map.of("FB_SANDBOX_FAULTS", FAULTS), s -> s, "--debug")) {
            for (int i = 0; calls < CALLS; i++) {
                if (i % 3 == 0) {
                    String tool = List.of("time_list", "invoice_list", "client_list", "expense_list")
                            .get(i % 4);
                    McpSchema.CallToolResult r = fb.call(tool, Map.of());
                    calls++;
                    reads++;
                    readErrors += Boolean.TRUE.equals(r.isError()) ? 1 : 0;
                    continue;
                }
                String marker = "stress-" + i;
                boolean time = i % 2 == 0;
                String tool = time ? "time_log" : "expense_create";
                Map<String, Object> args = new LinkedHashMap<>();
                if (time) {
                    args.put("duration_minutes", 15 + i);
                    args.put("project", "Admin");
                    args.put("note", marker);
                } else {
                    args.put("amount", Map.of("amount", (10 + i) + ".00"));
                    args.put("category", "office supplies");
                    args.put("vendor", "Vendor " + i);
                    args.put("note", marker);
                }
                McpSchema.CallToolResult plan = fb.call(tool, args);
                calls++;
                if (Boolean.TRUE.equals(plan.isError())) {
                    continue; // the plan's reads failed: nothing to confirm
                }
                Object planId = McpProcess.structured(plan).get("plan_id");
                List<String> done = new ArrayList<>();
                int confirmations = 0;
                for (int attempt = 0; attempt < 2 && done.isEmpty() && calls < CALLS; attempt++) {
                    McpSchema.CallToolResult c = fb.call(tool, Map.of("plan_id", planId));
                    calls++;
                    confirmations++;
                    Map<String, Object> st = McpProcess.structured(c);
                    if (!Boolean.TRUE.equals(c.isError()) && "done".equals(st.get("status"))) {
                        done.add(String.valueOf(st.get("id")));
                    }
                }
                // one more confirmation of a done plan: answered again, written never
                if (!done.isEmpty() && calls < CALLS) {
                    Map<String, Object> again = McpProcess.structured(fb.call(tool, Map.of("plan_id", planId)));
                    calls++;
                    assertThat(again.get("already_applied")).isEqualTo(true);
                }
                writes.add(new Write(time ? "time" : "expense", marker, done, confirmations));
            }
            stderr = fb.stderr();
        }

        // the faults did happen (the --debug trace shows every call and its status)
        assertThat(stderr).contains(" 429 ").containsAnyOf(" 500 ", " 503 ");
        long confirmed = writes.stream().filter(w -> !w.doneIds().isEmpty()).count();
        assertThat(confirmed).as("most writes get through the faults").isGreaterThan(writes.size() / 2);
        assertThat(reads).isGreaterThanOrEqualTo(CALLS / 10);
        long lostPosts = stderr.lines()
                .filter(l ->
                        l.contains("api: POST ") && (l.contains(" 500 ") || l.contains(" 503 ") || l.contains(" --- ")))
                .count();
        assertThat(lostPosts)
                .as("some creates had an unknown outcome, and were looked for")
                .isPositive();
        System.out.printf(
                "mcp stress: %d calls, %d reads (%d answered with an error), %d writes, %d confirmed, %d confirmations,"
                        + " %d POSTs with an unknown outcome%n",
                calls,
                reads,
                readErrors,
                writes.size(),
                confirmed,
                writes.stream().mapToInt(Write::confirmations).sum(),
                lostPosts);

        try (SandboxInspector s = new SandboxInspector(home, java.time.Clock.systemDefaultZone())) {
            List<TimeEntryDto> entries = s.client()
                    .timeEntries()
                    .list(TimeEntryQuery.empty().withProjectId(205L))
                    .toList();
            List<ExpenseDto> expenses =
                    s.client().expenses().list(ExpenseQuery.empty()).toList();
            for (Write w : writes) {
                List<String> ids = new ArrayList<>();
                if (w.kind().equals("time")) {
                    entries.stream()
                            .filter(e -> w.marker().equals(e.note()))
                            .forEach(e -> ids.add(String.valueOf(e.id())));
                } else {
                    expenses.stream()
                            .filter(e -> w.marker().equals(e.notes()))
                            .forEach(e -> ids.add(String.valueOf(e.id())));
                }
                assertThat(ids).as(w.marker() + " is never there twice").hasSizeLessThanOrEqualTo(1);
                if (!w.doneIds().isEmpty()) {
                    assertThat(ids)
                            .as(w.marker() + " was confirmed: it is there once")
                            .containsExactly(w.doneIds().get(0));
                }
            }
        }
    }
}
