package dev.fbcli.freshbooks.auth;

import dev.fbcli.freshbooks.LoginRequiredException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link TokenProvider} over a {@link TokenStore} that refreshes the access token a minute before it
 * expires, or once after a 401.
 *
 * <p>Refresh tokens are single-use, so refreshes are serialised: across threads by a JVM-wide lock
 * per lock file, across processes by a {@link FileChannel} lock on that file. After taking the locks
 * the store is reloaded; when another thread or process has already refreshed (the stored access
 * token differs from the one we had and is fresh), its tokens are used instead of spending the
 * refresh token again. The new tokens are saved to the store <em>before</em> the new access token is
 * returned. A refresh token FreshBooks rejects ({@code invalid_grant}) becomes
 * {@link LoginRequiredException}.
 */
public final class RefreshingTokenProvider implements TokenProvider {
    /** Refresh this long before the expiry. */
    public static final Duration DEFAULT_SLACK = Duration.ofMinutes(1);

    private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final TokenStore store;
    private final OAuthClient oauth;
    private final Path lockFile;
    private final Clock clock;
    private final Duration slack;
    private volatile TokenSet cached;

    /**
     * @param lockFile a file (created if missing) next to the credential store, e.g.
     *     {@code $FB_CONFIG_DIR/token.lock}
     */
    public RefreshingTokenProvider(TokenStore store, OAuthClient oauth, Path lockFile, Clock clock, Duration slack) {
        this.store = Objects.requireNonNull(store);
        this.oauth = Objects.requireNonNull(oauth);
        this.lockFile = Objects.requireNonNull(lockFile).toAbsolutePath().normalize();
        this.clock = Objects.requireNonNull(clock);
        this.slack = Objects.requireNonNull(slack);
    }

    public RefreshingTokenProvider(TokenStore store, OAuthClient oauth, Path lockFile) {
        this(store, oauth, lockFile, Clock.systemUTC(), DEFAULT_SLACK);
    }

    @Override
    public String accessToken() {
        TokenSet t = cached;
        if (t == null) {
            t = store.load().orElseThrow(() -> new LoginRequiredException("not logged in to FreshBooks; log in first"));
            cached = t;
        }
        if (!t.expiresWithin(slack, clock.instant())) return t.accessToken();
        return refresh(t.accessToken()).accessToken();
    }

    @Override
    public Optional<String> refreshAfterUnauthorized(String rejectedAccessToken) {
        TokenSet now = refresh(rejectedAccessToken);
        return now.accessToken().equals(rejectedAccessToken) ? Optional.empty() : Optional.of(now.accessToken());
    }

    /**
     * Refreshes unless someone already did: {@code staleAccessToken} is the token we know to be expired
     * or rejected.
     */
    TokenSet refresh(String staleAccessToken) {
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, p -> new ReentrantLock());
        jvmLock.lock();
        try (FileChannel ch = openLockFile();
                FileLock ignored = ch.lock()) {
            TokenSet stored = store.load()
                    .orElseThrow(() -> new LoginRequiredException("not logged in to FreshBooks; log in first"));
            if (!stored.accessToken().equals(staleAccessToken) && !stored.expiresWithin(slack, clock.instant())) {
                cached = stored; // another thread or process refreshed already
                return stored;
            }
            if (!stored.canRefresh()) {
                throw new LoginRequiredException(
                        "the FreshBooks login has expired and cannot be renewed; log in again");
            }
            TokenSet fresh = oauth.refresh(stored.refreshToken());
            if (!fresh.canRefresh()) {
                // keep the old refresh token only if FreshBooks did not rotate it (it always does, per API.md §2.5)
                fresh = new TokenSet(fresh.accessToken(), stored.refreshToken(), fresh.expiresAt(), fresh.scopes());
            }
            store.save(fresh); // persist the rotated refresh token before the new access token is used
            cached = fresh;
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile, e);
        } finally {
            jvmLock.unlock();
        }
    }

    private FileChannel openLockFile() throws IOException {
        Path parent = lockFile.getParent();
        if (parent != null) Files.createDirectories(parent);
        return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    @Override
    public String toString() {
        return "RefreshingTokenProvider[lock=" + lockFile + "]";
    }
}
