package dev.fbcli.freshbooks.auth;

import dev.fbcli.freshbooks.http.ApacheRequestExecutor;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

/** Run in a separate JVM by {@link RefreshingTokenProviderTest}: prints the access token it ends up with. */
public final class RefreshWorker {
    public static void main(String[] args) {
        String base = args[0];
        Path store = Path.of(args[1]);
        Path lock = Path.of(args[2]);
        try (var ex = ApacheRequestExecutor.builder()
                .baseUrl(base)
                .allowLoopback(true)
                .build()) {
            OAuthClient oauth = new OAuthClient(
                    ex, URI.create(base), true, "cid", "csecret", "https://localhost/cb", Clock.systemUTC());
            var provider = new RefreshingTokenProvider(new JsonFileTokenStore(store), oauth, lock);
            System.out.println("TOKEN " + provider.accessToken());
        } catch (RuntimeException e) {
            System.out.println("ERROR " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }
}
