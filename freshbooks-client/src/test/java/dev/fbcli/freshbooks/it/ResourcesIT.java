package dev.fbcli.freshbooks.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.NotFoundException;
import dev.fbcli.freshbooks.ValidationException;
import dev.fbcli.freshbooks.model.*;
import dev.fbcli.sandbox.SandboxServer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every resource operation against the real sandbox over loopback (demo account NWS77 / 770001). */
class ResourcesIT {
    @TempDir
    Path dir;

    SandboxServer sandbox;
    FreshBooksClient fb;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxFixture.start(dir, null);
        fb = SandboxFixture.client(sandbox).build();
    }

    @AfterEach
    void stop() {
        fb.close();
        sandbox.close();
    }

    @Test
    void identity_discovers_the_demo_business() {
        Identity me = fb.identity().me();
        assertThat(me.email()).isEqualTo("riley@northwind.example");
        List<BusinessContext> all = fb.identity().businesses();
        assertThat(all).isNotEmpty();
        BusinessContext b = fb.business();
        assertThat(b.accountId()).isEqualTo("NWS77");
        assertThat(b.businessId()).isEqualTo(770001);
        assertThat(b.businessUuid()).isEqualTo("6f1c2d0e-7a53-4c1b-9e0f-2b8d4a1c9e77");
        assertThat(fb.identity().business(770001)).isEqualTo(b);
    }

    @Test
    void clients_list_filter_page_get_create_update_delete() {
        assertThat(fb.clients().list(ClientQuery.empty()).toList())
                .extracting(ClientDto::id)
                .contains(101L, 108L);
        assertThat(fb.clients()
                        .list(ClientQuery.empty().withOrganizationLike("umbrella"))
                        .toList())
                .extracting(ClientDto::id)
                .containsExactlyInAnyOrder(104L, 105L);
        assertThat(fb.clients()
                        .list(ClientQuery.empty().withNameContains("pepper"))
                        .toList())
                .extracting(ClientDto::organization)
                .containsExactly("Stark Industries");
        Page<ClientDto> p = fb.clients().page(ClientQuery.empty(), 2, 3);
        assertThat(p.items()).hasSize(3);
        assertThat(p.page()).isEqualTo(2);
        assertThat(p.perPage()).isEqualTo(3);
        assertThat(p.total()).isGreaterThanOrEqualTo(8);
        assertThat(p.pages()).isEqualTo((int) ((p.total() + 2) / 3));

        assertThat(fb.clients().get(101).organization()).isEqualTo("Acme Corp");

        ClientDto c = fb.clients()
                .create(ClientDraft.empty()
                        .withOrganization("Hooli")
                        .withEmail("gavin@hooli.example")
                        .withCurrencyCode("USD"));
        assertThat(c.id()).isPositive();
        assertThat(fb.clients()
                        .update(c.id(), ClientDraft.empty().withBusPhone("555-0199"))
                        .busPhone())
                .isEqualTo("555-0199");
        assertThat(fb.clients().get(c.id()).organization()).isEqualTo("Hooli"); // partial update kept it
        assertThat(fb.clients().delete(c.id()).visState()).isEqualTo(1);
        assertThatThrownBy(() -> fb.clients().create(ClientDraft.empty().withNote("nobody")))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errno()).isEqualTo(7012));
        assertThatThrownBy(() -> fb.clients().get(999999)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void invoices_create_with_lines_update_send_mark_sent_list_delete() {
        InvoiceDraft draft = InvoiceDraft.empty()
                .withCustomerId(102L)
                .withCreateDate(LocalDate.now())
                .withDueOffsetDays(15)
                .withLines(List.of(
                        InvoiceLineDraft.of("Design", new BigDecimal("3"), Money.of("150.00", "USD")),
                        InvoiceLineDraft.of("QA", new BigDecimal("2.5"), Money.of("90.00", "USD"))));
        InvoiceDto inv = fb.invoices().create(draft);
        assertThat(inv.amount().amount()).isEqualByComparingTo("675.00");
        assertThat(inv.lines()).hasSize(2);
        assertThat(inv.dueDate()).isEqualTo(LocalDate.now().plusDays(15));
        assertThat(inv.v3Status()).isIn("draft", "created");

        InvoiceDto updated = fb.invoices().update(inv.id(), InvoiceDraft.empty().withNotes("Thanks!"));
        assertThat(updated.notes()).isEqualTo("Thanks!");
        assertThat(updated.lines()).hasSize(2);

        assertThat(fb.invoices().markAsSent(inv.id()).v3Status()).isEqualTo("sent");
        InvoiceDto emailed =
                fb.invoices().sendByEmail(inv.id(), List.of("hank@globex.example"), "Invoice", "Please pay", true);
        assertThat(emailed.id()).isEqualTo(inv.id());

        assertThat(fb.invoices().list(InvoiceQuery.empty().withCustomerId(102L)).toList())
                .allSatisfy(i -> assertThat(i.customerId()).isEqualTo(102))
                .extracting(InvoiceDto::id)
                .contains(inv.id(), 9003L, 9010L);
        assertThat(fb.invoices()
                        .list(InvoiceQuery.empty().withV3Status("draft"))
                        .toList())
                .allSatisfy(i -> assertThat(i.v3Status()).isEqualTo("draft"));
        assertThat(fb.invoices()
                        .list(InvoiceQuery.empty().withPaymentStatus("paid"))
                        .toList())
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.paymentStatus()).isEqualTo("paid"));

        fb.invoices().delete(inv.id());
        assertThat(fb.invoices().list(InvoiceQuery.empty().withCustomerId(102L)).toList())
                .extracting(InvoiceDto::id)
                .doesNotContain(inv.id());
    }

    @Test
    void payments_create_list_update_delete() {
        InvoiceDto before = fb.invoices().get(9004);
        PaymentDto p = fb.payments()
                .create(PaymentDraft.empty()
                        .withInvoiceId(9004L)
                        .withAmount(Money.of("600.00", "USD"))
                        .withDate(LocalDate.now())
                        .withType("Check")
                        .withNote("part"));
        assertThat(p.invoiceId()).isEqualTo(9004);
        InvoiceDto after = fb.invoices().get(9004);
        assertThat(after.outstanding().amount())
                .isEqualByComparingTo(before.outstanding().amount().subtract(new BigDecimal("600.00")));
        assertThat(fb.payments().list(PaymentQuery.empty().withInvoiceId(9004L)).toList())
                .extracting(PaymentDto::id)
                .contains(p.id());
        assertThat(fb.payments()
                        .list(PaymentQuery.empty().withType("bank transfer"))
                        .toList())
                .extracting(PaymentDto::id)
                .contains(8002L, 8004L);
        assertThat(fb.payments().get(p.id()).note()).isEqualTo("part");
        assertThat(fb.payments()
                        .update(p.id(), PaymentDraft.empty().withNote("partial payment"))
                        .note())
                .isEqualTo("partial payment");
        assertThat(fb.payments().delete(p.id()).visState()).isEqualTo(1);
    }

    @Test
    void projects_list_get_create_update_delete_assign() {
        assertThat(fb.projects().list(ProjectQuery.empty()).toList())
                .extracting(ProjectDto::id)
                .contains(201L, 206L);
        assertThat(fb.projects().list(ProjectQuery.empty().withComplete(true)).toList())
                .extracting(ProjectDto::id)
                .containsExactly(206L);
        assertThat(fb.projects().list(ProjectQuery.empty().withClientId(103L)).toList())
                .extracting(ProjectDto::id)
                .containsExactlyInAnyOrder(202L, 203L);
        assertThat(fb.projects()
                        .list(ProjectQuery.empty().withTitleContains("web"))
                        .toList())
                .extracting(ProjectDto::title)
                .containsExactly("Website Redesign");

        ProjectDto web = fb.projects().get(201);
        assertThat(web.teamGroupId()).isNotNull();
        assertThat(web.clientId()).isEqualTo(101);

        ProjectDto created = fb.projects()
                .create(ProjectDraft.empty()
                        .withTitle("Brand Refresh")
                        .withClientId(104L)
                        .withProjectType("hourly_rate")
                        .withBillingMethod("project_rate")
                        .withRate(new BigDecimal("140.00")));
        assertThat(created.id()).isPositive();
        ProjectDto upd = fb.projects().update(created.id(), ProjectDraft.empty().withDescription("Logo and palette"));
        assertThat(upd.title()).isEqualTo("Brand Refresh");
        assertThat(upd.description()).isEqualTo("Logo and palette");

        Invitation inv = fb.projects().assign(created.id(), "sam@northwind.example", "business_employee");
        assertThat(inv.toEmail()).isEqualTo("sam@northwind.example");
        assertThat(inv.groups())
                .extracting(InvitationGroup::groupId)
                .containsExactly(fb.projects().get(created.id()).teamGroupId());
        assertThat(inv.status()).isIn("accepted", "pending");

        fb.projects().delete(created.id());
        assertThatThrownBy(() -> fb.projects().get(created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void services_and_rates() {
        assertThat(fb.services().list().toList()).extracting(ServiceDto::name).contains("Design", "Admin");
        assertThat(fb.services().get(301).name()).isEqualTo("Design");
        ServiceDto s = fb.services().create("Illustration", true);
        assertThat(fb.services().rate(s.id())).isEmpty();
        assertThat(fb.services().setRate(s.id(), new BigDecimal("120")).rate()).isEqualByComparingTo("120.00");
        assertThat(fb.services().setRate(s.id(), new BigDecimal("125.50")).rate())
                .isEqualByComparingTo("125.50");
        assertThat(fb.services().rate(301)).get().satisfies(r -> assertThat(r.rate())
                .isEqualByComparingTo("150.00"));
        assertThat(fb.services().rates()).extracting(ServiceRateDto::serviceId).contains(301L, s.id());
    }

    @Test
    void team_members() {
        List<TeamMemberDto> all = fb.teamMembers().list(false).toList();
        assertThat(all).extracting(TeamMemberDto::email).contains("riley@northwind.example", "chris@northwind.example");
        assertThat(fb.teamMembers().page(false, 1, 2).items()).hasSize(2);
        assertThat(fb.teamMembers().get(all.get(0).uuid()).email())
                .isEqualTo(all.get(0).email());
    }

    @Test
    void time_entries_create_update_list_totals_delete() {
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        TimeEntryDto t = fb.timeEntries()
                .create(TimeEntryDraft.logged(start, 5400)
                        .withProjectId(201L)
                        .withClientId(101L)
                        .withServiceId(301L)
                        .withNote("Wireframes")
                        .withBillable(true));
        assertThat(t.duration()).isEqualTo(5400);
        assertThat(t.startedAtInstant()).isEqualTo(start);

        TimeEntryDto u = fb.timeEntries().update(t.id(), TimeEntryDraft.empty().withNote("Wireframes v2"));
        assertThat(u.note()).isEqualTo("Wireframes v2");
        assertThat(u.projectId()).isEqualTo(201); // the merge kept the associations
        assertThat(u.startedAtInstant()).isEqualTo(start);

        List<TimeEntryDto> mine = fb.timeEntries().list(TimeEntryQuery.empty()).toList();
        List<TimeEntryDto> team =
                fb.timeEntries().list(TimeEntryQuery.empty().withTeam(true)).toList();
        assertThat(mine).allSatisfy(e -> assertThat(e.identityId()).isEqualTo(5001));
        assertThat(team).extracting(TimeEntryDto::identityId).contains(5001L, 5002L, 5003L);
        assertThat(fb.timeEntries()
                        .list(TimeEntryQuery.empty().withTeam(true).withProjectId(202L))
                        .toList())
                .extracting(TimeEntryDto::id)
                .containsExactlyInAnyOrder(6002L, 6005L);
        assertThat(fb.timeEntries()
                        .list(TimeEntryQuery.empty().withTeam(true).withServiceId(304L))
                        .toList())
                .extracting(TimeEntryDto::id)
                .containsExactly(6006L);

        TimeTotals totals =
                fb.timeEntries().totals(TimeEntryQuery.empty().withTeam(true).withProjectId(201L));
        long expected = team.stream()
                .filter(e -> Long.valueOf(201).equals(e.projectId()))
                .mapToLong(TimeEntryDto::duration)
                .sum();
        assertThat(totals.totalLogged()).isEqualTo(expected);
        assertThat(totals.count())
                .isEqualTo(team.stream()
                        .filter(e -> Long.valueOf(201).equals(e.projectId()))
                        .count());

        fb.timeEntries().delete(t.id());
        assertThat(fb.timeEntries().list(TimeEntryQuery.empty().withTeam(true)).toList())
                .extracting(TimeEntryDto::id)
                .doesNotContain(t.id());
        // API.md §5.11: hard delete from the client's view, soft delete server-side is likely; the sandbox
        // keeps it readable by id with active=false. Either reading is accepted.
        try {
            assertThat(fb.timeEntries().get(t.id()).active()).isFalse();
        } catch (NotFoundException hardDeleted) {
            // hard-delete reading
        }
    }

    @Test
    void timers_start_running_stop() {
        TimeEntryDto timer = fb.timers()
                .start(TimeEntryDraft.empty()
                        .withProjectId(202L)
                        .withClientId(103L)
                        .withServiceId(302L)
                        .withNote("Pairing"));
        assertThat(timer.running()).isTrue();
        assertThat(fb.timers().running()).extracting(TimeEntryDto::id).contains(timer.id());
        assertThat(fb.timeEntries().list(TimeEntryQuery.empty()).toList())
                .extracting(TimeEntryDto::id)
                .doesNotContain(timer.id());
        TimeEntryDto stopped = fb.timers().stop(timer.id());
        assertThat(stopped.running()).isFalse();
        assertThat(stopped.duration()).isGreaterThanOrEqualTo(0);
        assertThat(stopped.note()).isEqualTo("Pairing");
        assertThat(fb.timers().running()).extracting(TimeEntryDto::id).doesNotContain(timer.id());
    }
}
