package dev.fbcli.cli.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.cli.CliException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OAuthRedirectTest {
    static final String STATE = "Zm9vYmFyYmF6cXV4cXV1eA";

    @Test
    void should_take_the_code_from_the_address_when_its_state_matches() {
        assertThat(OAuthRedirect.code("https://localhost/callback?code=abc%2Bdef&state=" + STATE, STATE))
                .isEqualTo("abc+def");
        assertThat(OAuthRedirect.code("  https://localhost/callback?state=" + STATE + "&code=xyz#frag  ", STATE))
                .isEqualTo("xyz");
        assertThat(OAuthRedirect.code("?code=xyz&state=" + STATE, STATE)).isEqualTo("xyz");
    }

    @Test
    void should_take_a_bare_code_as_it_is() {
        assertThat(OAuthRedirect.code("4f2a9c0e1b7d", STATE)).isEqualTo("4f2a9c0e1b7d");
    }

    @Test
    void should_refuse_an_address_of_another_login_or_without_state() {
        assertThatThrownBy(() -> OAuthRedirect.code("https://localhost/callback?code=c0de1234&state=other", STATE))
                .isInstanceOf(CliException.AuthRequired.class)
                .hasMessageContaining("its state does not match")
                .hasMessageNotContaining("c0de1234");
        assertThatThrownBy(() -> OAuthRedirect.code("https://localhost/callback?code=c0de1234", STATE))
                .isInstanceOf(CliException.AuthRequired.class)
                .hasMessageContaining("no state=");
    }

    @Test
    void should_report_freshbooks_errors() {
        assertThatThrownBy(() ->
                        OAuthRedirect.code("https://localhost/callback?error=access_denied&state=" + STATE, STATE))
                .isInstanceOf(CliException.Cancelled.class)
                .hasMessageContaining("access_denied");
        assertThatThrownBy(() -> OAuthRedirect.code(
                        "https://localhost/callback?error=invalid_scope&error_description=Bad+scope&state=" + STATE,
                        STATE))
                .isInstanceOf(CliException.AuthRequired.class)
                .hasMessageContaining("invalid_scope (Bad scope)");
    }

    @Test
    void should_refuse_what_is_neither_an_address_nor_a_code() {
        for (String bad : new String[] {
            "",
            "  ",
            "short",
            "two words here",
            "https://localhost/callback?state=" + STATE,
            "https://localhost/callback?code=%zz&state=" + STATE
        }) {
            assertThatThrownBy(() -> OAuthRedirect.code(bad, STATE)).as(bad).isInstanceOf(CliException.Usage.class);
        }
    }

    @Test
    void should_make_a_new_url_safe_state_every_time() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String s = OAuthRedirect.newState();
            assertThat(s).matches("[A-Za-z0-9_-]{32}");
            assertThat(seen.add(s)).isTrue();
        }
    }
}
