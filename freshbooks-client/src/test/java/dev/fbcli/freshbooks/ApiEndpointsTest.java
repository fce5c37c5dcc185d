package dev.fbcli.freshbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.freshbooks.auth.TokenProvider;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiEndpointsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://example.com",
                "https://example.com",
                "https://api.freshbooks.com.evil.test",
                "http://api.freshbooks.com",
                "https://evilfreshbooks.com",
                "https://user:pw@api.freshbooks.com",
                "https://api.freshbooks.com/?x=1",
                "ftp://api.freshbooks.com",
                "api.freshbooks.com",
                "http://127.0.0.2:8080",
                "http://10.0.0.1"
            })
    void should_refuse_the_token_for_unsafe_base_urls(String url) {
        assertThatThrownBy(() -> ApiEndpoints.requireSafe(url, true))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageNotContaining("pw@");
    }

    @Test
    void should_refuse_example_com_and_lookalike_when_building_a_client() {
        // the issue's "Done means": the token is refused for these two at build time
        for (String url : new String[] {"http://example.com", "https://api.freshbooks.com.evil.test"}) {
            assertThatThrownBy(() -> FreshBooksClient.builder()
                            .baseUrl(url)
                            .tokenProvider(TokenProvider.of(() -> "t"))
                            .build())
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("refusing to send the FreshBooks token to " + url);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"https://api.freshbooks.com", "https://api.freshbooks.com/", "https://api.staging.freshbooks.com"
            })
    void should_accept_freshbooks_https_hosts(String url) {
        assertThat(ApiEndpoints.requireSafe(url, false).toString())
                .doesNotEndWith("/")
                .startsWith("https://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://localhost:9", "http://[::1]:8080", "https://127.0.0.1"})
    void should_accept_loopback_only_when_allowed(String url) {
        assertThat(ApiEndpoints.requireSafe(url, true)).isNotNull();
        assertThatThrownBy(() -> ApiEndpoints.requireSafe(url, false))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("loopback");
    }

    @Test
    void should_read_freshbooks_api_url_from_env_under_the_same_rule() {
        assertThat(ApiEndpoints.apiBaseFromEnv(Map.of(), false)).isEqualTo(URI.create("https://api.freshbooks.com"));
        assertThat(ApiEndpoints.apiBaseFromEnv(Map.of("FRESHBOOKS_API_URL", " "), false))
                .isEqualTo(ApiEndpoints.DEFAULT_API_BASE);
        assertThat(ApiEndpoints.apiBaseFromEnv(Map.of("FRESHBOOKS_API_URL", "http://127.0.0.1:4010"), true))
                .isEqualTo(URI.create("http://127.0.0.1:4010"));
        assertThatThrownBy(() -> ApiEndpoints.apiBaseFromEnv(Map.of("FRESHBOOKS_API_URL", "http://example.com"), true))
                .isInstanceOf(ConfigurationException.class);
        assertThat(ApiEndpoints.authBaseFromEnv(Map.of(), false)).isEqualTo(URI.create("https://auth.freshbooks.com"));
    }
}
