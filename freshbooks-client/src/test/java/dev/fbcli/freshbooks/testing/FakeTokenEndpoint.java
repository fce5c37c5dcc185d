package dev.fbcli.freshbooks.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A token endpoint at our own port that behaves like FreshBooks' (API.md §2.4-2.5): refresh tokens
 * are single-use and rotate; a reused one gets 400 {@code invalid_grant}. Also answers API calls
 * ({@code /api/...}) with 200 for a live access token, 401 otherwise, and records the order of events.
 */
public final class FakeTokenEndpoint implements LoopbackServer.Reply {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Set<String> liveRefresh = Collections.synchronizedSet(new HashSet<>());
    private final Set<String> liveAccess = Collections.synchronizedSet(new HashSet<>());
    private final AtomicInteger counter = new AtomicInteger();
    public final AtomicInteger refreshCalls = new AtomicInteger();
    public final AtomicInteger codeCalls = new AtomicInteger();
    public final List<String> events = new CopyOnWriteArrayList<>();
    public final List<JsonNode> tokenBodies = new CopyOnWriteArrayList<>();
    private final long delayMillis;

    public FakeTokenEndpoint(String liveRefreshToken, String liveAccessToken, long delayMillis) {
        liveRefresh.add(liveRefreshToken);
        if (liveAccessToken != null) liveAccess.add(liveAccessToken);
        this.delayMillis = delayMillis;
    }

    @Override
    public void handle(HttpExchange ex, LoopbackServer.Received req) throws IOException {
        if (req.path().equals("/auth/oauth/token")) {
            JsonNode body = JSON.readTree(req.body());
            tokenBodies.add(body);
            String grant = body.path("grant_type").asText();
            if (grant.equals("refresh_token")) {
                refreshCalls.incrementAndGet();
                sleep();
                if (!liveRefresh.remove(body.path("refresh_token").asText())) {
                    send(
                            ex,
                            400,
                            "{\"error\":\"invalid_grant\",\"error_description\":\"The provided authorization grant is invalid, expired, revoked, or was issued to another client.\"}");
                    return;
                }
            } else if (grant.equals("authorization_code")) {
                codeCalls.incrementAndGet();
                if (!body.path("code").asText().equals("good-code")) {
                    send(ex, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"bad code\"}");
                    return;
                }
            } else {
                send(ex, 400, "{\"error\":\"unsupported_grant_type\",\"error_description\":\"no\"}");
                return;
            }
            int n = counter.incrementAndGet();
            String access = "access-" + n;
            String refresh = "refresh-" + n;
            liveAccess.add(access);
            liveRefresh.add(refresh);
            events.add("issued " + access);
            send(
                    ex,
                    200,
                    "{\"access_token\":\"" + access + "\",\"refresh_token\":\"" + refresh
                            + "\",\"token_type\":\"Bearer\",\"expires_in\":43200,\"scope\":\"user:profile:read user:clients:read\",\"created_at\":"
                            + (System.currentTimeMillis() / 1000) + "}");
            return;
        }
        String auth = req.header("Authorization");
        String token = auth == null ? "" : auth.replace("Bearer ", "");
        events.add("api call with " + token);
        if (liveAccess.contains(token)) {
            send(ex, 200, "{\"ok\":true}");
        } else {
            send(
                    ex,
                    401,
                    "{\"error\":\"unauthenticated\",\"error_description\":\"This action requires authentication to continue.\"}");
        }
    }

    public void revokeAccess(String token) {
        liveAccess.remove(token);
    }

    private void sleep() {
        if (delayMillis <= 0) return;
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(b);
        }
    }
}
