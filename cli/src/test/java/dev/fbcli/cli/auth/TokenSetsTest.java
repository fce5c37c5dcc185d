package dev.fbcli.cli.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.cli.CliException;
import dev.fbcli.freshbooks.auth.TokenSet;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSetsTest {
    static String jwt(String claims) {
        Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
        return b.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".sig";
    }

    @Test
    void should_round_trip_a_token_set_in_one_json_value() {
        TokenSet t = new TokenSet(
                "acc", "ref", Instant.ofEpochSecond(1_800_000_000L), Set.of("user:profile:read", "user:clients:read"));

        String stored = TokenSets.format(t);

        assertThat(TokenSets.parse(stored)).isEqualTo(t);
        assertThat(stored).contains("\"expires_at\":1800000000");
    }

    @Test
    void should_round_trip_a_pasted_token_without_refresh_token_or_expiry() {
        TokenSet t = new TokenSet("acc", null, null, Set.of());

        assertThat(TokenSets.parse(TokenSets.format(t))).isEqualTo(t);
    }

    @Test
    void should_say_the_login_is_unreadable_without_quoting_it_when_the_stored_value_is_broken() {
        for (String broken :
                new String[] {"{\"access_token\":\"sekrit-1234\"", "[]", "{}", "sekrit-1234", "{\"access_token\":\"\"}"
                }) {
            assertThatThrownBy(() -> TokenSets.parse(broken))
                    .isInstanceOf(CliException.AuthRequired.class)
                    .hasMessage("the stored FreshBooks login is unreadable")
                    .hasNoCause();
        }
    }

    @Test
    void should_read_expiry_and_scopes_from_a_pasted_jwt() {
        String token = jwt("{\"exp\":1800000000,\"scope\":\"user:profile:read user:invoices:write\"}");

        TokenSet t = TokenSets.pasted(token);

        assertThat(t.accessToken()).isEqualTo(token);
        assertThat(t.refreshToken()).isNull();
        assertThat(t.expiresAt()).isEqualTo(Instant.ofEpochSecond(1_800_000_000L));
        assertThat(t.scopes()).containsExactlyInAnyOrder("user:profile:read", "user:invoices:write");
    }

    @Test
    void should_read_scopes_given_as_an_array() {
        assertThat(TokenSets.pasted(jwt("{\"scope\":[\"a:b:read\",\"c:d:write\"]}"))
                        .scopes())
                .containsExactlyInAnyOrder("a:b:read", "c:d:write");
    }

    @Test
    void should_know_nothing_about_a_token_that_is_not_a_jwt() {
        for (String t : new String[] {
            "plain-opaque-token",
            "a.b.c",
            "x." + Base64.getUrlEncoder().encodeToString("[1]".getBytes()) + ".y",
            "..",
            "a.%%%.b"
        }) {
            TokenSet s = TokenSets.pasted(t);
            assertThat(s.expiresAt()).as(t).isNull();
            assertThat(s.scopes()).as(t).isEmpty();
        }
    }

    @Test
    void should_strip_blanks_and_bearer_from_a_pasted_token() {
        assertThat(TokenSets.cleanPastedToken("  Bearer abc.def-123_~+/=  ")).isEqualTo("abc.def-123_~+/=");
        assertThat(TokenSets.cleanPastedToken("bearer   abcdefgh")).isEqualTo("abcdefgh");
    }

    @Test
    void should_refuse_what_cannot_be_a_token_without_quoting_it() {
        for (String bad :
                new String[] {"", "   ", "short", "has a space-secret", "quote\"secret-123", "x".repeat(9000)}) {
            assertThatThrownBy(() -> TokenSets.cleanPastedToken(bad))
                    .isInstanceOf(CliException.Usage.class)
                    .satisfies(e -> assertThat(e.getMessage() + ((CliException) e).hint())
                            .doesNotContain("secret")
                            .doesNotContain("xxxxxxxxxx"));
        }
    }

    @Test
    void should_show_an_instant_in_the_clocks_zone() {
        Clock toronto = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("America/Toronto"));

        assertThat(TokenSets.when(Instant.parse("2026-11-25T03:00:00Z"), toronto))
                .isEqualTo("2026-11-24 22:00 EST");
    }
}
