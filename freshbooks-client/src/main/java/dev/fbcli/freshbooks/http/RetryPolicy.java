package dev.fbcli.freshbooks.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * When and how long to wait before trying again. Retried: connection failures and 5xx on idempotent
 * requests (GET, PUT, DELETE), and 429 on any method (a 429 means the request was refused, not applied,
 * so re-sending even a POST cannot create a duplicate). Never retried: an ambiguous failure of a POST.
 *
 * <p>Delay before retry n (1-based): {@code Retry-After} when the server sent one (capped by
 * {@code maxRetryAfter}: a longer wait is not done, the 429 is reported instead), else
 * {@code min(maxDelay, initialDelay * 2^(n-1))} reduced by a random fraction up to {@code jitter}.
 *
 * @param sleeper how to wait; {@link Sleeper#NONE} turns sleeping off (tests)
 */
public record RetryPolicy(
        int maxRetries,
        Duration initialDelay,
        Duration maxDelay,
        double jitter,
        Duration maxRetryAfter,
        Sleeper sleeper) {

    /** How the executor waits between attempts. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;

        Sleeper NONE = d -> {};
        Sleeper REAL = d -> Thread.sleep(d.toMillis());
    }

    public RetryPolicy {
        if (maxRetries < 0) throw new IllegalArgumentException("maxRetries must be >= 0");
        if (jitter < 0 || jitter > 1) throw new IllegalArgumentException("jitter must be within [0,1]");
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /** 3 retries, 250 ms doubling up to 8 s, 50% jitter, Retry-After honoured up to 60 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(
                3, Duration.ofMillis(250), Duration.ofSeconds(8), 0.5, Duration.ofSeconds(60), Sleeper.REAL);
    }

    /** No retries at all. */
    public static RetryPolicy none() {
        return defaults().withMaxRetries(0);
    }

    public RetryPolicy withMaxRetries(int n) {
        return new RetryPolicy(n, initialDelay, maxDelay, jitter, maxRetryAfter, sleeper);
    }

    public RetryPolicy withSleeper(Sleeper s) {
        return new RetryPolicy(maxRetries, initialDelay, maxDelay, jitter, maxRetryAfter, s);
    }

    /** Same policy without any waiting (tests). */
    public RetryPolicy withoutSleeping() {
        return withSleeper(Sleeper.NONE);
    }

    /** Exponential backoff with jitter for retry number {@code n} (1-based). */
    public Duration backoff(int n, Random random) {
        long base = initialDelay.toMillis();
        long exp = n >= 31 ? Long.MAX_VALUE : base * (1L << Math.max(0, n - 1));
        long capped = Math.min(maxDelay.toMillis(), exp < 0 ? Long.MAX_VALUE : exp);
        long jittered = capped - (long) (capped * jitter * random.nextDouble());
        return Duration.ofMillis(Math.max(0, jittered));
    }
}
