package dev.fbcli.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An API error raised by a router. It carries every piece any family's body needs (accounting
 * errno/field/object/value, the projects family's field map); {@link Family} renders it.
 */
class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    enum Kind {
        BAD_REQUEST,
        UNAUTHORIZED,
        FORBIDDEN,
        SCOPE,
        NOT_FOUND,
        METHOD,
        VALIDATION,
        TOO_LARGE,
        CONFLICT
    }

    final Kind kind;
    final int status;
    final int errno;
    final String field;
    final String object;
    final String value;
    final transient Map<String, String> fieldErrors;

    ApiException(
            Kind kind,
            int status,
            int errno,
            String field,
            String object,
            String value,
            String message,
            Map<String, String> fieldErrors) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.errno = errno;
        this.field = field;
        this.object = object;
        this.value = value;
        this.fieldErrors = fieldErrors == null ? Map.of() : new LinkedHashMap<>(fieldErrors);
    }

    static ApiException badRequest(String message) {
        return new ApiException(Kind.BAD_REQUEST, 400, 1005, null, null, null, message, Map.of("body", message));
    }

    static ApiException unauthorized() {
        return new ApiException(
                Kind.UNAUTHORIZED,
                401,
                1003,
                null,
                null,
                null,
                "The server could not verify that you are authorized to access the URL requested.",
                null);
    }

    static ApiException scope(Principal p, String required) {
        String provided = String.join(" ", new java.util.TreeSet<>(p.scopes()));
        return new ApiException(
                Kind.SCOPE,
                403,
                1003,
                null,
                null,
                null,
                "insufficient_scope: The request requires higher privileges than provided by the access token."
                        + " Provided: ['" + provided + "']. Required: ['" + required + "'].",
                null);
    }

    static ApiException forbidden(int errno, String field, String object, String value, String message) {
        return new ApiException(
                Kind.FORBIDDEN,
                403,
                errno,
                field,
                object,
                value,
                message,
                field == null ? null : Map.of(field, message));
    }

    static ApiException notFound(String object, String field, Object value, String message) {
        return new ApiException(
                Kind.NOT_FOUND, 404, 1012, field, object, value == null ? null : value.toString(), message, null);
    }

    static ApiException methodNotAllowed() {
        return new ApiException(
                Kind.METHOD, 405, 1012, null, null, null, "The method is not allowed for the requested URL.", null);
    }

    /** 422: accounting errno + message, and the projects family's {@code {field: problem}} map. */
    static ApiException validation(
            int errno, String field, String object, Object value, String message, Map<String, String> fieldErrors) {
        return new ApiException(
                Kind.VALIDATION,
                422,
                errno,
                field,
                object,
                value == null ? null : value.toString(),
                message,
                fieldErrors == null && field != null ? Map.of(field, message) : fieldErrors);
    }

    /** 413: a request body (or an uploaded file) over the sandbox's limit. */
    static ApiException tooLarge(long limit) {
        return new ApiException(
                Kind.TOO_LARGE,
                413,
                1017,
                null,
                null,
                null,
                "The request is larger than the sandbox accepts (" + mib(limit) + " MiB at most).",
                null);
    }

    static String mib(long bytes) {
        return bytes % (1024 * 1024) == 0
                ? Long.toString(bytes / (1024 * 1024))
                : String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024));
    }

    static ApiException required(String object, String field) {
        return validation(
                1001, field, object, null, "Field " + field + " is required.", Map.of(field, "field required"));
    }
}
