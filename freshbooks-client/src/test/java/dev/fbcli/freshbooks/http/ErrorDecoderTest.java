package dev.fbcli.freshbooks.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.freshbooks.ApiError;
import dev.fbcli.freshbooks.ApiErrorException;
import dev.fbcli.freshbooks.AuthenticationException;
import dev.fbcli.freshbooks.NotFoundException;
import dev.fbcli.freshbooks.PermissionException;
import dev.fbcli.freshbooks.ServerErrorException;
import dev.fbcli.freshbooks.ValidationException;
import dev.fbcli.freshbooks.testing.Fixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error fixture (API.md §7.2) becomes the right typed exception with errno, field and message. */
class ErrorDecoderTest {

    static Stream<Arguments> errorFixtures() {
        return Stream.of(
                // fixture, status served with, type, errno, field, message start
                Arguments.of(
                        "error_accounting_not_found_legacy.json",
                        404,
                        NotFoundException.class,
                        1012,
                        "userid",
                        "Client not found."),
                Arguments.of(
                        "error_accounting_not_found_v2.json",
                        404,
                        NotFoundException.class,
                        1012,
                        "userid",
                        "Client not found."),
                Arguments.of(
                        "error_accounting_unauthenticated_v2.json",
                        401,
                        AuthenticationException.class,
                        1003,
                        null,
                        "The server could not verify"),
                Arguments.of(
                        "error_auth_unauthenticated.json",
                        401,
                        AuthenticationException.class,
                        null,
                        null,
                        "This action requires authentication"),
                Arguments.of(
                        "error_events_not_found.json",
                        404,
                        NotFoundException.class,
                        404,
                        null,
                        "Requested resource could not be found."),
                Arguments.of(
                        "error_events_unauthorized.json",
                        401,
                        AuthenticationException.class,
                        401,
                        null,
                        "invalid_token"),
                Arguments.of(
                        "error_events_validation.json",
                        422,
                        ValidationException.class,
                        422,
                        null,
                        "The request was well-formed"),
                Arguments.of(
                        "error_insufficient_scope.json",
                        403,
                        PermissionException.class,
                        null,
                        null,
                        "insufficient_scope"),
                Arguments.of(
                        "error_projects_not_found.json",
                        404,
                        NotFoundException.class,
                        null,
                        null,
                        "Requested resource could not be found."),
                Arguments.of(
                        "error_projects_unauthorized.json",
                        401,
                        AuthenticationException.class,
                        null,
                        null,
                        "The server could not verify"),
                Arguments.of(
                        "error_projects_validation.json",
                        422,
                        ValidationException.class,
                        2001,
                        "title",
                        "field required"),
                Arguments.of(
                        "error_accounting_business_not_found.json",
                        404,
                        NotFoundException.class,
                        null,
                        null,
                        "Not found."),
                Arguments.of(
                        "error_accounting_business_validation.json",
                        400,
                        ValidationException.class,
                        null,
                        "name",
                        "This field is required."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorFixtures")
    void should_decode_every_error_fixture(
            String fixture, int status, Class<?> type, Integer errno, String field, String message) {
        // when
        ApiErrorException e = ErrorDecoder.decode(status, "GET", "/p", Fixtures.read(fixture), null);
        // then
        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.errno()).isEqualTo(errno);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.apiMessage()).startsWith(message);
        assertThat(e.getMessage()).contains("GET /p").contains("HTTP " + status);
    }

    @Test
    void should_keep_every_field_error_of_a_projects_validation() {
        ApiErrorException e =
                ErrorDecoder.decode(422, "POST", "/p", Fixtures.read("error_projects_validation.json"), null);
        assertThat(e.errors()).extracting(ApiError::field).containsExactly("title", "description");
        assertThat(e.getMessage()).contains("title: field required").contains("description: field required");
    }

    @Test
    void should_keep_every_detail_of_business_validation_and_events() {
        assertThat(ErrorDecoder.decode(
                                400, "POST", "/p", Fixtures.read("error_accounting_business_validation.json"), null)
                        .errors())
                .extracting(ApiError::field)
                .containsExactly("name", "sub_type", "parent_account");
        assertThat(ErrorDecoder.decode(422, "POST", "/p", Fixtures.read("error_events_validation.json"), null)
                        .errors())
                .extracting(ApiError::field)
                .containsExactly(null, "event", "uri");
    }

    @Test
    void should_carry_the_rpc_code_and_object() {
        ApiErrorException e =
                ErrorDecoder.decode(404, "GET", "/p", Fixtures.read("error_accounting_not_found_v2.json"), null);
        assertThat(e.errors().get(0).code()).isEqualTo("5");
        assertThat(e.errors().get(0).object()).isEqualTo("client");
    }

    @Test
    void should_find_errors_in_a_200_body_and_classify_by_errno() {
        var body = Wire.parse(Fixtures.read("error_accounting_not_found_legacy.json"));
        assertThat(ErrorDecoder.decodeSuccessBody(200, "GET", "/p", body))
                .get()
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.status()).isEqualTo(200));
        var gated = Wire.parse("{\"response\":{\"errors\":[{\"errno\":1003,\"message\":\"Permission Denied\"}]}}");
        assertThat(ErrorDecoder.decodeSuccessBody(200, "GET", "/p", gated))
                .get()
                .isInstanceOf(PermissionException.class);
        var single = Wire.parse(
                "{\"response\":{\"errors\":{\"errno\":1015,\"field\":\"status\",\"message\":\"must be a number\"}}}");
        assertThat(ErrorDecoder.decodeSuccessBody(200, "PUT", "/p", single))
                .get()
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("status"));
        assertThat(ErrorDecoder.decodeSuccessBody(200, "GET", "/p", Wire.parse(Fixtures.read("clients_get.json"))))
                .isEmpty();
        assertThat(ErrorDecoder.decodeSuccessBody(200, "GET", "/p", Wire.parse("{\"response\":{\"errors\":[]}}")))
                .isEmpty();
    }

    @Test
    void should_read_oauth_error_code() {
        ApiErrorException e = ErrorDecoder.decode(
                400,
                "POST",
                "/auth/oauth/token",
                "{\"error\":\"invalid_grant\",\"error_description\":\"The provided authorization grant is invalid\"}",
                null);
        assertThat(e.errors().get(0).code()).isEqualTo("invalid_grant");
        assertThat(e.apiMessage()).isEqualTo("The provided authorization grant is invalid");
    }

    @Test
    void should_read_online_payments_errors_array() {
        ApiErrorException e = ErrorDecoder.decode(
                422, "POST", "/p", "{\"errors\":[{\"field\":\"gateway_name\",\"message\":\"is invalid\"}]}", null);
        assertThat(e.field()).isEqualTo("gateway_name");
        assertThat(e.apiMessage()).isEqualTo("is invalid");
    }

    @Test
    void should_describe_html_and_empty_bodies() {
        assertThat(ErrorDecoder.decode(502, "GET", "/p", "<html>bad gateway</html>", null))
                .isInstanceOf(ServerErrorException.class)
                .hasMessageContaining("HTML error page");
        assertThat(ErrorDecoder.decode(500, "GET", "/p", "", null)).hasMessageContaining("empty body");
        assertThat(ErrorDecoder.decode(418, "GET", "/p", "[1,2]", null)).isExactlyInstanceOf(ApiErrorException.class);
    }
}
