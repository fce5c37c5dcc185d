package dev.fbcli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.sandbox.chaos.FaultInjector;
import dev.fbcli.sandbox.chaos.FaultSpec;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FaultSpec parsing and what each fault does to real HTTP exchanges. */
class FaultInjectionTest {

    static Sandbox start(Path dir, String spec) throws Exception {
        return new Sandbox(SandboxServer.builder()
                .dataDir(dir)
                .clock(Sandbox.clock())
                .faults(FaultSpec.parse(spec))
                .start());
    }

    @Test
    void should_parse_the_documented_format() {
        FaultSpec s = FaultSpec.parse("429=0.2, retry-after=0,500=0.1,502=0.05,503=0.05,reset=0.1,latency=50,"
                + "errors200=0.05,seed=42,methods=POST|put,oauth=true");
        assertThat(s.rate429()).isEqualTo(0.2);
        assertThat(s.retryAfterSeconds()).isZero();
        assertThat(s.rate500()).isEqualTo(0.1);
        assertThat(s.rate502()).isEqualTo(0.05);
        assertThat(s.rate503()).isEqualTo(0.05);
        assertThat(s.rateReset()).isEqualTo(0.1);
        assertThat(s.latencyMillis()).isEqualTo(50);
        assertThat(s.rateErrors200()).isEqualTo(0.05);
        assertThat(s.seed()).isEqualTo(42L);
        assertThat(s.methods()).isEqualTo(Set.of("POST", "PUT"));
        assertThat(s.oauth()).isTrue();
        assertThat(FaultSpec.parse("").isNone()).isTrue();
        assertThat(FaultSpec.parse("retry-after=3").retryAfterSeconds()).isEqualTo(3);
        assertThat(FaultSpec.none().retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void should_reject_bad_specs_with_clear_messages() {
        assertThatThrownBy(() -> FaultSpec.parse("429=2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("429")
                .hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> FaultSpec.parse("teapot=0.1")).hasMessageContaining("unknown key 'teapot'");
        assertThatThrownBy(() -> FaultSpec.parse("429")).hasMessageContaining("expected key=value");
        assertThatThrownBy(() -> FaultSpec.parse("latency=-1")).hasMessageContaining("latency");
        assertThatThrownBy(() -> FaultSpec.parse("methods=FETCH")).hasMessageContaining("FETCH");
        assertThatThrownBy(() -> FaultSpec.parse("500=0.6,503=0.6")).hasMessageContaining("more than 1");
        assertThatThrownBy(() -> FaultSpec.parse("seed=x")).hasMessageContaining("seed");
        assertThatThrownBy(() -> FaultSpec.parse("429=0.1,429=0.2")).hasMessageContaining("twice");
    }

    @Test
    void should_roll_the_same_faults_for_the_same_seed() {
        FaultSpec spec = FaultSpec.parse("429=0.3,500=0.3,seed=42");
        List<FaultInjector.Fault> a = new ArrayList<>();
        List<FaultInjector.Fault> b = new ArrayList<>();
        FaultInjector ia = new FaultInjector(spec);
        FaultInjector ib = new FaultInjector(spec);
        for (int i = 0; i < 50; i++) {
            a.add(ia.roll("GET", false, true));
            b.add(ib.roll("GET", false, true));
        }
        assertThat(a)
                .isEqualTo(b)
                .contains(
                        FaultInjector.Fault.NONE,
                        FaultInjector.Fault.TOO_MANY_REQUESTS,
                        FaultInjector.Fault.SERVER_ERROR_500);
    }

    @Test
    void should_answer_429_with_retry_after_but_spare_the_token_endpoint(@TempDir Path dir) throws Exception {
        try (Sandbox sb = start(dir, "429=1,retry-after=0")) {
            Sandbox.Res res = sb.get(Sandbox.ACCT + "/users/clients");
            assertThat(res.status()).isEqualTo(429);
            assertThat(res.header("Retry-After")).isEqualTo("0");
            Sandbox.Res token = OAuthScenarioTest.token(
                    sb, "grant_type=refresh_token&" + OAuthScenarioTest.CLIENT + "&refresh_token=x");
            assertThat(token.status()).as("OAuth is spared unless oauth=true").isEqualTo(400);
        }
    }

    @Test
    void should_apply_the_request_before_dropping_the_connection_on_reset(@TempDir Path dir) throws Exception {
        try (Sandbox sb = start(dir, "reset=1,methods=POST")) {
            assertThatThrownBy(() -> sb.post(
                            Sandbox.ACCT + "/users/clients", Sandbox.json("{'client':{'organization':'Reset Co'}}")))
                    .isInstanceOf(UncheckedIOException.class);
            assertThat(sb.get(Sandbox.ACCT + "/users/clients?search[organization_like]=Reset")
                            .json()
                            .at("/response/result/total")
                            .asInt())
                    .isEqualTo(1);
        }
    }

    @Test
    void should_send_html_for_502_and_200_errors_for_accounting_gets(@TempDir Path dir) throws Exception {
        try (Sandbox sb = start(dir, "502=1")) {
            Sandbox.Res res = sb.get("/projects/business/770001/projects");
            assertThat(res.status()).isEqualTo(502);
            assertThat(res.header("Content-Type")).startsWith("text/html");
            assertThat(res.text()).contains("502 Bad Gateway");
        }
        try (Sandbox sb = start(dir, "errors200=1")) {
            Sandbox.Res acct = sb.get(Sandbox.ACCT + "/invoices/invoices");
            assertThat(acct.status()).isEqualTo(200);
            assertThat(acct.json().at("/response/errors/0/errno").asInt()).isEqualTo(1003);
            assertThat(acct.json().at("/response/result").isMissingNode()).isTrue();
            assertThat(sb.get("/projects/business/770001/projects").json().has("projects"))
                    .isTrue();
        }
        try (Sandbox sb = start(dir, "500=1,methods=PUT")) {
            assertThat(sb.get(Sandbox.ACCT + "/users/clients/101").status()).isEqualTo(200);
            Sandbox.Res res = sb.put(Sandbox.ACCT + "/users/clients/101", Sandbox.json("{'client':{'note':'x'}}"));
            assertThat(res.status()).isEqualTo(500);
            assertThat(res.json().at("/response/errors/0/errno").asInt()).isEqualTo(500);
        }
    }
}
