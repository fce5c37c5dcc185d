package dev.fbcli.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.ClientQuery;
import dev.fbcli.freshbooks.model.ExpenseDto;
import dev.fbcli.freshbooks.model.ExpenseQuery;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.PaymentQuery;
import dev.fbcli.freshbooks.model.ProjectDto;
import dev.fbcli.freshbooks.model.ProjectQuery;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every intent of INTENTS.md, through a phrase or its structured command, against the sandbox. */
class IntentsTest extends SandboxCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Result ok(Result r) {
        assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
        return r;
    }

    @Test
    void invoice_send_asks_for_the_number_and_emails_the_client() {
        Result r = ok(typing("0005\n", "send invoice 5"));

        assertThat(r.err())
                .contains("Email invoice 0005 ($5,000.00, Initech) to bill@initech.example")
                .contains("Type 0005 to go ahead");
        assertThat(r.out()).contains("✓ Emailed invoice 0005 to bill@initech.example");
        try (SandboxInspector s = inspect()) {
            assertThat(s.client().invoices().get(9005).v3Status()).isEqualTo("sent");
        }
    }

    @Test
    void invoice_send_is_cancelled_when_the_number_is_mistyped() {
        Result r = typing("0004\n", "send invoice 5");

        assertThat(r.exitCode()).isEqualTo(3);
        try (SandboxInspector s = inspect()) {
            assertThat(s.client().invoices().get(9005).v3Status()).isEqualTo("draft");
        }
    }

    @Test
    void invoice_create_with_send_creates_then_emails_after_its_own_confirmation() {
        Result r = ok(fb(
                "--yes",
                "invoice",
                "create",
                "--client",
                "Globex",
                "--line",
                "Training:3:200",
                "--due-in",
                "15",
                "--send"));

        assertThat(r.out())
                .contains("Created draft invoice 0011 for Globex Inc, $600.00")
                .contains("Emailed invoice 0011 to hank@globex.example");
        try (SandboxInspector s = inspect()) {
            InvoiceDto inv = s.client()
                    .invoices()
                    .list(InvoiceQuery.empty().withInvoiceNumber("0011"))
                    .toList()
                    .get(0);
            assertThat(inv.dueOffsetDays()).isEqualTo(15);
            assertThat(inv.v3Status()).isEqualTo("sent");
        }
    }

    @Test
    void invoice_show_and_latest_of_a_client() {
        assertThat(ok(fb("show invoice 0042".replace("0042", "7"))).out())
                .contains("Invoice 0007 — Stark Industries (paid)");
        assertThat(ok(fb("show me the latest invoice for Globex")).out()).contains("Invoice 0003 — Globex Inc");
        // a number said with its document prefix finds the account's number without it
        assertThat(ok(fb("show INV-0007")).out()).contains("Invoice 0007 — Stark Industries (paid)");
        Result missing = fb("show invoice 999");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no invoice numbered '999'");
    }

    @Test
    void invoice_list_as_json_and_csv() throws Exception {
        JsonNode json = JSON.readTree(ok(fb("--json", "list overdue invoices")).out());
        assertThat(json.get("invoices")).hasSize(4);
        assertThat(json.get("invoices").get(0).get("days_overdue").asInt()).isPositive();

        String csv = ok(fb("--csv", "invoice", "list", "--status", "draft")).out();
        assertThat(csv.lines().findFirst().orElse(""))
                .isEqualTo("id,number,client,client_id,issued,due,amount,amount_currency,outstanding,"
                        + "outstanding_currency,status,payment_status,days_outstanding,days_overdue");
        assertThat(csv.lines().count()).isEqualTo(3); // 0005 and 0008
    }

    @Test
    void payment_record_full_balance_by_phrase() {
        Result r = ok(fb("--yes", "mark invoice 0002 as paid"));

        assertThat(r.err()).contains("Record a $1,500.00 payment (Other) on invoice 0002 (Acme Corp)");
        assertThat(r.out()).contains("it is paid in full");
        try (SandboxInspector s = inspect()) {
            assertThat(s.client().invoices().get(9002).paymentStatus()).isEqualTo("paid");
        }
    }

    @Test
    void payment_record_partial_by_client_and_method() {
        Result r = ok(fb("--yes", "Globex paid $1,000 by bank transfer yesterday"));

        assertThat(r.err())
                .contains("Record a $1,000.00 payment (Bank Transfer) on invoice 0003 (Globex Inc), Mon Nov 23");
        try (SandboxInspector s = inspect()) {
            InvoiceDto inv = s.client().invoices().get(9003);
            assertThat(inv.outstanding().amount()).isEqualByComparingTo("900.00");
            assertThat(s.client()
                            .payments()
                            .list(PaymentQuery.empty().withInvoiceId(9003L))
                            .toList())
                    .hasSize(1);
        }
    }

    @Test
    void time_list_reports_totals_for_a_range() {
        Result r = ok(fb("how many hours did I log last week"));

        // Riley's own entries between Mon Nov 16 and Sun Nov 22: 1.0 (Admin) + 2.0 (Data Migration) + 6.0 is Priya's
        assertThat(r.out()).contains("Total of your time (--team: everyone's), Mon Nov 16 – Sun Nov 22:");
        Result byProject = ok(fb("time", "report", "--last-week", "--by", "project", "--team"));
        assertThat(byProject.out()).contains("PROJECT").contains("Apollo");
    }

    @Test
    void timer_start_then_stop_logs_the_elapsed_time() {
        ok(fb("--yes", "start a timer for Apollo research"));
        Result again = fb("--yes", "start a timer on Acme");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("a timer is already running on Apollo");

        clock.advance(Duration.ofMinutes(90));
        Result stop = ok(fb("--yes", "stop the timer"));
        assertThat(stop.out()).contains("Timer stopped: logged 1h 30m on Apollo");
        try (SandboxInspector s = inspect()) {
            List<TimeEntryDto> apollo = s.client()
                    .timeEntries()
                    .list(TimeEntryQuery.empty().withProjectId(202L))
                    .toList();
            assertThat(apollo).anySatisfy(e -> assertThat(e.duration()).isEqualTo(5400L));
            assertThat(s.client().timers().running()).isEmpty();
        }
    }

    @Test
    void expense_with_a_receipt_is_uploaded_and_attached(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path receipt = dir.resolve("adobe-nov.pdf");
        Files.write(receipt, "%PDF-1.4 receipt".getBytes());

        Result r = ok(fb("--yes", "add expense: $89.99 software subscription from Adobe, receipt " + receipt));

        assertThat(r.err())
                .contains("Record a $89.99 expense: Software at Adobe")
                .contains("receipt: " + receipt);
        try (SandboxInspector s = inspect()) {
            ExpenseDto x = s.client().expenses().list(ExpenseQuery.empty()).stream()
                    .filter(e -> "Adobe".equals(e.vendor()))
                    .findFirst()
                    .orElseThrow();
            assertThat(s.client().expenses().get(x.id()).attachment()).isNotNull();
        }
        Result missing = fb("--yes", "add expense: $10 software from Adobe, receipt /nonexistent/r.pdf");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("is not a file here");
    }

    @Test
    void expense_category_by_meaning_and_list_with_sub_categories() {
        Result r = ok(fb("--yes", "spent $12.50 at Starbucks yesterday"));
        assertThat(r.err()).contains("Record a $12.50 expense: Meals and Entertainment at Starbucks, Mon Nov 23");

        Result travel = ok(fb("expense", "list", "--category", "travel"));
        assertThat(travel.out()).contains("Airfare").contains("Hotel/Lodging").contains("2 expenses, total $730.00");
    }

    @Test
    void client_create_update_show_and_list() {
        ok(fb("--yes", "add client Hooli, contact Gavin Belson, gavin@hooli.example"));
        Result upd = ok(fb("--yes", "change Hooli's email to ap@hooli.example"));
        assertThat(upd.err()).contains("email: gavin@hooli.example → ap@hooli.example");
        try (SandboxInspector s = inspect()) {
            ClientDto hooli = s.client().clients().list(ClientQuery.empty()).stream()
                    .filter(c -> "Hooli".equals(c.organization()))
                    .findFirst()
                    .orElseThrow();
            assertThat(hooli.email()).isEqualTo("ap@hooli.example");
            assertThat(hooli.fname()).isEqualTo("Gavin");
        }
        assertThat(ok(fb("what does Initech owe me")).out()).contains("owes $3,600.00");
        Result owing = ok(fb("which clients owe me money"));
        assertThat(owing.out()).contains("Acme Corp").doesNotContain("Hooli").doesNotContain("Wayne");
    }

    @Test
    void project_create_show_list_and_assign() {
        ok(fb("--yes", "create a project Brand Refresh for Wayne with a 20 hour budget"));
        try (SandboxInspector s = inspect()) {
            ProjectDto p = s.client().projects().list(ProjectQuery.empty()).stream()
                    .filter(x -> "Brand Refresh".equals(x.title()))
                    .findFirst()
                    .orElseThrow();
            assertThat(p.clientId()).isEqualTo(107L);
            assertThat(p.budget()).isEqualTo(20L * 3600);
        }
        Result show = ok(fb("how is the Website Redesign project doing against budget"));
        assertThat(show.out()).contains("of a 40.00 h budget").contains("team: Riley Morgan");
        assertThat(ok(fb("list projects for Initech")).out())
                .contains("Apollo")
                .contains("Mobile App")
                .doesNotContain("Admin");

        Result assign = ok(fb("--yes", "add Priya to the Website Redesign project"));
        assertThat(assign.out()).contains("Priya Natarajan added on Website Redesign");
        Result twice = fb("--yes", "add Priya to the Website Redesign project");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("already on the Website Redesign project");
    }

    @Test
    void sync_writes_the_name_cache() {
        Result r = ok(fb("sync"));

        assertThat(r.out())
                .contains(
                        "Synced Northwind Studio: 8 clients, 6 projects, 10 services, 20 expense categories, 6 team members");
        assertThat(home.resolve("cache/sandbox/clients.txt")).content().contains("Umbrella Health");
    }

    @Test
    void a_write_prints_json_with_the_record_and_its_link() throws Exception {
        JsonNode n = JSON.readTree(ok(fb("--yes", "--json", "log 45 min of meetings for Umbrella Health"))
                .out());

        assertThat(n.get("kind").asText()).isEqualTo("time_entry");
        assertThat(n.get("record").get("duration").asLong()).isEqualTo(2700);
        assertThat(n.get("link").asText()).startsWith("http://127.0.0.1:");
    }

    @Test
    void a_second_identical_time_entry_is_flagged_in_the_plan_card() {
        ok(fb("--yes", "log 2h of research on Apollo"));
        clock.advance(Duration.ofMinutes(2));

        Result again = ok(fb("--yes", "log 2h of research on Apollo"));

        assertThat(again.err()).contains("warning: an entry just like this was logged 2 min ago");
    }

    @Test
    void a_draft_invoice_is_edited_marked_sent_or_deleted() {
        ok(fb("--yes", "invoice", "edit", "0008", "--add-line", "Hosting:2:20", "--due-in", "15"));
        try (SandboxInspector s = inspect()) {
            InvoiceDto inv = s.client().invoices().get(9008);
            assertThat(inv.lines()).hasSize(2);
            assertThat(inv.amount().amount()).isEqualByComparingTo("640.00");
            assertThat(inv.dueOffsetDays()).isEqualTo(15);
        }
        Result change = ok(fb("--yes", "invoice", "edit", "0008", "--remove-line", "2", "--add-line", "Hosting:1:25"));
        assertThat(change.err()).contains("remove line 2: 2 × Hosting").contains("add line: 1 × Hosting at $25.00");
        try (SandboxInspector s = inspect()) {
            assertThat(s.client().invoices().get(9008).amount().amount()).isEqualByComparingTo("625.00");
        }
        Result noSuchLine = fb("--yes", "invoice", "edit", "0008", "--remove-line", "9");
        assertThat(noSuchLine.exitCode()).isEqualTo(2);
        assertThat(noSuchLine.err()).contains("there is no line 9");
        ok(fb("--yes", "invoice", "mark-sent", "0008"));
        Result sent = ok(fb("--yes", "invoice", "delete", "0008"));
        assertThat(sent.out()).contains("Deleted sent invoice 0008");

        Result del = ok(typing("0005\n", "invoice", "delete", "0005"));
        assertThat(del.out()).contains("Deleted draft invoice 0005");
        Result gone = fb("show invoice 0005");
        assertThat(gone.exitCode()).isEqualTo(2);
    }
}
