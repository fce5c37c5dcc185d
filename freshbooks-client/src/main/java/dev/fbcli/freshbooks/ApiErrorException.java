package dev.fbcli.freshbooks;

import java.util.List;

/**
 * FreshBooks answered and said no. Carries the HTTP status (which can be 200: accounting gating errors
 * arrive as {@code 200 {"response":{"errors":[...]}}}), the first error's errno, field and message, and
 * all error items.
 */
public sealed class ApiErrorException extends FreshBooksException
        permits AuthenticationException,
                PermissionException,
                NotFoundException,
                ValidationException,
                ConflictException,
                RateLimitedException,
                ServerErrorException {

    private final int status;
    private final String method;
    private final String path;
    private final List<ApiError> errors;

    public ApiErrorException(int status, String method, String path, List<ApiError> errors) {
        super(describe(status, method, path, errors));
        this.status = status;
        this.method = method;
        this.path = path;
        this.errors = List.copyOf(errors);
    }

    private static String describe(int status, String method, String path, List<ApiError> errors) {
        StringBuilder sb = new StringBuilder();
        sb.append(method).append(' ').append(path).append(" failed (HTTP ").append(status);
        if (!errors.isEmpty() && errors.get(0).errno() != null) {
            sb.append(", errno ").append(errors.get(0).errno());
        }
        sb.append("): ");
        if (errors.isEmpty()) {
            sb.append("no error details");
        } else {
            for (int i = 0; i < errors.size(); i++) {
                ApiError e = errors.get(i);
                if (i > 0) sb.append("; ");
                if (e.field() != null && !e.field().isBlank())
                    sb.append(e.field()).append(": ");
                sb.append(e.message());
            }
        }
        return sb.toString();
    }

    /** HTTP status; 200 for the accounting "200 with errors" shape. */
    public int status() {
        return status;
    }

    public String method() {
        return method;
    }

    /** Request path, without the query string. */
    public String path() {
        return path;
    }

    /** All error items, in the order FreshBooks listed them; may be empty for an HTML 5xx page. */
    public List<ApiError> errors() {
        return errors;
    }

    /** errno of the first error item, or null. */
    public Integer errno() {
        return errors.isEmpty() ? null : errors.get(0).errno();
    }

    /** Field of the first error item, or null. */
    public String field() {
        return errors.isEmpty() ? null : errors.get(0).field();
    }

    /** FreshBooks' message of the first error item, or null. */
    public String apiMessage() {
        return errors.isEmpty() ? null : errors.get(0).message();
    }
}
