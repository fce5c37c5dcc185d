package dev.fbcli.cli.resolve;

import dev.fbcli.cli.session.Account;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.http.ApiResponse;
import dev.fbcli.freshbooks.http.RequestExecutor;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * FreshBooks' time when a sync began, by FreshBooks' own clock (the one its records' {@code
 * updated} and {@code updated_at} are stamped with), so this machine's clock does not matter: the
 * {@code Date} of the first answer, less the time from the sync's start to that answer as this
 * machine measured it (an elapsed time, whatever its clock says), rounded down to the second. That
 * is no later than FreshBooks' time when the first request was sent, so every record the sync's
 * reads did not see was written after it. Null when no answer carried a {@code Date}.
 */
final class ServerClock implements RequestExecutor {
    private final RequestExecutor inner;
    private final long startedNanos = System.nanoTime();
    private final AtomicReference<Instant> start = new AtomicReference<>();

    private ServerClock(RequestExecutor inner) {
        this.inner = inner;
    }

    /** A client over {@code account}'s that notes FreshBooks' time of the sync's start; its {@link #start()}. */
    static ServerClock watching(Account account) {
        return new ServerClock(account.client().executor());
    }

    /** The account's client, answering through this clock (closing it closes nothing of the account's). */
    FreshBooksClient client(Account account) {
        return FreshBooksClient.builder()
                .executor(this)
                .business(account.business())
                .clock(account.context().clock())
                .build();
    }

    @Override
    public ApiResponse execute(ApiRequest request) {
        ApiResponse r = inner.execute(request);
        if (r.serverDate() != null && start.get() == null) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startedNanos);
            start.compareAndSet(null, r.serverDate().minus(elapsed).truncatedTo(ChronoUnit.SECONDS));
        }
        return r;
    }

    @Override
    public int pageReaders() {
        return inner.pageReaders();
    }

    /** FreshBooks' time at the sync's start; null when no answer said. */
    Instant start() {
        return start.get();
    }
}
