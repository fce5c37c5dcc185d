package dev.fbcli.freshbooks.resource;

import static dev.fbcli.freshbooks.http.HttpMethod.DELETE;
import static dev.fbcli.freshbooks.http.HttpMethod.GET;
import static dev.fbcli.freshbooks.http.HttpMethod.POST;
import static dev.fbcli.freshbooks.http.HttpMethod.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.freshbooks.auth.OAuthClient;
import dev.fbcli.freshbooks.auth.TokenSet;
import dev.fbcli.freshbooks.http.ApiResponse;
import dev.fbcli.freshbooks.http.Wire;
import dev.fbcli.freshbooks.model.*;
import dev.fbcli.freshbooks.testing.FakeRequestExecutor;
import dev.fbcli.freshbooks.testing.Fixtures;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every response fixture of ../shared/freshbooks/fixtures is read through the real resource class
 * (or the model/decoder for resources the client does not wrap), and request fixtures are compared
 * with what the client writes.
 */
class FixtureParsingTest {
    static final String A = "/accounting/account/ACM123/";
    static final BusinessContext BIZ = new BusinessContext(439000, "a_uuid1", "ACM123", "Commonwealth", "owner");
    final FakeRequestExecutor fake = new FakeRequestExecutor();
    final Resources fb =
            new Resources(fake, () -> BIZ, Clock.fixed(Instant.parse("2024-01-01T12:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void verify() {
        fake.verify();
    }

    static JsonNode json(String s) {
        return Wire.parse(s);
    }

    @Test
    void clients_get_list_create_delete() {
        fake.onFixture(GET, A + "users/clients/12345", "clients_get.json")
                .onFixture(GET, A + "users/clients", "clients_list.json")
                .onFixture(POST, A + "users/clients", "clients_create.json")
                .onFixture(PUT, A + "users/clients/56789", "clients_create.json");

        ClientDto c = fb.clients.get(12345);
        assertThat(c.id()).isEqualTo(12345);
        assertThat(c.organization()).isEqualTo("American Cyanamid");
        assertThat(c.currencyCode()).isEqualTo("CAD");
        assertThat(c.city()).isEqualTo("Toronto");
        assertThat(c.outstandingBalance())
                .extracting(b -> b.amount().amount())
                .containsExactly(new BigDecimal("10"), new BigDecimal("11"));
        assertThat(c.displayName()).isEqualTo("American Cyanamid");

        Page<ClientDto> page = fb.clients.page(ClientQuery.empty(), 1, 15);
        assertThat(page.items()).hasSize(3);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.pages()).isEqualTo(1);
        assertThat(page.perPage()).isEqualTo(15);

        ClientDto created = fb.clients.create(ClientDraft.empty().withEmail("john.doe@abcorp.com"));
        assertThat(created.id()).isEqualTo(56789);
        assertThat(json(fake.last().bodyJson())).isEqualTo(json(Fixtures.read("clients_create_request.json")));

        fb.clients.delete(56789);
        assertThat(json(fake.last().bodyJson())).isEqualTo(json(Fixtures.read("clients_delete_request.json")));
    }

    @Test
    void invoices_get_list_create_actions_delete() {
        fake.onFixture(GET, A + "invoices/invoices/987654", "invoices_get.json")
                .onFixture(GET, A + "invoices/invoices/74888", "invoices_get_with_gateways.json")
                .onFixture(GET, A + "invoices/invoices", "invoices_list.json")
                .onFixture(POST, A + "invoices/invoices", "invoices_get.json")
                .onFixture(PUT, A + "invoices/invoices/987654", "invoices_get.json")
                .onFixture(PUT, A + "invoices/invoices/987654", "invoices_get.json")
                .onFixture(DELETE, A + "invoices/invoices/987654", "invoices_delete.json");

        InvoiceDto inv = fb.invoices.get(987654);
        assertThat(fake.last().queryString()).isEqualTo("include%5B%5D=lines");
        assertThat(inv.amount()).isEqualTo(Money.of("41.94", "CAD"));
        assertThat(inv.outstanding().amount()).isEqualByComparingTo("21.94");
        assertThat(inv.discountTotal().amount()).isEqualByComparingTo("-4.40");
        assertThat(inv.dueDate()).isEqualTo(LocalDate.of(2021, 4, 16));
        assertThat(inv.status()).isEqualTo(2);
        assertThat(inv.v3Status()).isEqualTo("partial");
        assertThat(inv.lines()).hasSize(2);
        InvoiceLineDto l = inv.lines().get(0);
        assertThat(l.qty()).isEqualByComparingTo("4");
        assertThat(l.unitCost()).isEqualTo(Money.of("5.00", "CAD"));
        assertThat(l.taxName1()).isEqualTo("HST1");
        assertThat(l.taxAmount1()).isEqualByComparingTo("13");

        InvoiceDto gw = fb.invoices.get(74888);
        assertThat(gw.v3Status()).isEqualTo("draft");
        assertThat(gw.datePaid()).isNull();

        Page<InvoiceDto> p = fb.invoices.page(InvoiceQuery.empty(), 1, 100);
        assertThat(p.items()).singleElement().satisfies(i -> assertThat(i.lines())
                .hasSize(2));

        InvoiceDraft draft = InvoiceDraft.empty()
                .withCustomerId(12345L)
                .withCreateDate(LocalDate.of(2024, 1, 15))
                .withDueOffsetDays(5)
                .withLines(List.of(
                        InvoiceLineDraft.empty()
                                .withName("Fancy Dishes")
                                .withDescription("They're pretty swanky")
                                .withQty(new BigDecimal("6"))
                                .withUnitCost(Money.of("27.00", "CAD")),
                        InvoiceLineDraft.empty()
                                .withName("Regular Glasses")
                                .withDescription("They look \"just ok\"")
                                .withQty(new BigDecimal("8"))
                                .withUnitCost(Money.of("5.95", "CAD"))));
        fb.invoices.create(draft);
        assertThat(json(fake.last().bodyJson())).isEqualTo(json(Fixtures.read("invoices_create_request.json")));
        assertThat(fake.last().identifyingFields())
                .containsEntry("customerid", "12345")
                .containsEntry("create_date", "2024-01-15");

        fb.invoices.markAsSent(987654);
        assertThat(json(fake.last().bodyJson())).isEqualTo(json(Fixtures.read("invoices_mark_sent_request.json")));

        fb.invoices.sendByEmail(
                987654,
                List.of("therockjohnson@freshbooks.com"),
                "Thanks for being a customer",
                "This can be any personal message",
                false);
        assertThat(json(fake.last().bodyJson())).isEqualTo(json(Fixtures.read("invoices_send_email_request.json")));
        assertThat(fake.last().idempotent()).isFalse();

        fb.invoices.delete(987654);
    }

    @Test
    void expenses_categories_and_uploads() {
        fake.onFixture(GET, A + "expenses/expenses/23456", "expenses_get.json")
                .onFixture(GET, A + "expenses/expenses", "expenses_list.json")
                .onFixture(POST, "/uploads/account/ACM123/attachments", "uploads_attachment_create.json")
                .onFixture(POST, A + "expenses/expenses", "expenses_get.json");

        ExpenseDto e = fb.expenses.get(23456);
        assertThat(e.amount()).isEqualTo(Money.of("54.00", "CAD"));
        assertThat(e.taxAmount1()).isEqualTo(Money.of("6.21", "CAD"));
        assertThat(e.attachment().jwt()).isEqualTo("someAwesomeJWT");
        assertThat(e.attachment().mediaType()).isEqualTo("image/jpeg");
        assertThat(e.linkedProjectId()).isNull(); // projectid 0, modern_projectid null
        assertThat(e.date()).isEqualTo(LocalDate.of(2021, 7, 19));
        assertThat(fb.expenses.page(ExpenseQuery.empty(), 1, 100).items())
                .extracting(ExpenseDto::id)
                .containsExactly(23457L, 23456L);

        UploadedAttachment up = fb.uploads.uploadAttachment("r.png", "image/png", new byte[] {1, 2, 3});
        assertThat(up.jwt()).isEqualTo("some_jwt");
        assertThat(fake.last().file().fieldName()).isEqualTo("content");

        ExpenseDraft d = ExpenseDraft.empty()
                .withAmount(Money.of("79.73", "USD"))
                .withNotes("Purchased Gasoline for deliveries")
                .withVendor("Shell Gas Station")
                .withDate(LocalDate.of(2019, 4, 24))
                .withStaffId(1L)
                .withTaxName1("other tax")
                .withTaxAmount1(Money.of("9.17", "USD"))
                .withCategoryId(2003174L)
                .withAttachment(new AttachmentRef("<JWT_FROM_UPLOAD_RESPONSE>", "image/png"));
        fb.expenses.create(d);
        JsonNode sent = json(fake.last().bodyJson()).get("expense");
        JsonNode fixture =
                json(Fixtures.read("expenses_create_with_receipt_request.json")).get("expense");
        sent.fieldNames().forEachRemaining(f -> assertThat(fixture.has(f))
                .as("field %s is in the Postman sample", f)
                .isTrue());
        assertThat(sent.get("amount")).isEqualTo(fixture.get("amount"));
        assertThat(sent.get("taxAmount1")).isEqualTo(fixture.get("taxAmount1"));
        assertThat(sent.get("attachment").get("jwt"))
                .isEqualTo(fixture.get("attachment").get("jwt"));

        ExpenseCategoryDto cat = Wire.convert(
                json(Fixtures.read("expense_categories_object.json")).get("category"), ExpenseCategoryDto.class);
        assertThat(cat.category()).isEqualTo("Accident Insurance");
        assertThat(cat.parentId()).isEqualTo(122);

        JsonNode image = json(Fixtures.read("uploads_image_create.json"));
        assertThat(Wire.convert(image.get("image"), UploadedAttachment.class).jwt())
                .isEqualTo("some_jwt");
        assertThat(image.get("link").asText()).endsWith("/some_jwt");
    }

    @Test
    void payments() {
        fake.onFixture(GET, A + "payments/payments/235435", "payments_get.json")
                .onFixture(GET, A + "payments/payments", "payments_list.json");
        PaymentDto p = fb.payments.get(235435);
        assertThat(p.invoiceId()).isEqualTo(987654);
        assertThat(p.amount()).isEqualTo(Money.of("41.94", "CAD"));
        assertThat(p.type()).isEqualTo("Check");
        assertThat(fb.payments.page(PaymentQuery.empty(), 1, 15).items())
                .extracting(PaymentDto::type)
                .containsExactly("Credit Card", "2Checkout");
    }

    @Test
    void projects_all_variants() {
        String base = "/projects/business/439000/";
        fake.onFixture(GET, base + "project/654321", "projects_get.json")
                .onFixture(GET, base + "project/654321", "projects_get_alt.json")
                .onFixture(GET, base + "projects", "projects_list.json")
                .onFixture(GET, base + "projects", "projects_list_alt.json")
                .onFixture(POST, base + "project", "projects_create.json")
                .onFixture(POST, base + "project", "projects_create_alt.json");

        ProjectDto p = fb.projects.get(654321);
        assertThat(p.title()).isEqualTo("Awesome Project");
        assertThat(p.rate()).isEqualByComparingTo("5.00");
        assertThat(p.dueDate()).isEqualTo(LocalDate.of(2021, 1, 2));
        assertThat(p.services()).hasSize(2);
        assertThat(p.teamGroupId()).isEqualTo(764645);
        assertThat(p.group().members()).singleElement().satisfies(m -> assertThat(m.role())
                .isEqualTo("owner"));
        assertThat(fb.projects.get(654321).clientId()).isNull();

        Page<ProjectDto> list = fb.projects.page(ProjectQuery.empty(), 1, 30);
        assertThat(list.items()).hasSize(3);
        assertThat(list.items().get(0).teamGroupId()).isEqualTo(764645); // group_id in lists
        assertThat(list.perPage()).isEqualTo(30);
        assertThat(fb.projects.page(ProjectQuery.empty(), 1, 30).total()).isEqualTo(3);

        ProjectDto created = fb.projects.create(ProjectDraft.empty()
                .withTitle("Some Project")
                .withClientId(56789L)
                .withProjectType("fixed_price")
                .withFixedPrice(new BigDecimal("600")));
        assertThat(created.budget()).isEqualTo(21600);
        assertThat(created.createdAt()).isEqualTo("2020-11-219T13:22:04"); // impossible timestamp kept as text
        JsonNode sent = json(fake.last().bodyJson()).get("project");
        JsonNode fixture = json(Fixtures.read("projects_create_request.json")).get("project");
        // PY sends client_id and fixed_price as strings; we send a number for the id: same values
        assertThat(fieldNames(sent)).isEqualTo(fieldNames(fixture));
        fixture.fieldNames().forEachRemaining(f -> assertThat(sent.get(f).asText())
                .isEqualTo(fixture.get(f).asText()));
        assertThat(fb.projects.create(ProjectDraft.empty().withTitle("x")).id()).isEqualTo(12345);
    }

    @Test
    void time_entries_and_totals() {
        String base = "/timetracking/business/439000/time_entries";
        fake.onFixture(GET, base + "/123456", "time_entries_get.json")
                .onFixture(GET, base + "/419546", "time_entries_get_alt.json")
                .onFixture(GET, base, "time_entries_list.json")
                .onFixture(GET, base, "time_entries_list_alt.json")
                .onFixture(GET, base, "time_entries_list.json")
                .onFixture(POST, base, "time_entries_get_alt.json");

        TimeEntryDto t = fb.timeEntries.get(123456);
        assertThat(t.duration()).isEqualTo(9840);
        assertThat(t.startedAtInstant()).isEqualTo(Instant.parse("2023-08-09T19:56:50Z"));
        assertThat(t.timer().isRunning()).isFalse();
        assertThat(t.localTimezone()).isEqualTo("America/Toronto");
        assertThat(t.running()).isFalse();
        assertThat(fb.timeEntries.get(419546).timer()).isNull();

        assertThat(fb.timeEntries.page(TimeEntryQuery.empty(), 1, 30).items()).hasSize(2);
        assertThat(fb.timeEntries
                        .page(TimeEntryQuery.empty().withTeam(true), 1, 30)
                        .items())
                .extracting(TimeEntryDto::id)
                .containsExactly(419546L, 419547L);
        assertThat(fake.last().queryString()).contains("team=true");

        TimeTotals totals = fb.timeEntries.totals(TimeEntryQuery.empty());
        assertThat(totals).isEqualTo(new TimeTotals(2, 17040, 17040));

        TimeEntryDraft d = TimeEntryDraft.logged(Instant.parse("2020-10-17T05:00:00Z"), 3600)
                .withBillable(true)
                .withNote("Stuff")
                .withClientId(56789L)
                .withProjectId(654321L);
        fb.timeEntries.create(d);
        JsonNode sent = json(fake.last().bodyJson()).get("time_entry");
        JsonNode fixture =
                json(Fixtures.read("time_entries_create_request.json")).get("time_entry");
        fixture.fieldNames().forEachRemaining(f -> assertThat(sent.get(f)).as(f).isEqualTo(fixture.get(f)));
        assertThat(sent.get("is_logged").asBoolean()).isTrue();
        assertThat(fake.last().identifyingFields())
                .containsEntry("started_at", "2020-10-17T05:00:00Z")
                .containsEntry("project_id", "654321");
    }

    @Test
    void services_rates_and_team_members() {
        String base = "/comments/business/439000/";
        fake.onFixture(GET, base + "service/4054453", "services_get.json")
                .onFixture(GET, base + "services", "services_list.json")
                .onFixture(POST, base + "service", "services_get.json")
                .onFixture(GET, base + "service/4054453/rate", "service_rates_get.json")
                .onFixture(GET, base + "service_rates", "service_rates_list.json")
                .onFixture(GET, base + "service/4054453/rate", "service_rates_get.json")
                .onFixture(PUT, base + "service/4054453/rate", "service_rates_get.json")
                .onFixture(GET, "/auth/api/v1/businesses/439000/team_members", "team_members_list.json");

        assertThat(fb.services.get(4054453).name()).isEqualTo("Document Review");
        assertThat(fb.services.list().toList()).extracting(ServiceDto::billable).containsExactly(true, false);
        fb.services.create("A new service", true);
        assertThat(json(fake.last().bodyJson())).isEqualTo(json(Fixtures.read("services_create_request.json")));
        assertThat(fb.services.rate(4054453)).get().satisfies(r -> assertThat(r.rate())
                .isEqualByComparingTo("10.00"));
        assertThat(fb.services.rates())
                .extracting(r -> r.rate().toPlainString())
                .containsExactly("10.00", "8.50");
        fb.services.setRate(4054453, new BigDecimal("10"));
        assertThat(json(fake.last().bodyJson())).isEqualTo(json(Fixtures.read("service_rates_create_request.json")));

        List<TeamMemberDto> members = fb.teamMembers.list(true).toList();
        assertThat(members).singleElement().satisfies(m -> {
            assertThat(m.email()).isEqualTo("test@freshenv.com");
            assertThat(m.businessRoleName()).isEqualTo("business_employee");
            assertThat(m.identityId()).isNull();
        });
        assertThat(fake.last().queryString()).contains("active=true");
    }

    @Test
    void identity_both_variants() {
        fake.onFixture(GET, "/auth/api/v1/users/me", "identity_get.json")
                .onFixture(GET, "/auth/api/v1/users/me", "identity_get_alt.json");
        List<BusinessContext> all = fb.identity.businesses();
        assertThat(all)
                .containsExactly(
                        new BusinessContext(
                                439000, "a_uuid1", "ABC123", "Commonwealth of Independent Systems", "owner"),
                        new BusinessContext(438000, "a_uuid2", "ABC124", "Bayern Corporation", "business_employee"));
        assertThat(Identities.pickDefault(all).businessId()).isEqualTo(439000);
        Identity alt = fb.identity.me();
        assertThat(alt.email()).isNotBlank();
        assertThat(Identities.businessesOf(alt)).isNotEmpty();
    }

    @Test
    void reports_accounts_aging() {
        fake.onFixture(GET, A + "reports/accounting/accounts_aging", "reports_accounts_aging.json");
        AccountsAgingReport r = fb.reports.accountsAging(null, LocalDate.of(2019, 5, 8), "USD");
        assertThat(fake.last().queryString()).isEqualTo("end_date=2019-05-08&currency_code=USD");
        assertThat(r.accounts()).hasSize(3);
        assertThat(r.accounts().get(0).days0to30()).isEqualTo(Money.of("3830.00", "USD"));
        assertThat(r.accounts().get(0).clientId()).isEqualTo(31006);
        assertThat(r.totals().total()).isEqualTo(Money.of("4278.48", "USD"));
        assertThat(r.endDate()).isEqualTo(LocalDate.of(2019, 5, 8));
    }

    @Test
    void oauth_token_responses() {
        TokenSet t = OAuthClient.parseTokenResponse(json(Fixtures.read("oauth_token_create.json")), Instant.EPOCH);
        assertThat(t.expiresAt()).isEqualTo(Instant.ofEpochSecond(1627318626L + 100));
        assertThat(t.scopes()).containsExactlyInAnyOrder("some:scope", "some:other:scope");
        assertThat(t.toString()).doesNotContain("my_access_token").doesNotContain("my_refresh_token");
        TokenSet alt =
                OAuthClient.parseTokenResponse(json(Fixtures.read("oauth_token_create_alt.json")), Instant.EPOCH);
        assertThat(alt.refreshToken()).isEqualTo("my_refresh_token");
        assertThat(alt.scopes()).containsExactly("some:scope");
    }

    /** Accounting resources the client does not wrap: their envelopes and Money still read. */
    @Test
    void unwrapped_accounting_resources_read_through_the_family_envelope() {
        Accounting acc = new Accounting(fake, () -> BIZ);
        fake.onFixture(GET, A + "items/items", "items_list.json")
                .onFixture(GET, A + "taxes/taxes", "taxes_list.json")
                .onFixture(GET, A + "projects/tasks", "tasks_list.json")
                .onFixture(GET, A + "other_incomes/other_incomes", "other_incomes_list.json")
                .onFixture(GET, "/events/account/ACM123/events/callbacks", "callbacks_list.json");
        record Item(Long id, String name, Money unit_cost) {}
        record Tax(Long id, String name, BigDecimal amount) {}
        record Task(Long id, String name, Money rate) {}
        record Income(Long incomeid, Money amount) {}
        assertThat(acc.page("items/items", "items", Item.class, 1, 15, r -> r).items())
                .extracting(Item::unit_cost)
                .contains(Money.of("154.99", "CAD"));
        assertThat(acc.page("taxes/taxes", "taxes", Tax.class, 1, 15, r -> r).items())
                .extracting(Tax::amount)
                .containsExactly(new BigDecimal("13"), new BigDecimal("5"));
        Page<Task> tasks = acc.page("projects/tasks", "tasks", Task.class, 1, 15, r -> r);
        assertThat(tasks.total()).isEqualTo(3);
        assertThat(tasks.items().get(0).rate()).isEqualTo(Money.of("100.00", "CAD"));
        assertThat(acc.page("other_incomes/other_incomes", "other_income", Income.class, 1, 15, r -> r)
                        .items())
                .extracting(Income::incomeid)
                .containsExactly(1234L, 1235L);
        ApiResponse callbacks =
                fake.execute(dev.fbcli.freshbooks.http.ApiRequest.get("/events/account/ACM123/events/callbacks"));
        assertThat(callbacks.readList("/response/result/callbacks", JsonNode.class))
                .hasSize(3);

        record Single(Long id, String name, Money unit_cost) {}
        assertThat(Wire.convert(json(Fixtures.read("items_get.json")).at("/response/result/item"), Single.class)
                        .unit_cost())
                .isEqualTo(Money.of("1.00", "CAD"));
        assertThat(Wire.convert(json(Fixtures.read("taxes_get.json")).at("/response/result/tax"), Tax.class)
                        .name())
                .isEqualTo("HST");
        assertThat(Wire.convert(json(Fixtures.read("tasks_get.json")).at("/response/result/task"), Task.class)
                        .name())
                .isEqualTo("Piloting");
        assertThat(Wire.convert(
                                json(Fixtures.read("other_incomes_get.json")).at("/response/result/other_income"),
                                Income.class)
                        .amount())
                .isEqualTo(Money.of("25.00", "USD"));
        assertThat(json(Fixtures.read("callbacks_get.json"))
                        .at("/response/result/callback/event")
                        .asText())
                .isEqualTo("invoice.create");
    }

    @Test
    void unwrapped_reports_ledger_and_payment_options_read() {
        record Row(String description, Money total, List<Money> data) {}
        JsonNode pl = json(Fixtures.read("reports_profit_loss.json")).at("/response/result/profitloss");
        assertThat(Wire.convert(pl.get("net_profit"), Row.class).total()).isEqualTo(Money.of("8.02", "CAD"));
        assertThat(Wire.convert(pl.get("gross_margin"), Row.class).data()).hasSize(4); // code "%": still Money-shaped
        record Summary(Money outstanding, Money paid, Money total) {}
        JsonNode details = json(Fixtures.read("reports_invoice_details.json")).at("/response/result/invoice_details");
        assertThat(Wire.convert(details.get("summary"), Summary.class).total()).isEqualTo(Money.of("0.00", "USD"));
        record Ledger(String uuid, String name, String number) {}
        assertThat(Wire.convertList(
                        json(Fixtures.read("ledger_accounts_list.json")).get("data"), Ledger.class))
                .hasSize(2);
        assertThat(Wire.convert(json(Fixtures.read("ledger_accounts_get.json")).get("data"), Ledger.class)
                        .name())
                .isEqualTo("Cash");
        record Options(String gateway_name, Boolean has_credit_card, String entity_id) {}
        assertThat(Wire.convert(
                                json(Fixtures.read("payment_options_object.json"))
                                        .get("payment_options"),
                                Options.class)
                        .entity_id())
                .isEqualTo("12345");
    }

    /** Fails when a fixture is added upstream and no test reads it. */
    @Test
    void every_fixture_is_covered() throws IOException {
        Set<String> covered = new TreeSet<>();
        for (String src : List.of("resource/FixtureParsingTest.java", "http/ErrorDecoderTest.java")) {
            covered.addAll(Stream.of(Files.readString(Path.of("src/test/java/dev/fbcli/freshbooks/" + src))
                            .split("\""))
                    .filter(s -> s.endsWith(".json"))
                    .collect(Collectors.toSet()));
        }
        Set<String> all;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures"))) {
            all = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(all).hasSizeGreaterThan(70);
        assertThat(covered).containsAll(all);
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> s = new TreeSet<>();
        n.fieldNames().forEachRemaining(s::add);
        return s;
    }
}
