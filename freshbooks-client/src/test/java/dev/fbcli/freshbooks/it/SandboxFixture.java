package dev.fbcli.freshbooks.it;

import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.auth.TokenProvider;
import dev.fbcli.freshbooks.http.ApiTrace;
import dev.fbcli.freshbooks.http.RetryPolicy;
import dev.fbcli.sandbox.SandboxServer;
import dev.fbcli.sandbox.chaos.FaultSpec;
import java.io.IOException;
import java.nio.file.Path;

/** Starts the real sandbox on loopback in a temp dir and builds a client for it. */
final class SandboxFixture {
    private SandboxFixture() {}

    static SandboxServer start(Path dir, String faults) throws IOException {
        return SandboxServer.builder()
                .dataDir(dir)
                .port(0)
                .faults(faults == null ? FaultSpec.none() : FaultSpec.parse(faults))
                .start();
    }

    static FreshBooksClient.Builder client(SandboxServer s) {
        String token = s.accessToken();
        return FreshBooksClient.builder()
                .baseUrl(s.baseUri())
                .allowLoopback(true)
                .tokenProvider(TokenProvider.of(() -> token))
                .retryPolicy(RetryPolicy.defaults().withoutSleeping())
                .trace(ApiTrace.NONE);
    }
}
