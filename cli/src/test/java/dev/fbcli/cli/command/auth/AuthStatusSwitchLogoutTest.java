package dev.fbcli.cli.command.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.auth.Credentials;
import dev.fbcli.freshbooks.auth.TokenSet;
import dev.fbcli.sandbox.SandboxServer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fb auth status}, {@code switch} and {@code logout}, with an identity in two businesses. */
class AuthStatusSwitchLogoutTest {
    static final String TOKEN = "two-business-token-77";

    @TempDir
    Path home;

    @TempDir
    Path data;

    AuthFixture fb;

    @BeforeEach
    void start() throws Exception {
        fb = new AuthFixture(home, data, TOKEN, twoBusinesses(data.resolve("seed.json")));
    }

    @AfterEach
    void stop() {
        fb.close();
    }

    /** The demo account, plus Bluebird Design (880002, also owned) with one client of its own. */
    static Path twoBusinesses(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode account;
        try (InputStream in = SandboxServer.class.getResourceAsStream("/dev/fbcli/sandbox/seed/demo-account.json")) {
            account = (ObjectNode) json.readTree(in);
        }
        ObjectNode identity = (ObjectNode) account.get("identity");
        ArrayNode businesses = identity.putArray("businesses");
        businesses.add(identity.get("business"));
        ObjectNode second = businesses.addObject();
        second.put("id", 880002)
                .put("account_id", "BLU88")
                .put("name", "Bluebird Design")
                .put("timezone", "America/Vancouver");
        identity.remove("business");
        ObjectNode client = ((ArrayNode) account.get("clients")).addObject();
        client.put("id", 901)
                .put("organization", "Bluebird Client Co")
                .put("fname", "Bea")
                .put("lname", "Blue")
                .put("email", "bea@bluebird.example")
                .put("currency_code", "USD")
                .put("business_id", 880002);
        Files.writeString(file, json.writeValueAsString(account));
        return file;
    }

    @Test
    void should_ask_for_a_business_in_a_script_when_the_login_has_several_and_take_the_one_given() {
        // when: no --business, both owned
        AuthFixture.Result ambiguous = fb.feed(TOKEN + "\n", "auth", "login", "--with-token");

        // then
        assertThat(ambiguous.exitCode()).isEqualTo(2);
        assertThat(ambiguous.err())
                .contains("Northwind Studio (id 770001, owner)")
                .contains("Bluebird Design (id 880002, owner)")
                .contains("--business");
        assertThat(fb.stored()).isEmpty();

        // when
        AuthFixture.Result login = fb.feed(TOKEN + "\n", "auth", "login", "--with-token", "--business", "880002");

        // then
        assertThat(login.exitCode()).as(login.all()).isZero();
        assertThat(login.out()).contains("Bluebird Design (id 880002, owner); `fb auth switch` to change");
        assertThat(fb.config()).containsEntry("business_id", "880002").containsEntry("business_account_id", "BLU88");
        assertThat(fb.run("client", "list").out())
                .contains("Bluebird Client Co")
                .doesNotContain("Acme Corp");
    }

    @Test
    void should_refuse_a_business_that_is_not_the_logins() {
        AuthFixture.Result r = fb.feed(TOKEN + "\n", "auth", "login", "--with-token", "--business", "123");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("business 123 is not one of this login's");
    }

    @Test
    void should_switch_business_by_id_and_by_number_and_forget_the_previous_names() throws Exception {
        // given: logged in to Northwind, its names cached
        assertThat(fb.feed(TOKEN + "\n", "auth", "login", "--with-token", "--business", "770001")
                        .exitCode())
                .isZero();
        assertThat(fb.run("sync").exitCode()).isZero();
        Path names = home.resolve("cache/default/names.json");
        assertThat(names).exists();

        // when: in a script, by id
        AuthFixture.Result byId = fb.run("auth", "switch", "--business", "880002");

        // then
        assertThat(byId.exitCode()).as(byId.all()).isZero();
        assertThat(byId.out()).contains("Working in Bluebird Design (id 880002, owner)");
        assertThat(fb.config()).containsEntry("business_id", "880002").containsEntry("business_account_id", "BLU88");
        assertThat(names).doesNotExist();
        assertThat(fb.run("client", "list").out()).contains("Bluebird Client Co");

        // when: in a script without --business
        AuthFixture.Result none = fb.run("auth", "switch");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--business");

        // when: at a terminal, by number
        AuthFixture.Running r = fb.start(true, "auth", "switch");
        r.writeLine("1");
        r.closeInput();
        AuthFixture.Result byNumber = r.finish();

        // then
        assertThat(byNumber.exitCode()).as(byNumber.all()).isZero();
        assertThat(byNumber.err())
                .contains("1) Northwind Studio (id 770001, owner)")
                .contains("2) Bluebird Design (id 880002, owner)  (current)");
        assertThat(fb.config()).containsEntry("business_id", "770001").containsEntry("business_account_id", "NWS77");
        assertThat(fb.run("client", "list").out()).contains("Acme Corp");
    }

