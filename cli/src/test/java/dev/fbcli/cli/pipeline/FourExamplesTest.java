package dev.fbcli.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.ExpenseDto;
import dev.fbcli.freshbooks.model.ExpenseQuery;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The four phrases of the issue, end to end against the sandbox, with --yes and at a terminal. */
class FourExamplesTest extends SandboxCliTest {

    private Result say(boolean interactive, String phrase) {
        return interactive ? typing("y\n", phrase) : fb("--yes", phrase);
    }

    @ParameterizedTest(name = "interactive={0}")
    @ValueSource(booleans = {false, true})
    void should_create_the_invoice_when_asked_for_1200_of_consulting(boolean interactive) {
        // when
        Result r = say(interactive, "Create an invoice for $1,200 to client Acme Corp for 8 hours of consulting");

        // then
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("Create a draft invoice for Acme Corp: $1,200.00")
                .contains("line: 8 × Consulting at $150.00 = $1,200.00")
                .contains("→ fb invoice create --client 'Acme Corp' --line Consulting:8:150.00");
        assertThat(r.out()).contains("✓ Created draft invoice 0011 for Acme Corp, $1,200.00");
        try (SandboxInspector s = inspect()) {
            List<InvoiceDto> created = s.client()
                    .invoices()
                    .list(InvoiceQuery.empty().withInvoiceNumber("0011"))
                    .toList();
            assertThat(created).hasSize(1);
            InvoiceDto inv = s.client().invoices().get(created.get(0).id());
            assertThat(inv.customerId()).isEqualTo(101L);
            assertThat(inv.amount().amount()).isEqualByComparingTo("1200.00");
            assertThat(inv.lines()).singleElement().satisfies(l -> {
                assertThat(l.name()).isEqualTo("Consulting");
                assertThat(l.qty()).isEqualByComparingTo("8");
            });
        }
    }

    @ParameterizedTest(name = "interactive={0}")
    @ValueSource(booleans = {false, true})
    void should_log_three_hours_on_the_acme_project_when_asked(boolean interactive) {
        Result r = say(interactive, "Log 3 hours of design work on the Acme Corp project for today");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("Log 3h 00m of Design on Website Redesign (Acme Corp), Tue Nov 24, billable");
        assertThat(r.out())
                .contains("✓ Logged 3h 00m of Design on Website Redesign (Acme Corp), Tue Nov 24 (time entry ");
        try (SandboxInspector s = inspect()) {
            List<TimeEntryDto> entries = s.client()
                    .timeEntries()
                    .list(TimeEntryQuery.empty().withProjectId(201L))
                    .toList();
            assertThat(entries.stream()
                            .filter(e -> e.duration() == 3 * 3600
                                    && Long.valueOf(301).equals(e.serviceId())
                                    && e.startedAtInstant()
                                            .atZone(clock.getZone())
                                            .toLocalDate()
                                            .equals(LocalDate.of(2026, 11, 24))))
                    .hasSize(1);
        }
    }

    @ParameterizedTest(name = "interactive={0}")
    @ValueSource(booleans = {false, true})
    void should_list_unpaid_invoices_over_30_days_old(boolean interactive) {
        Result r = say(interactive, "Show me all unpaid invoices over 30 days old");

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> numbers = r.out()
                .lines()
                .filter(l -> l.matches("^\\d{4} .*"))
                .map(l -> l.substring(0, 4))
                .toList();
        // unpaid (sent, not fully paid) and issued at least 30 days ago: 0002 (40 d), 0003 (35 d),
        // 0006 (95 d, partly paid), 0009 (50 d, EUR); 0001 and 0010 are paid, 0004 is 20 days old.
        assertThat(numbers).containsExactlyInAnyOrder("0002", "0003", "0006", "0009");
        assertThat(r.err()).contains("→ fb invoice list --status unpaid --older-than 30");
    }

    @ParameterizedTest(name = "interactive={0}")
    @ValueSource(booleans = {false, true})
    void should_record_the_office_supplies_expense_on_the_admin_project(boolean interactive) {
        Result r = say(interactive, "Add a $45 expense for office supplies, attach to the Admin project");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("Record a $45.00 expense: Office Supplies, Tue Nov 24, on Admin");
        try (SandboxInspector s = inspect()) {
            List<ExpenseDto> mine = s.client().expenses().list(ExpenseQuery.empty()).stream()
                    .filter(x -> x.amount().amount().compareTo(new BigDecimal("45.00")) == 0)
                    .toList();
            assertThat(mine).singleElement().satisfies(x -> {
                assertThat(x.categoryId()).isEqualTo(409L);
                assertThat(x.linkedProjectId()).isEqualTo(205L);
                assertThat(x.date()).isEqualTo(LocalDate.of(2026, 11, 24));
            });
        }
    }
}
