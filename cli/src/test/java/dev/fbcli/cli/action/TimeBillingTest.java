package dev.fbcli.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceLineDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.ProjectDto;
import dev.fbcli.freshbooks.model.ServiceDto;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import dev.fbcli.nlp.intent.BillGrouping;
import dev.fbcli.nlp.intent.DateRange;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.Money;
import dev.fbcli.nlp.intent.NameRef;
import dev.fbcli.nlp.intent.TimeGrouping;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 1 and 4: unbilled time becomes an invoice (and the entries are marked billed),
 * and time reports answer "unbilled" and "by client" questions, against the sandbox. Expected lines
 * are computed here from the sandbox's own records over the API (entries, projects' and services'
 * rates), not from fb's code. Today is Tuesday 2026-11-24 (Toronto).
 */
class TimeBillingTest extends SandboxCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Intent BILL_ACME = new Intent.BillTime(NameRef.target("Acme"), null, null, null, false);

    private static Result ok(Result r) {
        assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
        return r;
    }

    /** Acme gets a second hourly project, and time on both of its projects. */
    private void timeOnTwoAcmeProjects() {
        ok(fb("--yes", "project", "create", "Brand Refresh", "--client", "Acme", "--rate", "120"));
        ok(fb(
                "--yes",
                "time",
                "log",
                "-d",
                "2h",
                "--project",
                "Brand Refresh",
                "-s",
                "Design",
                "--date",
                "2026-11-20",
                "-n",
                "Logo sketches"));
        ok(fb(
                "--yes",
                "time",
                "log",
                "-d",
                "1h20m",
                "--project",
                "Brand Refresh",
                "-s",
                "Design",
                "--date",
                "2026-11-21"));
        ok(fb(
                "--yes",
                "time",
                "log",
                "-d",
                "45m",
                "--project",
                "Brand Refresh",
                "-s",
                "Meetings",
                "--date",
                "2026-11-21"));
        ok(fb(
                "--yes",
                "time",
                "log",
                "-d",
                "2h10m",
                "--project",
                "Website Redesign",
                "-s",
                "Design",
                "--date",
                "2026-11-19"));
        ok(fb(
                "--yes",
                "time",
                "log",
                "-d",
                "1h",
                "--project",
                "Website Redesign",
                "-s",
                "Design",
                "--date",
                "2026-11-19",
                "--no-billable"));
    }

    private static List<TimeEntryDto> unbilled(FreshBooksClient c, long clientId) {
        return c.timeEntries().list(TimeEntryQuery.empty().withTeam(true).withClientId(clientId)).stream()
                .filter(e -> Boolean.TRUE.equals(e.billable()) && !Boolean.TRUE.equals(e.billed()))
                .filter(e -> !Boolean.FALSE.equals(e.isLogged()))
                .toList();
    }

    private static List<InvoiceDto> invoicesOf(FreshBooksClient c, long clientId) {
        return c.invoices().list(InvoiceQuery.empty().withCustomerId(clientId)).stream()
                .filter(i -> i.visState() == null || i.visState() == 0)
                .toList();
    }

    /** "name qty unit" per line, computed from the entries: per service and project rate, hours rounded to 0.01. */
    private static List<String> expectedLines(FreshBooksClient c, List<TimeEntryDto> entries) {
        Map<Long, String> services = new HashMap<>();
        for (ServiceDto s : c.services().list()) {
            services.put(s.id(), s.name());
        }
        Map<String, Long> seconds = new TreeMap<>();
        for (TimeEntryDto e : entries) {
            ProjectDto p = c.projects().get(e.projectId());
            String key = services.get(e.serviceId()) + " " + p.rate().setScale(2, RoundingMode.HALF_UP);
            seconds.merge(key, e.duration(), Long::sum);
        }
        List<String> out = new ArrayList<>();
        seconds.forEach((k, s) -> {
            String[] nameRate = k.split(" ");
            BigDecimal hours = BigDecimal.valueOf(s).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
            out.add(nameRate[0] + " " + hours.stripTrailingZeros().toPlainString() + " " + nameRate[1]);
        });
        return out;
    }

    private static List<String> lines(InvoiceDto inv) {
        List<String> out = new ArrayList<>();
        for (InvoiceLineDto l : inv.lines()) {
            out.add(l.name() + " " + l.qty().stripTrailingZeros().toPlainString() + " "
                    + l.unitCost().amount().setScale(2, RoundingMode.HALF_UP));
        }
        out.sort(null);
        return out;
    }

    @Test
    void should_invoice_two_projects_time_once_mark_it_billed_find_nothing_next_time_and_undo_both_sides() {
        // given
        timeOnTwoAcmeProjects();
        long acme;
        List<TimeEntryDto> before;
        List<String> expected;
        int invoicesBefore;
        try (SandboxInspector s = inspect()) {
            FreshBooksClient c = s.client();
            acme = c.clients().list(dev.fbcli.freshbooks.model.ClientQuery.empty()).stream()
                    .filter(x -> "Acme Corp".equals(x.organization()))
                    .findFirst()
                    .orElseThrow()
                    .id();
            before = unbilled(c, acme);
            expected = expectedLines(c, before);
            invoicesBefore = invoicesOf(c, acme).size();
        }
        assertThat(before.stream().map(TimeEntryDto::projectId).distinct()).hasSize(2);

        // when: the phrase, read by the parser
        Result r = fb("--yes", "invoice Acme for unbilled time");

        // then: one draft whose lines are the entries' hours × rate, and every entry it took billed
        assertThat(r.exitCode()).as(r.err()).isZero();
        InvoiceDto made;
        try (SandboxInspector s = inspect()) {
            FreshBooksClient c = s.client();
            List<InvoiceDto> after = invoicesOf(c, acme);
            assertThat(after).hasSize(invoicesBefore + 1);
            made = c.invoices()
                    .get(after.stream().mapToLong(InvoiceDto::id).max().orElseThrow());
            assertThat(made.v3Status()).isEqualTo("draft");
            assertThat(lines(made)).isEqualTo(expected);
            BigDecimal sum = BigDecimal.ZERO;
            for (InvoiceLineDto l : made.lines()) {
                sum = sum.add(l.qty().multiply(l.unitCost().amount()));
            }
            assertThat(made.amount().amount()).isEqualByComparingTo(sum);
            for (TimeEntryDto e : before) {
                assertThat(c.timeEntries().get(e.id()).billed())
                        .as("entry %s billed", e.id())
                        .isTrue();
                assertThat(made.notes()).contains(String.valueOf(e.id()));
            }
            List<LocalDate> days = before.stream()
                    .map(e -> e.startedAtInstant()
                            .atZone(java.time.ZoneId.of("America/Toronto"))
                            .toLocalDate())
                    .sorted()
                    .toList();
            assertThat(made.notes())
                    .startsWith("Time tracked from " + days.get(0) + " to " + days.get(days.size() - 1) + " (");
            assertThat(unbilled(c, acme)).isEmpty();
        }
        assertThat(r.err())
                .contains("Create a draft invoice for Acme Corp from " + before.size() + " time entries")
                .contains("then: mark the " + before.size() + " time entries billed");
        for (TimeEntryDto e : before) {
            assertThat(r.err()).contains("entry " + e.id() + ": ");
        }
        assertThat(r.out()).contains("✓ Created draft invoice " + made.invoiceNumber());
        assertThat(r.out())
                .contains("✓ Marked " + before.size() + " time entries billed on invoice " + made.invoiceNumber());

        // when: the same again
        Result again = fb("--yes", "invoice Acme for unbilled time");

        // then: nothing to bill, nothing written
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Nothing to bill: Acme Corp has no billable, unbilled time.");
        try (SandboxInspector s = inspect()) {
            assertThat(invoicesOf(s.client(), acme)).hasSize(invoicesBefore + 1);
        }

        // when: undo
        Result undo = ok(fb("--yes", "undo"));

        // then: the draft is gone and every entry is unbilled again
        assertThat(undo.out()).contains("deleted invoice " + made.invoiceNumber());
        assertThat(undo.err()).doesNotContain("is on an invoice now");
        try (SandboxInspector s = inspect()) {
            FreshBooksClient c = s.client();
            assertThat(invoicesOf(c, acme)).hasSize(invoicesBefore);
            assertThat(unbilled(c, acme).stream().map(TimeEntryDto::id).sorted().toList())
                    .isEqualTo(before.stream().map(TimeEntryDto::id).sorted().toList());
        }

        // and: billing again after the undo makes a new invoice (the deleted one's notes do not count)
        IntentRun.Outcome third = IntentRun.script(home, clock, BILL_ACME);
        assertThat(third.exitCode()).as(third.err()).isZero();
        assertThat(third.out()).contains("✓ Created draft invoice");
        try (SandboxInspector s = inspect()) {
            assertThat(unbilled(s.client(), acme)).isEmpty();
            assertThat(invoicesOf(s.client(), acme)).hasSize(invoicesBefore + 1);
        }
    }

    @Test
    void should_finish_a_half_done_billing_on_the_next_run_without_a_second_invoice() {
        // given: every PUT fails, so the invoice is made and no entry can be marked billed
        timeOnTwoAcmeProjects();
        long acme;
        List<Long> before;
        int invoicesBefore;
        try (SandboxInspector s = inspect()) {
            FreshBooksClient c = s.client();
            acme = c.projects().get(201).clientId();
            before = unbilled(c, acme).stream().map(TimeEntryDto::id).sorted().toList();
            invoicesBefore = invoicesOf(c, acme).size();
        }
        Result failed = runner().env("FB_SANDBOX_FAULTS", "500=1,methods=PUT")
                .run("--sandbox", "--yes", "invoice", "create", "--client", "Acme", "--from-time");
        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(1);
        assertThat(failed.err())
                .contains("is made, and 0 of " + before.size() + " time entries are marked billed")
                .contains("run the same command again");
        try (SandboxInspector s = inspect()) {
            assertThat(invoicesOf(s.client(), acme)).hasSize(invoicesBefore + 1);
            assertThat(unbilled(s.client(), acme)).hasSize(before.size());
        }

        // when: the same command, FreshBooks answering again
        Result again = ok(fb("--yes", "invoice", "create", "--client", "Acme", "--from-time"));

        // then: the invoice is finished, not made again
        assertThat(again.err())
                .contains("Finish invoice")
                .contains("an earlier run made invoice")
                .doesNotContain("Create a draft invoice");
        try (SandboxInspector s = inspect()) {
            assertThat(invoicesOf(s.client(), acme)).hasSize(invoicesBefore + 1);
            assertThat(unbilled(s.client(), acme)).isEmpty();
        }

        // and: undo takes back the invoice and every entry on it
        ok(fb("--yes", "undo"));
        try (SandboxInspector s = inspect()) {
            assertThat(invoicesOf(s.client(), acme)).hasSize(invoicesBefore);
            assertThat(unbilled(s.client(), acme).stream()
                            .map(TimeEntryDto::id)
                            .sorted()
                            .toList())
                    .isEqualTo(before);
        }
    }

    @Test
    void should_bill_one_project_in_a_period_by_day_at_the_rate_said() {
        // given
        timeOnTwoAcmeProjects();

        // when
        Result r = ok(fb(
                "--yes",
                "--json",
                "invoice",
                "create",
                "--client",
                "Acme",
                "--from-time",
                "--project",
                "Brand Refresh",
                "--from",
                "2026-11-21",
                "--to",
                "2026-11-21",
                "--group-by",
                "day",
                "--rate",
                "90"));

        // then: the two entries of the 21st, one line at $90
        try (SandboxInspector s = inspect()) {
            FreshBooksClient c = s.client();
            InvoiceDto inv = c.invoices().list(InvoiceQuery.empty().withIncludeLines(true)).stream()
                    .filter(i -> i.notes() != null && i.notes().startsWith("Time tracked on 2026-11-21"))
                    .findFirst()
                    .orElseThrow();
            assertThat(lines(c.invoices().get(inv.id()))).containsExactly("Time on 2026-11-21 2.08 90.00");
            List<TimeEntryDto> brand =
                    c.timeEntries().list(TimeEntryQuery.empty().withTeam(true).withClientId(inv.customerId())).stream()
                            .filter(e -> e.note() != null && e.note().equals("Logo sketches"))
                            .toList();
            assertThat(brand).singleElement().satisfies(e -> assertThat(e.billed())
                    .isFalse());
        }
        assertThat(r.out()).contains("\"billed_time_entries\"");
    }

    @Test
    void should_refuse_a_missing_rate_in_a_script_and_write_nothing() {
        // given: an hourly project without a rate, and a service without one
        ok(fb("--yes", "project", "create", "Pro Bono", "--client", "Acme"));
        ok(fb("--yes", "service", "create", "Pairing"));
        ok(fb("--yes", "time", "log", "-d", "1h", "--project", "Pro Bono", "-s", "Pairing", "--billable"));
        int invoices;
        try (SandboxInspector s = inspect()) {
            invoices = s.client().invoices().list(InvoiceQuery.empty()).toList().size();
        }

        // when
        Result r = fb("--yes", "invoice", "create", "--client", "Acme", "--from-time", "--project", "Pro Bono");

        // then
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains("no hourly rate for 1 time entry (Pairing on Pro Bono)")
                .contains("--rate 120");
        try (SandboxInspector s = inspect()) {
            assertThat(s.client().invoices().list(InvoiceQuery.empty()).toList())
                    .hasSize(invoices);
        }

        // when: a person at a terminal is asked for it
        Result asked =
                typing("75\ny\ny\n", "invoice", "create", "--client", "Acme", "--from-time", "--project", "Pro Bono");

        // then
        assertThat(asked.exitCode()).as(asked.err()).isZero();
        assertThat(asked.err()).contains("Hourly rate for 1 time entry (Pairing on Pro Bono)");
        assertThat(asked.err()).contains("line: 1 h × Pairing at $75.00 = $75.00");
    }

    @Test
    void should_refuse_options_that_do_not_go_with_from_time() {
        assertThat(fb("--yes", "invoice", "create", "--client", "Acme", "--from-time", "--line", "X:1:2")
                        .err())
                .contains("--from-time makes the lines");
        assertThat(fb("--yes", "invoice", "create", "--client", "Acme", "--project", "Website Redesign")
                        .err())
                .contains("go with --from-time");
        Result g = fb("--yes", "invoice", "create", "--client", "Acme", "--from-time", "--group-by", "week");
        assertThat(g.exitCode()).isEqualTo(2);
        assertThat(g.err()).contains("--group-by takes service, entry or day, not 'week'");
        Result p = fb("--yes", "invoice", "create", "--client", "Acme", "--from-time", "--project", "Apollo");
        assertThat(p.exitCode()).isEqualTo(2);
        assertThat(p.err()).contains("the project Apollo belongs to Initech, not Acme Corp");
    }

    @Test
    void should_report_unbilled_hours_of_any_date_and_group_time_by_client() throws Exception {
        // given
        timeOnTwoAcmeProjects();
        long expectedSeconds;
        try (SandboxInspector s = inspect()) {
            FreshBooksClient c = s.client();
            long acme = c.projects().list(dev.fbcli.freshbooks.model.ProjectQuery.empty()).stream()
                    .filter(p -> "Website Redesign".equals(p.title()))
                    .findFirst()
                    .orElseThrow()
                    .clientId();
            expectedSeconds = c.timeEntries().list(TimeEntryQuery.empty().withClientId(acme)).stream()
                    .filter(e -> Boolean.TRUE.equals(e.billable()) && !Boolean.TRUE.equals(e.billed()))
                    .mapToLong(TimeEntryDto::duration)
                    .sum();
        }

        // when: "how many unbilled hours do I have on Acme"
        IntentRun.Outcome r = IntentRun.script(
                home, clock, new Intent.ListTime(null, NameRef.target("Acme"), null, Boolean.TRUE, null));

        // then: every date, only billable and unbilled
        assertThat(r.exitCode()).as(r.err()).isZero();
        String hours = BigDecimal.valueOf(expectedSeconds)
                .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP)
                .toPlainString();
        assertThat(r.out())
                .contains("Total of your time (--team: everyone's) on Acme Corp, all dates: " + hours + " h")
                .contains("unbilled " + hours);
        assertThat(r.out()).doesNotContain(" no ");

        // when: "time report by client for last week"
        IntentRun.Outcome byClient = IntentRun.script(
                home,
                clock,
                new Intent.ListTime(
                        new DateRange(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)),
                        null,
                        null,
                        null,
                        TimeGrouping.CLIENT));

        // then: the grouped report, not the list
        assertThat(byClient.exitCode()).as(byClient.err()).isZero();
        assertThat(byClient.out()).contains("CLIENT").contains("UNBILLED").contains("Acme Corp");
        assertThat(byClient.err()).contains("fb time report --from 2026-11-16 --to 2026-11-22 --by client");

        // and: the command form
        Result list = ok(fb("--json", "time", "list", "--unbilled", "--client", "Acme"));
        JsonNode j = JSON.readTree(list.out());
        assertThat(j.get("unbilled_only").asBoolean()).isTrue();
        assertThat(j.get("unbilled_hours").asText()).isEqualTo(hours);
        for (JsonNode e : j.get("entries")) {
            assertThat(e.get("billable").asBoolean()).isTrue();
            assertThat(e.get("billed").asBoolean()).isFalse();
        }
    }

    @Test
    void should_say_the_rate_said_in_the_phrase_wins_and_lines_per_entry() {
        // "invoice Globex for last month's time at $140/h", one line per entry
        Intent bill = new Intent.BillTime(
                NameRef.client("Globex"),
                new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
                new Money(new BigDecimal("140"), null),
                BillGrouping.ENTRY,
                false);

        IntentRun.Outcome r = IntentRun.script(home, clock, bill);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("at $140.00").doesNotContain("at $95.00");
        assertThat(r.err())
                .contains("→ fb invoice create --client 'Globex Inc' --from-time --from 2026-11-01 --to"
                        + " 2026-11-30 --group-by entry --rate 140");
    }
}
