package dev.fbcli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeding relative to the clock, reset, and seeding from another account file. */
class SeedTest {

    @Test
    void should_count_days_ago_from_the_seeding_day_and_reseed_on_reset(@TempDir Path dir) throws Exception {
        Clock later = Clock.fixed(Instant.parse("2025-01-10T15:00:00Z"), ZoneId.of("UTC"));
        try (Sandbox sb =
                new Sandbox(SandboxServer.builder().dataDir(dir).clock(later).start())) {
            assertThat(sb.get(Sandbox.ACCT + "/invoices/invoices/9001")
                            .json()
                            .at("/response/result/invoice/create_date")
                            .asText())
                    .isEqualTo("2024-10-27");
            assertThat(sb.get(Sandbox.ACCT + "/payments/payments/8003")
                            .json()
                            .at("/response/result/payment/date")
                            .asText())
                    .isEqualTo("2025-01-07");
            sb.post(Sandbox.ACCT + "/users/clients", Sandbox.json("{'client':{'organization':'Temp'}}"));
            assertThat(Files.exists(dir.resolve("sandbox").resolve("sandbox.db")))
                    .isTrue();
        }
        SandboxServer.reset(dir, Sandbox.clock());
        try (Sandbox sb = Sandbox.start(dir)) {
            JsonNode clients = sb.get(Sandbox.ACCT + "/users/clients").json().at("/response/result");
            assertThat(clients.get("total").asInt()).isEqualTo(8);
            assertThat(sb.get(Sandbox.ACCT + "/invoices/invoices/9001")
                            .json()
                            .at("/response/result/invoice/create_date")
                            .asText())
                    .isEqualTo("2024-04-01");
        }
    }

    @Test
    void should_seed_an_identity_with_two_businesses_from_another_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("two.json");
        Files.writeString(
                file,
                Sandbox.json("{'identity':{'identity_id':9,'first_name':'Dana','last_name':'Two',"
                        + "'email':'dana@two.example','businesses':[{'id':1,'account_id':'AAA1','name':'First',"
                        + "'currency_code':'USD'},{'id':2,'account_id':'BBB2','name':'Second','currency_code':'CAD',"
                        + "'role':'business_employee'}]},"
                        + "'team_members':[{'uuid':'tm-d','identity_id':9,'first_name':'Dana','last_name':'Two',"
                        + "'email':'dana@two.example','business_role_name':'owner'}],"
                        + "'clients':[{'id':1,'organization':'Only In First'},{'id':2,'organization':'Only In Second',"
                        + "'business_id':2}]}"));
        try (Sandbox sb = new Sandbox(SandboxServer.builder()
                .dataDir(dir.resolve("data"))
                .clock(Sandbox.clock())
                .seedFile(file)
                .start())) {
            JsonNode me = sb.get("/auth/api/v1/users/me").json().get("response");
            assertThat(me.get("business_memberships")).hasSize(2);
            assertThat(me.at("/business_memberships/1/role").asText()).isEqualTo("business_employee");
            assertThat(sb.get("/accounting/account/AAA1/users/clients")
                            .json()
                            .at("/response/result/clients")
                            .findValuesAsText("organization"))
                    .containsExactly("Only In First");
            JsonNode second =
                    sb.get("/accounting/account/BBB2/users/clients").json().at("/response/result/clients");
            assertThat(second.findValuesAsText("organization")).containsExactly("Only In Second");
            assertThat(second.get(0).get("currency_code").asText()).isEqualTo("CAD");
            assertThat(sb.get("/accounting/account/AAA1/users/clients/2").status())
                    .isEqualTo(404);
            assertThat(sb.get("/accounting/account/NWS77/users/clients").status())
                    .isEqualTo(404);
        }
    }
}
