package dev.fbcli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every fixture response the sandbox serves: the sandbox's answer to the equivalent request
 * has the same envelope and field names with the same JSON types (values may differ).
 */
class ContractTest {

    @TempDir
    static Path dir;

    static Sandbox sb;
    static final String A = Sandbox.ACCT;
    static final String P = "/projects/business/" + Sandbox.BIZ;
    static final String T = "/timetracking/business/" + Sandbox.BIZ;
    static final String C = "/comments/business/" + Sandbox.BIZ;

    @BeforeAll
    static void start() {
        sb = Sandbox.start(dir);
    }

    @AfterAll
    static void stop() {
        sb.close();
    }

    static void assertShape(String fixture, Sandbox.Res res, int status, Set<String> extra, Set<String> ignored) {
        assertThat(res.status())
                .as("HTTP status for %s: %s", fixture, res.text())
                .isEqualTo(status);
        List<String> diff = Shape.diff(Sandbox.fixture(fixture), res.json(), extra, ignored);
        assertThat(diff)
                .as("shape of %s vs the sandbox's %s", fixture, res.text())
                .isEmpty();
    }

    static void assertShape(String fixture, Sandbox.Res res) {
        assertShape(fixture, res, 200, Set.of(), Set.of());
    }

    // ------------------------------------------------------------------ identity and OAuth

    @Test
    void should_match_identity_get_when_reading_users_me() {
        Set<String> extra = Set.of("response.business_memberships[].business.timezone");
        // permissions and subscription_statuses are maps keyed by account id: compared below
        Set<String> keyed = Set.of("response.permissions", "response.subscription_statuses");
        Sandbox.Res me = sb.get("/auth/api/v1/users/me");
        assertShape("identity_get", me, 200, extra, keyed);
        assertShape("identity_get_alt", me, 200, extra, keyed);
        assertThat(me.json().at("/response/permissions/NWS77").isObject()).isTrue();
        assertThat(me.json().at("/response/subscription_statuses/NWS77").asText())
                .isEqualTo("active");
    }

    @Test
    void should_match_error_auth_unauthenticated_when_no_token() {
        assertShape(
                "error_auth_unauthenticated",
                sb.get("/auth/api/v1/users/me", "Authorization", null),
                401,
                Set.of(),
                Set.of());
    }

    @Test
    void should_match_oauth_token_create_when_exchanging_a_code() {
        String code = OAuthScenarioTest.authorize(sb, null);
        Sandbox.Res res = OAuthScenarioTest.token(
                sb,
                "grant_type=authorization_code&client_id="
                        + SandboxServer.DEMO_CLIENT_ID + "&client_secret=" + SandboxServer.DEMO_CLIENT_SECRET + "&code="
                        + code + "&redirect_uri="
                        + URLEncoder.encode(SandboxServer.DEMO_REDIRECT_URI, StandardCharsets.UTF_8));
        assertShape("oauth_token_create", res);
        assertShape("oauth_token_create_alt", res);
    }

    @Test
    void should_match_team_members_list() {
        assertShape("team_members_list", sb.get("/auth/api/v1/businesses/" + Sandbox.BIZ + "/team_members"));
    }

    @Test
    void should_match_insufficient_scope_when_token_lacks_the_scope() {
        Sandbox other = new Sandbox(sb.server);
        other.token = OAuthScenarioTest.tokenFor(sb, "user:profile:read user:expenses:read");
        Sandbox.Res res = other.get(A + "/invoices/invoices");
        assertShape("error_insufficient_scope", res, 403, Set.of(), Set.of());
        assertThat(res.json().get("message").asText())
                .contains("Provided: ['user:expenses:read user:profile:read']")
                .contains("Required: ['user:invoices:read']");
    }

    // ------------------------------------------------------------------ clients

    @Test
    void should_match_clients_fixtures() {
        Set<String> artificial = Set.of(
                "response.result.client.test_amount", "response.result.client.outstanding_balance[].amount.amount");
        assertShape(
                "clients_get",
                sb.get(A + "/users/clients/101?include[]=outstanding_balance" + "&include[]=grand_total_balance"),
                200,
                Set.of(),
                artificial);
        assertShape("clients_list", sb.get(A + "/users/clients"));
        assertShape("clients_create", sb.post(A + "/users/clients", Sandbox.fixture("clients_create_request")));
    }

