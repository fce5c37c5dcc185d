package dev.fbcli.freshbooks.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits on every call: {@code connect} (TCP/TLS set-up), {@code response} (waiting for the answer,
 * per attempt) and {@code total} (the whole call including retries and their waits).
 */
public record Timeouts(Duration connect, Duration response, Duration total) {
    public Timeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(total, "total");
        if (connect.isNegative()
                || connect.isZero()
                || response.isNegative()
                || response.isZero()
                || total.isNegative()
                || total.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /** 10 s to connect, 30 s for an answer (the SDKs use 20-30 s), 120 s for the whole call. */
    public static Timeouts defaults() {
        return new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(120));
    }
}
