package dev.fbcli.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.ProjectDto;
import dev.fbcli.freshbooks.model.ProjectMember;
import dev.fbcli.nlp.intent.Intent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, projects: edit (title, budget, rate, due date), complete, archive, the over-budget
 * filter and unassign, through fb against the sandbox, read back over the API, undone and read back
 * again. Apollo (202) is hourly at $120/h with a 100 h budget.
 */
class ProjectEditsTest extends SandboxCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Result ok(Result r) {
        assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
        return r;
    }

    private ProjectDto project(long id) {
        try (SandboxInspector s = inspect()) {
            return s.client().projects().get(id);
        }
    }

    @Test
    void should_set_apollos_budget_to_sixty_hours_and_put_it_back() {
        // given: "set Apollo's budget to 60 hours"
        Intent said = new Intent.EditProject("Apollo", null, new BigDecimal("60"), null, null, null, null);

        // when
        IntentRun.Outcome r = IntentRun.script(home, clock, said);

        // then
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("Change the project Apollo (project 202)")
                .contains("budget: 100.00 h → 60.00 h")
                .contains("→ fb project edit Apollo --budget-hours 60");
        assertThat(project(202).budget()).isEqualTo(60 * 3600L);

        // when
        ok(fb("--yes", "undo"));

        // then
        assertThat(project(202).budget()).isEqualTo(100 * 3600L);
    }

    @Test
    void should_rename_rerate_and_redate_a_project_and_undo_all_of_it() {
        ProjectDto before = project(202);

        Result edit = ok(fb(
                "--yes", "project", "edit", "Apollo", "--title", "Apollo 2", "--rate", "130", "--due", "2027-02-15"));

        assertThat(edit.err())
                .contains("title: Apollo → Apollo 2")
                .contains("rate: $120.00/h → $130.00/h")
                .contains("→ Mon Feb 15, 2027");
        ProjectDto after = project(202);
        assertThat(after.title()).isEqualTo("Apollo 2");
        assertThat(after.rate()).isEqualByComparingTo("130.00");
        assertThat(after.dueDate()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(ok(fb("project", "show", "Apollo 2")).out()).startsWith("Apollo 2 — Initech");

        ok(fb("--yes", "undo"));

        ProjectDto back = project(202);
        assertThat(back.title()).isEqualTo("Apollo");
        assertThat(back.rate()).isEqualByComparingTo(before.rate());
        assertThat(back.dueDate()).isEqualTo(before.dueDate());
    }

    @Test
    void should_empty_again_on_undo_what_was_empty_before() {
        // given: Admin has no due date and no budget
        assertThat(project(205).dueDate()).isNull();

        // when
        ok(fb("--yes", "project", "edit", "Admin", "--due", "2026-12-31", "--budget-hours", "10"));
        assertThat(project(205).dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        ok(fb("--yes", "undo"));

        // then
        ProjectDto back = project(205);
        assertThat(back.dueDate()).isNull();
        assertThat(back.budget()).isNull();
    }

    @Test
    void should_turn_a_money_budget_into_hours_at_the_rate_or_refuse_without_one() {
        Result money = ok(fb("--yes", "project", "edit", "Apollo", "--budget", "6000"));
        Result noRate = fb("--yes", "project", "edit", "Admin", "--budget", "1000");

        assertThat(money.err()).contains("budget: 100.00 h → 50.00 h ($6,000.00 at $120.00/h)");
        assertThat(project(202).budget()).isEqualTo(50 * 3600L);
        assertThat(noRate.exitCode()).isEqualTo(2);
        assertThat(noRate.err()).contains("Admin has no hourly rate");
        assertThat(project(205).budget()).isNull();
    }

    @Test
    void should_complete_and_archive_projects_and_undo_both() {
        // when
        Result complete = ok(fb("--yes", "project", "complete", "Mobile App"));
        Result archive = ok(fb("--yes", "project", "archive", "Data Migration"));

        // then
        assertThat(complete.err())
                .contains("Mark the project Mobile App (project 203) complete")
                .contains("warning: 5.00 h of billable time on Mobile App is not invoiced yet");
        assertThat(archive.err()).contains("Archive the project Data Migration (project 204)");
        assertThat(project(203).complete()).isTrue();
        assertThat(project(204).active()).isFalse();
        assertThat(fb("--yes", "project", "complete", "Mobile App").err()).contains("is already complete");

        // when
        ok(fb("--yes", "undo"));
        ok(fb("--yes", "undo", "1")); // going further back than the last change is named explicitly

        // then
        assertThat(project(204).active()).isTrue();
        assertThat(project(203).complete()).isFalse();
    }

    @Test
    void should_list_only_the_projects_over_their_budget() throws Exception {
        // given: Website Redesign (40 h budget, 8.5 h logged) gets 34 h more
        ok(fb("--yes", "time", "log", "--duration", "24h", "--project", "Website Redesign", "--date", "2026-11-20"));
        ok(fb("--yes", "time", "log", "--duration", "10h", "--project", "Website Redesign", "--date", "2026-11-19"));

        // when
        Result table = ok(fb("project", "list", "--over-budget"));
        JsonNode json = JSON.readTree(
                        ok(fb("--json", "project", "list", "--over-budget")).out())
                .get("projects");
        JsonNode all = JSON.readTree(ok(fb("--json", "project", "list")).out()).get("projects");

        // then
        assertThat(table.out())
                .contains("Website Redesign")
                .contains("(2.50 h over)")
                .doesNotContain("Apollo");
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("title").asText()).isEqualTo("Website Redesign");
        assertThat(json.get(0).get("over_budget").asBoolean()).isTrue();
        List<String> over = new ArrayList<>();
        all.forEach(p -> {
            if (p.get("over_budget").asBoolean()) {
                over.add(p.get("title").asText());
            }
        });
        assertThat(over).containsExactly("Website Redesign");
    }

    @Test
    void should_say_where_to_take_someone_off_a_project_and_change_nothing() {
        Result sam = fb("--yes", "project", "unassign", "Admin", "--member", "Sam");
        Result alex = fb("--yes", "project", "unassign", "Admin", "--member", "alex@northwind.example");

        assertThat(sam.exitCode()).isEqualTo(1);
        assertThat(sam.err())
                .contains("FreshBooks' API has no way to take Sam Rivera off the project Admin; nothing was changed")
                .contains("/projects/business/770001/project/205");
        assertThat(alex.exitCode()).isEqualTo(2);
        assertThat(alex.err()).contains("Alex Kim is not on the project Admin");
        assertThat(project(205).group().members())
                .extracting(ProjectMember::email)
                .contains("sam@northwind.example");
    }
}