    @Test
    void should_match_accounting_error_fixtures() {
        assertShape("error_accounting_not_found_legacy", sb.get(A + "/users/clients/12345"), 404, Set.of(), Set.of());
        assertShape(
                "error_accounting_not_found_v2",
                sb.get(A + "/users/clients/12345", "X-API-VERSION", "2023-02-20"),
                404,
                Set.of(),
                Set.of());
        assertShape(
                "error_accounting_unauthenticated_v2",
                sb.get(A + "/users/clients/1", "Authorization", null, "X-API-VERSION", "2022-10-31"),
                401,
                Set.of(),
                Set.of());
    }

    // ------------------------------------------------------------------ invoices and payments

    @Test
    void should_match_invoices_fixtures() {
        assertShape("invoices_get", sb.get(A + "/invoices/invoices/9006?include[]=lines&include[]=presentation"));
        // this Postman sample lacks three fields every SDK fixture has
        assertShape(
                "invoices_get_with_gateways",
                sb.get(A + "/invoices/invoices/9005?include[]=allowed_gateways"),
                200,
                Set.of(
                        "response.result.invoice.net_paid_amount",
                        "response.result.invoice.uuid",
                        "response.result.invoice.version"),
                Set.of());
        assertShape("invoices_list", sb.get(A + "/invoices/invoices?include[]=lines"));

        ObjectNode create = (ObjectNode) Sandbox.fixture("invoices_create_request");
        ((ObjectNode) create.get("invoice")).put("customerid", 102);
        Sandbox.Res created = sb.post(A + "/invoices/invoices?include[]=lines&include[]=presentation", create);
        assertShape("invoices_get", created);
        long id = created.json().at("/response/result/invoice/id").asLong();

        Set<String> noIncludes = Set.of("response.result.invoice.lines", "response.result.invoice.presentation");
        assertShape(
                "invoices_get",
                sb.put(A + "/invoices/invoices/" + id, Sandbox.fixture("invoices_send_email_request")),
                200,
                Set.of(),
                noIncludes);
        assertShape(
                "invoices_get",
                sb.put(A + "/invoices/invoices/" + id, Sandbox.fixture("invoices_mark_sent_request")),
                200,
                Set.of(),
                noIncludes);
        assertShape("invoices_delete", sb.delete(A + "/invoices/invoices/" + id));
    }

    @Test
    void should_match_payments_fixtures() {
        assertShape("payments_get", sb.get(A + "/payments/payments/8001"));
        assertShape("payments_list", sb.get(A + "/payments/payments"));
    }

    // ------------------------------------------------------------------ expenses, categories, taxes, uploads

    @Test
    void should_match_expense_and_upload_fixtures() {
        Sandbox.Res upload = ReceiptUploadScenarioTest.upload(sb, "receipt.png", "image/png", new byte[] {1, 2, 3});
        assertShape("uploads_attachment_create", upload);
        String jwt = upload.json().at("/attachment/jwt").asText();

        ObjectNode req = (ObjectNode) Sandbox.fixture("expenses_create_with_receipt_request");
        ObjectNode e = (ObjectNode) req.get("expense");
        e.put("categoryid", "414");
        ((ObjectNode) e.get("attachment")).put("jwt", jwt);
        Sandbox.Res created = sb.post(A + "/expenses/expenses?include[]=attachment", req);
        assertShape("expenses_get", created);
        long id = created.json().at("/response/result/expense/id").asLong();
        assertShape("expenses_get", sb.get(A + "/expenses/expenses/" + id + "?include[]=attachment"));
        assertShape("expenses_list", sb.get(A + "/expenses/expenses?include[]=attachment&search[has_receipt]=true"));

        JsonNode category = sb.get(A + "/expenses/categories/403").json().at("/response/result");
        assertThat(Shape.diff(Sandbox.fixture("expense_categories_object"), category, Set.of(), Set.of()))
                .isEmpty();

        Sandbox.Res image = sb.send(
                "POST",
                "/uploads/account/NWS77/images",
                ReceiptUploadScenarioTest.multipart("logo.jpg", "image/jpeg", new byte[] {9}),
                "Content-Type",
                "multipart/form-data; boundary=" + ReceiptUploadScenarioTest.BOUNDARY);
        assertShape("uploads_image_create", image);
    }

