package dev.fbcli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets each family's error body, never a 500; scopes and identifiers are enforced. */
class ErrorsAndScopesTest {

    @TempDir
    static Path dir;

    static Sandbox sb;

    @BeforeAll
    static void start() {
        sb = Sandbox.start(dir);
    }

    @AfterAll
    static void stop() {
        sb.close();
    }

    @Test
    void should_answer_malformed_json_with_the_family_body() {
        Sandbox.Res acct = sb.post(Sandbox.ACCT + "/users/clients", "{\"client\": ");
        assertThat(acct.status()).isEqualTo(400);
        assertThat(acct.json().at("/response/errors/0/errno").asInt()).isEqualTo(1005);
        Sandbox.Res acctV2 = sb.post(Sandbox.ACCT + "/users/clients", "[1,2]", "X-API-VERSION", "2023-02-20");
        assertThat(acctV2.status()).isEqualTo(400);
        assertThat(acctV2.json().get("code").asInt()).isEqualTo(3);
        Sandbox.Res proj = sb.post("/projects/business/770001/project", "nope");
        assertThat(proj.status()).isEqualTo(400);
        assertThat(proj.json().has("message")).isTrue();
        Sandbox.Res ident = sb.post("/auth/api/v1/users/invitation", "{");
        assertThat(ident.status()).isEqualTo(400);
        assertThat(ident.json().get("error").asText()).isEqualTo("invalid_request");
        Sandbox.Res noKey = sb.post(Sandbox.ACCT + "/users/clients", "{\"organization\":\"x\"}");
        assertThat(noKey.status()).isEqualTo(422);
        Sandbox.Res noName = sb.post(Sandbox.ACCT + "/users/clients", "{\"client\":{}}");
        assertThat(noName.json().at("/response/errors/0/errno").asInt()).isEqualTo(7012);
        Sandbox.Res badType =
                sb.put(Sandbox.ACCT + "/invoices/invoices/9005", "{\"invoice\":{\"lines\":[{\"qty\":\"many\"}]}}");
        assertThat(badType.status()).isEqualTo(422);
        assertThat(badType.json().at("/response/errors/0/errno").asInt()).isEqualTo(1015);
    }

    @Test
    void should_answer_404_for_wrong_identifiers_and_paths() {
        Sandbox.Res wrongAcct = sb.get("/accounting/account/770001/users/clients");
        assertThat(wrongAcct.status()).isEqualTo(404);
        assertThat(wrongAcct.json().has("response")).isTrue();
        Sandbox.Res wrongBiz = sb.get("/projects/business/NWS77/projects");
        assertThat(wrongBiz.status()).isEqualTo(404);
        assertThat(wrongBiz.json().get("error").asText()).isEqualTo("Requested resource could not be found.");
        assertThat(sb.get(Sandbox.ACCT + "/users/clients/abc").status()).isEqualTo(404);
        assertThat(sb.get(Sandbox.ACCT + "/no/such").status()).isEqualTo(404);
        assertThat(sb.get("/timetracking/business/770001/time_entries/999")
                        .json()
                        .get("error")
                        .asText())
                .isEqualTo("Requested resource could not be found.");
        assertThat(sb.delete(Sandbox.ACCT + "/users/clients/101").status()).isEqualTo(405);
        assertThat(sb.get("/auth/api/v1/businesses/770001/team_members/nobody").status())
                .isEqualTo(404);
    }

    @Test
    void should_enforce_scopes_per_endpoint() {
        Sandbox limited = new Sandbox(sb.server);
        limited.token = OAuthScenarioTest.tokenFor(sb, "user:profile:read user:clients:read");
        assertThat(limited.get("/auth/api/v1/users/me").status()).isEqualTo(200);
        assertThat(limited.get(Sandbox.ACCT + "/users/clients").status()).isEqualTo(200);
        Sandbox.Res write =
                limited.post(Sandbox.ACCT + "/users/clients", "{\"client\":{\"organization\":\"ScopeProbe\"}}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("message").asText()).contains("Required: ['user:clients:write']");
        Sandbox.Res time = limited.get("/timetracking/business/770001/time_entries");
        assertThat(time.status()).isEqualTo(403);
        assertThat(sb.get(Sandbox.ACCT + "/users/clients?search[organization_like]=ScopeProbe")
                        .json()
                        .at("/response/result/total")
                        .asInt())
                .as("the refused write changed nothing")
                .isZero();
    }

    @Test
    void should_answer_401_per_family_for_bad_tokens() {
        assertThat(sb.get(Sandbox.ACCT + "/users/clients", "Authorization", "Bearer bogus")
                        .json()
                        .at("/response/errors/0/errno")
                        .asInt())
                .isEqualTo(1003);
        assertThat(sb.get("/comments/business/770001/services", "Authorization", "Basic abc")
                        .json()
                        .get("message")
                        .asText())
                .startsWith("The server could not verify");
        assertThat(sb.get("/uploads/attachments/x", "Authorization", null).status())
                .isEqualTo(401);
    }
}
