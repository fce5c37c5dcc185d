package dev.fbcli.cli;

import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.auth.TokenProvider;
import dev.fbcli.sandbox.SandboxServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Opens the sandbox database a CLI run left behind (under {@code FB_HOME/data}) with a second,
 * independent server and a real client, so a test can count what is really there.
 */
public final class SandboxInspector implements AutoCloseable {
    private final SandboxServer server;
    private final FreshBooksClient client;

    public SandboxInspector(Path fbHome, Clock clock) {
        try {
            server = SandboxServer.builder()
                    .dataDir(fbHome.resolve("data"))
                    .clock(clock)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        client = FreshBooksClient.builder()
                .baseUrl(server.baseUri())
                .allowLoopback(true)
                .tokenProvider(TokenProvider.of(server::accessToken))
                .clock(clock)
                .build();
    }

    public FreshBooksClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
