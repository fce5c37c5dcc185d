package dev.fbcli.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.ServiceDto;
import dev.fbcli.freshbooks.model.ServiceRateDto;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 21, services: list, create and rate through fb against the sandbox, read back, undone, read back. */
class ServicesTest extends SandboxCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Result ok(Result r) {
        assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
        return r;
    }

    private Optional<ServiceDto> active(String name) {
        try (SandboxInspector s = inspect()) {
            return s.client().services().list().stream()
                    .filter(x -> (x.visState() == null || x.visState() == 0) && name.equals(x.name()))
                    .findFirst();
        }
    }

    private BigDecimal rate(long id) {
        try (SandboxInspector s = inspect()) {
            return s.client().services().rate(id).map(ServiceRateDto::rate).orElse(null);
        }
    }

    @Test
    void should_list_the_services_with_their_rates() throws Exception {
        IntentRun.Outcome said = IntentRun.script(home, clock, new Intent.ListServices());
        JsonNode json = JSON.readTree(ok(fb("--json", "service", "list")).out()).get("services");

        assertThat(said.exitCode()).as(said.err()).isZero();
        assertThat(said.out())
                .contains("Design")
                .contains("$150.00/h")
                .contains("Admin")
                .contains("$0.00/h");
        assertThat(said.err()).contains("→ fb service list");
        assertThat(json).hasSize(10);
        JsonNode admin = json.get(0);
        assertThat(admin.get("name").asText()).isEqualTo("Admin");
        assertThat(admin.get("billable").asBoolean()).isFalse();
        assertThat(admin.get("rate").get("amount").asText()).isEqualTo("0.00");
        assertThat(admin.get("rate").get("code").asText()).isEqualTo("USD");
    }

    @Test
    void should_create_a_service_once_and_delete_it_on_undo() {
        // when
        Result made = ok(fb("--yes", "service", "create", "Photography", "--rate", "90", "--no-billable"));
        Result again = fb("--yes", "service", "create", "photography");

        // then
        assertThat(made.err()).contains("Add the service Photography, not billable, at $90.00/h");
        ServiceDto s = active("Photography").orElseThrow();
        assertThat(s.billable()).isFalse();
        assertThat(rate(s.id())).isEqualByComparingTo("90.00");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("a service named Photography already exists (service " + s.id() + ")");
        assertThat(ok(fb("--yes", "time", "log", "--duration", "1h", "--service", "photography"))
                        .out())
                .as("the new service resolves at once")
                .contains("of Photography");

        // when: the time entry first, then the service
        ok(fb("--yes", "undo"));
        // a second plain `fb undo` would stop and ask: going further back is named explicitly
        Result undo = ok(fb("--yes", "undo", "1"));

        // then
        assertThat(undo.err()).contains("delete the service Photography (service " + s.id() + ")");
        assertThat(active("Photography")).isEmpty();
    }

    @Test
    void should_set_the_design_rate_and_put_the_old_one_back() {
        // given: "set the Design rate to $160"
        Intent said = new Intent.SetServiceRate("design", Money.of("160", null));

        // when
        IntentRun.Outcome r = IntentRun.script(home, clock, said);

        // then
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("Set the Design rate: $150.00/h → $160.00/h")
                .contains("→ fb service rate Design 160.00");
        assertThat(rate(301)).isEqualByComparingTo("160.00");
        Result same = fb("--yes", "service", "rate", "Design", "160");
        assertThat(same.exitCode()).isEqualTo(2);
        assertThat(same.err()).contains("Design is already at $160.00/h");

        // when
        ok(fb("--yes", "undo"));

        // then
        assertThat(rate(301)).isEqualByComparingTo("150.00");
    }

    @Test
    void should_say_that_a_first_rate_cannot_be_taken_back() {
        ok(fb("--yes", "service", "create", "Illustration"));
        ok(fb("--yes", "service", "rate", "Illustration", "100"));

        Result list = ok(fb("undo", "--list"));
        Result one = fb("--yes", "undo", "2");

        assertThat(list.out())
                .contains("Set the Illustration rate: (none) → $100.00/h")
                .contains("cannot be undone");
        assertThat(one.exitCode()).isEqualTo(2);
        assertThat(one.err()).contains("Illustration had no rate before; FreshBooks has no way to remove a rate");
        assertThat(rate(active("Illustration").orElseThrow().id())).isEqualByComparingTo("100.00");
    }

    @Test
    void should_point_an_unknown_service_to_a_command_that_works() {
        Result unknown = fb("--yes", "time", "log", "--duration", "1h", "--service", "Juggling");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no service named 'Juggling'").contains("`fb service list`");
        assertThat(ok(fb("service", "list")).out()).contains("Consulting");
    }
}
