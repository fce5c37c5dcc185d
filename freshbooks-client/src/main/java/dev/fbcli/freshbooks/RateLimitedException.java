package dev.fbcli.freshbooks;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** 429 after the retries were used up. The request was refused, not applied. */
public final class RateLimitedException extends ApiErrorException {
    private final Duration retryAfter;

    public RateLimitedException(int status, String method, String path, List<ApiError> errors, Duration retryAfter) {
        super(status, method, path, errors);
        this.retryAfter = retryAfter;
    }

    /** The server's last {@code Retry-After}, when it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
