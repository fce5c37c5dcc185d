package dev.fbcli.freshbooks.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.NotFoundException;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.ClientQuery;
import dev.fbcli.freshbooks.model.DownloadedFile;
import dev.fbcli.freshbooks.model.ExpenseDraft;
import dev.fbcli.freshbooks.model.ExpenseDto;
import dev.fbcli.freshbooks.model.ExpenseQuery;
import dev.fbcli.freshbooks.model.InvoiceDto;
import dev.fbcli.freshbooks.model.InvoiceQuery;
import dev.fbcli.freshbooks.model.Money;
import dev.fbcli.freshbooks.model.PaymentDto;
import dev.fbcli.freshbooks.model.ProjectDraft;
import dev.fbcli.freshbooks.model.ProjectDto;
import dev.fbcli.freshbooks.model.ServiceDto;
import dev.fbcli.freshbooks.model.TimeEntryDraft;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import dev.fbcli.sandbox.SandboxServer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changing and taking back what was recorded (issue 21), through the client against the real sandbox. */
class ChangesIT {
    @TempDir
    Path dir;

    SandboxServer sandbox;
    FreshBooksClient fb;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxFixture.start(dir.resolve("data"), null);
        fb = SandboxFixture.client(sandbox).build();
    }

    @AfterEach
    void stop() {
        fb.close();
        sandbox.close();
    }

    @Test
    void a_time_entry_update_can_clear_its_project_and_keeps_what_is_not_named() {
        // given: 6001 is on Website Redesign (201, Acme 101) with Design and a note
        TimeEntryDto before = fb.timeEntries().get(6001);
        assertThat(before.projectId()).isEqualTo(201);

        // when: moved to the client Wayne (107) with no project
        TimeEntryDto moved = fb.timeEntries()
                .update(6001, TimeEntryDraft.empty().withClientId(107L).withDuration(5 * 3600L), Set.of("project_id"));

        // then
        assertThat(moved.projectId()).isNull();
        assertThat(moved.clientId()).isEqualTo(107);
        assertThat(moved.duration()).isEqualTo(5 * 3600L);
        assertThat(moved.note()).isEqualTo(before.note());
        assertThat(moved.startedAt()).isEqualTo(before.startedAt());
        assertThat(fb.timeEntries().get(6001).projectId()).isNull();
        assertThatThrownBy(() -> fb.timeEntries().update(6001, TimeEntryDraft.empty(), Set.of("started_at")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void time_entries_updated_since_finds_what_was_just_logged() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TimeEntryDto made = fb.timeEntries()
                .create(TimeEntryDraft.logged(now.minus(40, ChronoUnit.DAYS), 3600)
                        .withProjectId(202L));

        assertThat(fb.timeEntries()
                        .list(TimeEntryQuery.empty().withUpdatedSince(now.minus(1, ChronoUnit.HOURS)))
                        .toList())
                .extracting(TimeEntryDto::id)
                .containsExactly(made.id());
    }

    @Test
    void a_project_update_can_clear_its_due_date_and_budget() {
        ProjectDto before = fb.projects().get(202);
        assertThat(before.dueDate()).isNotNull();

        ProjectDto after = fb.projects()
                .update(202, ProjectDraft.empty().withRate(new BigDecimal("130.00")), Set.of("due_date", "budget"));

        assertThat(after.title()).isEqualTo("Apollo");
        assertThat(after.rate()).isEqualByComparingTo("130.00");
        assertThat(after.dueDate()).isNull();
        assertThat(after.budget()).isNull();
        assertThat(fb.projects().get(202).dueDate()).isNull();
    }

    @Test
    void services_are_renamed_and_deleted() {
        ServiceDto s = fb.services().create("Photography", true);

        ServiceDto renamed = fb.services().update(s.id(), "Photo shoots", false);
        fb.services().delete(s.id());

        assertThat(renamed.name()).isEqualTo("Photo shoots");
        assertThat(renamed.billable()).isFalse();
        assertThat(fb.services().list().stream().filter(x -> x.visState() == null || x.visState() == 0))
                .extracting(ServiceDto::id)
                .doesNotContain(s.id());
    }

    @Test
    void clients_are_archived_out_of_the_active_list_and_restored() {
        ClientDto archived = fb.clients().archive(108);

        assertThat(archived.visState()).isEqualTo(2);
        assertThat(fb.clients().list(ClientQuery.empty().withVisState(0)).toList())
                .extracting(ClientDto::id)
                .doesNotContain(108L);
        assertThat(fb.clients().list(ClientQuery.empty().withVisState(2)).toList())
                .extracting(ClientDto::id)
                .containsExactly(108L);
        assertThat(fb.clients().restore(108).visState()).isZero();
        assertThat(fb.clients().list(ClientQuery.empty().withVisState(0)).toList())
                .extracting(ClientDto::id)
                .contains(108L);
    }

    @Test
    void invoices_are_deleted_and_archived_by_vis_state_and_restored() {
        assertThat(fb.invoices().softDelete(9004).visState()).isEqualTo(1);
        assertThat(fb.invoices().list(InvoiceQuery.empty()).toList())
                .extracting(InvoiceDto::id)
                .doesNotContain(9004L);
        assertThat(fb.invoices().restore(9004).visState()).isZero();
        assertThat(fb.invoices().archive(9004).visState()).isEqualTo(2);
        assertThat(fb.invoices().get(9004).visState()).isEqualTo(2);
        assertThat(fb.invoices().restore(9004).visState()).isZero();
    }

    @Test
    void expenses_come_back_after_a_delete_and_are_filtered_by_a_minimum_amount() {
        fb.expenses().delete(7003);
        assertThat(fb.expenses().restore(7003).visState()).isZero();

        assertThat(fb.expenses()
                        .list(ExpenseQuery.empty().withAmountMin(new BigDecimal("310.00")))
                        .toList())
                .extracting(ExpenseDto::id)
                .containsExactlyInAnyOrder(7003L, 7004L, 7006L);
    }

    @Test
    void a_deleted_payment_comes_back_and_pays_its_invoice_again() {
        assertThat(fb.invoices().get(9007).paymentStatus()).isEqualTo("paid");
        fb.payments().delete(8003);
        assertThat(fb.invoices().get(9007).paymentStatus()).isEqualTo("unpaid");

        PaymentDto back = fb.payments().restore(8003);

        assertThat(back.visState()).isZero();
        assertThat(fb.invoices().get(9007).paymentStatus()).isEqualTo("paid");
    }

    @Test
    void a_receipt_is_downloaded_byte_for_byte() throws Exception {
        Path receipt = dir.resolve("receipt.png");
        byte[] bytes = new byte[3000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        bytes[0] = (byte) 0x89;
        Files.write(receipt, bytes);
        ExpenseDto e = fb.expenses()
                .createWithReceipt(
                        ExpenseDraft.empty()
                                .withCategoryId(409L)
                                .withStaffId(1L)
                                .withDate(LocalDate.now())
                                .withAmount(Money.of("12.00", "USD")),
                        receipt);

        DownloadedFile got = fb.uploads()
                .downloadAttachment(fb.expenses().get(e.id()).attachment().jwt());

        assertThat(got.mediaType()).isEqualTo("image/png");
        assertThat(got.content()).isEqualTo(bytes);
        assertThatThrownBy(() -> fb.uploads().downloadAttachment("nosuchfile.abc.def"))
                .isInstanceOf(NotFoundException.class);
    }
}