    @Test
    void should_match_taxes_fixtures() {
        Sandbox.Res created = sb.post(
                A + "/taxes/taxes",
                Sandbox.JSON
                        .createObjectNode()
                        .set(
                                "tax",
                                Sandbox.JSON
                                        .createObjectNode()
                                        .put("name", "HST")
                                        .put("amount", "13")
                                        .put("number", "RT 1234")));
        assertShape("taxes_get", created);
        sb.post(
                A + "/taxes/taxes",
                Sandbox.JSON
                        .createObjectNode()
                        .set(
                                "tax",
                                Sandbox.JSON
                                        .createObjectNode()
                                        .put("name", "GST")
                                        .put("amount", "5")));
        assertShape(
                "taxes_get",
                sb.get(A + "/taxes/taxes/"
                        + created.json().at("/response/result/tax/id").asLong()));
        assertShape("taxes_list", sb.get(A + "/taxes/taxes"));
    }

    @Test
    void should_match_reports_accounts_aging() {
        assertShape(
                "reports_accounts_aging",
                sb.get(
                        A
                                + "/reports/accounting/accounts_aging?start_date=2024-01-01&end_date=2024-06-15&currency_code=USD"));
    }

    // ------------------------------------------------------------------ projects, time entries, services

    @Test
    void should_match_projects_fixtures() {
        assertShape("projects_get", sb.get(P + "/project/201"));
        assertShape("projects_get_alt", sb.get(P + "/project/205"));
        assertShape("projects_list", sb.get(P + "/projects"));
        assertShape("projects_list_alt", sb.get(P + "/projects?include_logged_duration=true"));
        Sandbox.Res created = sb.post(
                P + "/project",
                Sandbox.json("{'project':{'title':'Some Project','client_id':'102',"
                        + "'project_type':'fixed_price','fixed_price':'600'}}"));
        assertShape("projects_create", created);
        assertShape("projects_create_alt", created);
        assertShape("error_projects_not_found", sb.get(P + "/project/999999"), 404, Set.of(), Set.of());
        assertShape(
                "error_projects_unauthorized",
                sb.get(P + "/projects", "Authorization", "Bearer nope"),
                401,
                Set.of(),
                Set.of());
        assertShape(
                "error_projects_validation",
                sb.post(P + "/project", Sandbox.json("{'project':{'description':'x'}}")),
                422,
                Set.of(),
                Set.of("error.description"));
    }

    @Test
    void should_match_projects_create_request_fixture() {
        ObjectNode req = (ObjectNode) Sandbox.fixture("projects_create_request");
        ((ObjectNode) req.get("project")).put("client_id", "101");
        assertShape("projects_create", sb.post(P + "/project", req));
    }

    @Test
    void should_match_time_entries_fixtures() {
        assertShape("time_entries_get", sb.get(T + "/time_entries/6001"));
        assertShape(
                "time_entries_get_alt",
                sb.get(T + "/time_entries/6001"),
                200,
                Set.of("time_entry.local_started_at", "time_entry.local_timezone"),
                Set.of());
        assertShape("time_entries_list", sb.get(T + "/time_entries"));
        assertShape(
                "time_entries_list_alt",
                sb.get(T + "/time_entries"),
                200,
                Set.of(
                        "meta.total_logged",
                        "meta.total_unbilled",
                        "meta.total_logged_per_team_member",
                        "meta.total_logged_per_client",
                        "time_entries[].local_started_at",
                        "time_entries[].local_timezone"),
                Set.of());
        ObjectNode req = (ObjectNode) Sandbox.fixture("time_entries_create_request");
        ((ObjectNode) req.get("time_entry")).put("client_id", 101).put("project_id", 201);
        assertShape("time_entries_get", sb.post(T + "/time_entries", req));
    }

    @Test
    void should_match_services_fixtures() {
        assertShape("services_get", sb.get(C + "/service/301"));
        assertShape("services_list", sb.get(C + "/services"));
        Sandbox.Res created = sb.post(C + "/service", Sandbox.fixture("services_create_request"));
        assertShape("services_get", created);
        long id = created.json().at("/service/id").asLong();
        assertShape(
                "service_rates_get",
                sb.post(C + "/service/" + id + "/rate", Sandbox.fixture("service_rates_create_request")));
        assertShape("service_rates_get", sb.get(C + "/service/301/rate"));
        assertShape("service_rates_list", sb.get(C + "/service_rates"));
    }
}