    @Test
    void should_show_who_business_scopes_expiry_and_where_the_secret_is_but_never_a_token() {
        // given: an OAuth login
        AuthFixture.Result login = fb.oauthLogin(SandboxServer.DEMO_CLIENT_SECRET, "--business", "770001");
        assertThat(login.exitCode()).as(login.all()).isZero();
        TokenSet t = fb.stored().orElseThrow();

        // when
        AuthFixture.Result status = fb.run("auth", "status");
        AuthFixture.Result json = fb.run("--json", "auth", "status");

        // then
        assertThat(status.exitCode()).as(status.all()).isZero();
        assertThat(status.out())
                .contains("Logged in to FreshBooks as Riley Morgan <riley@northwind.example>")
                .contains("business:   Northwind Studio (id 770001, owner)")
                .contains("also:       Bluebird Design (id 880002, owner)")
                .contains("user:clients:write")
                .contains("expires:    2026-11-24 22:00 EST (in 12h 0m); renewed automatically")
                .contains("token from: the credential store: the file " + home.resolve("config/credentials.json"))
                .contains("client id " + SandboxServer.DEMO_CLIENT_ID + " (its secret is in the same store)");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out())
                .contains("\"logged_in\" : true")
                .contains("\"source\" : \"store\"")
                .contains("\"renewable\" : true")
                .contains("\"expires_at\" : \"2026-11-25T03:00:00Z\"")
                .contains("\"id\" : 880002");
        for (String secret : new String[] {t.accessToken(), t.refreshToken(), SandboxServer.DEMO_CLIENT_SECRET}) {
            assertThat(status.all() + json.all()).doesNotContain(secret);
        }
    }

    @Test
    void should_renew_in_status_when_the_token_expired_and_show_the_new_expiry() {
        assertThat(fb.oauthLogin(SandboxServer.DEMO_CLIENT_SECRET, "--business", "770001")
                        .exitCode())
                .isZero();
        fb.fbClock.advance(Duration.ofHours(13));
        fb.sandboxClock.advance(Duration.ofHours(13));

        AuthFixture.Result status = fb.run("auth", "status");

        assertThat(status.exitCode()).as(status.all()).isZero();
        assertThat(status.out()).contains("expires:    2026-11-25 11:00 EST (in 12h 0m)");
    }

    @Test
    void should_exit_4_and_say_where_it_looked_when_not_logged_in() {
        AuthFixture.Result status = fb.run("auth", "status");
        AuthFixture.Result json = fb.run("--json", "auth", "status");

        assertThat(status.exitCode()).isEqualTo(4);
        assertThat(status.out())
                .contains("Not logged in to FreshBooks")
                .contains("looked in:  the file ")
                .contains("FRESHBOOKS_TOKEN: not set")
                .contains("next:       run `fb auth login`");
        // said once (issue 20): the report is the answer, nothing repeats it on stderr
        assertThat(status.all().toLowerCase().split("not logged in", -1)).hasSize(2);
        assertThat(status.err()).isEmpty();
        assertThat(json.exitCode()).isEqualTo(4);
        assertThat(json.out()).contains("\"logged_in\" : false");
    }

    @Test
    void should_say_the_sandbox_needs_no_login() {
        AuthFixture.Result r = fb.run("--sandbox", "auth", "status");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("needs no login");
    }

    @Test
    void should_remove_the_tokens_and_the_secret_when_logging_out_and_say_so_when_there_is_nothing() {
        // given
        assertThat(fb.oauthLogin(SandboxServer.DEMO_CLIENT_SECRET, "--business", "770001")
                        .exitCode())
                .isZero();
        assertThat(fb.storedSecret(Credentials.appSecretKey("default"))).isPresent();

        // when
        AuthFixture.Result out = fb.run("auth", "logout");

        // then
        assertThat(out.exitCode()).as(out.all()).isZero();
        assertThat(out.out()).contains("Logged out of FreshBooks: removed the login from the file");
        assertThat(fb.stored()).isEmpty();
        assertThat(fb.storedSecret(Credentials.appSecretKey("default"))).isEmpty();
        assertThat(fb.run("client", "list").exitCode()).isEqualTo(4);

        // when: again, with FRESHBOOKS_TOKEN set
        AuthFixture.Result again = fb.env(Credentials.TOKEN_ENV, TOKEN).run("auth", "logout");

        // then
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("You were not logged in");
        assertThat(again.err()).contains("FRESHBOOKS_TOKEN is still set");
    }

    @Test
    void should_keep_separate_logins_per_profile() {
        assertThat(fb.feed(TOKEN + "\n", "auth", "login", "--with-token", "--business", "770001")
                        .exitCode())
                .isZero();
        fb.env("FB_PROFILE", "work");

        AuthFixture.Result status = fb.run("auth", "status");

        assertThat(status.exitCode()).isEqualTo(4);
        assertThat(status.out()).contains("Not logged in to FreshBooks (profile work)");
        assertThat(fb.stored("default")).isPresent();
    }

    @Test
    void should_refuse_dry_run_for_what_changes_the_login() {
        assertThat(fb.feed(TOKEN + "\n", "auth", "login", "--with-token", "--business", "770001")
                        .exitCode())
                .isZero();

        assertThat(fb.run("--dry-run", "auth", "logout").exitCode()).isEqualTo(2);
        assertThat(fb.run("--sandbox", "auth", "logout").exitCode()).isEqualTo(2);
        assertThat(fb.run("--dry-run", "auth", "switch", "--business", "880002").exitCode())
                .isEqualTo(2);
        assertThat(fb.stored()).isPresent();
        assertThat(fb.config()).containsEntry("business_id", "770001");
        assertThat(fb.run("--dry-run", "auth", "status").exitCode()).isZero();
    }
}
