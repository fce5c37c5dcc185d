package dev.fbcli.freshbooks;

/**
 * Root of every failure the FreshBooks client reports. The family is closed so that the CLI can map
 * each kind to an exit code and a hint exhaustively.
 *
 * <pre>
 * FreshBooksException
 * ├── ApiErrorException            FreshBooks answered with an error body (status, errno, field, message)
 * │   ├── AuthenticationException  401, or an OAuth error such as invalid_client
 * │   ├── PermissionException      403: missing scope (insufficient_scope) or role/feature gating (errno 1003, 12001, ...)
 * │   ├── NotFoundException        404, or errno 1012/1011 (also with HTTP 200)
 * │   ├── ValidationException      400/422, or a validation errno with HTTP 200
 * │   ├── ConflictException        409
 * │   ├── RateLimitedException     429 after the retries were used up
 * │   └── ServerErrorException     5xx after the retries were used up (GET/PUT/DELETE)
 * ├── OutcomeUnknownException      a write may or may not have been applied; look before retrying
 * ├── NetworkException             no answer at all, and nothing was applied (DNS, refused, retries exhausted)
 * ├── DryRunException              dry-run mode refused a write; carries the request that would have been sent
 * ├── LoginRequiredException       no usable credentials (no token, refresh token rejected: invalid_grant)
 * ├── ConfigurationException       unsafe base URL, no business selected, missing account id, ...
 * └── ResponseFormatException      a 2xx body that is not the JSON the API documents
 * </pre>
 *
 * Messages never contain tokens, Authorization headers or client secrets.
 */
public abstract sealed class FreshBooksException extends RuntimeException
        permits ApiErrorException,
                OutcomeUnknownException,
                NetworkException,
                DryRunException,
                LoginRequiredException,
                ConfigurationException,
                ResponseFormatException {

    protected FreshBooksException(String message) {
        super(message);
    }

    protected FreshBooksException(String message, Throwable cause) {
        super(message, cause);
    }
}
