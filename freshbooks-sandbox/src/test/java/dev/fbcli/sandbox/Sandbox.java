package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Test support: a running sandbox plus a small JDK HttpClient wrapper (real HTTP over 127.0.0.1). */
final class Sandbox implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    /** 2024-06-15 12:00 in Toronto: all tests see the same "today". */
    static final Instant NOW = Instant.parse("2024-06-15T16:00:00Z");

    static final String ACCT = "/accounting/account/NWS77";
    static final String BIZ = "770001";

    final SandboxServer server;
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String token;

    Sandbox(SandboxServer server) {
        this.server = server;
        this.token = server.accessToken();
    }

    static Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("UTC"));
    }

    static Sandbox start(Path dir) {
        try {
            return new Sandbox(
                    SandboxServer.builder().dataDir(dir).clock(clock()).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One HTTP exchange's result. */
    record Res(int status, HttpResponse<byte[]> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text(), e);
            }
        }

        String text() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Res get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    Res post(String path, Object body, String... headers) {
        return send("POST", path, body, headers);
    }

    Res put(String path, Object body, String... headers) {
        return send("PUT", path, body, headers);
    }

    Res delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    /** body: a String (sent as is), byte[], or an object serialised by Jackson; headers: name, value pairs. */
    Res send(String method, String path, Object body, String... headers) {
        try {
            HttpRequest.Builder b =
                    HttpRequest.newBuilder(URI.create(server.baseUri() + path)).timeout(Duration.ofSeconds(30));
            boolean auth = true;
            List<String> hs = new ArrayList<>(java.util.Arrays.asList(headers));
            for (int i = 0; i + 1 < hs.size(); i += 2) {
                if (hs.get(i).equalsIgnoreCase("Authorization") && hs.get(i + 1) == null) {
                    auth = false;
                } else {
                    b.header(hs.get(i), hs.get(i + 1));
                }
            }
            if (auth && token != null && hs.stream().noneMatch(h -> "Authorization".equalsIgnoreCase(h))) {
                b.header("Authorization", "Bearer " + token);
            }
            HttpRequest.BodyPublisher pub;
            if (body == null) {
                pub = HttpRequest.BodyPublishers.noBody();
            } else if (body instanceof byte[] bytes) {
                pub = HttpRequest.BodyPublishers.ofByteArray(bytes);
            } else if (body instanceof String s) {
                pub = HttpRequest.BodyPublishers.ofString(s);
                if (hs.stream().noneMatch(h -> "Content-Type".equalsIgnoreCase(h))) {
                    b.header("Content-Type", "application/json");
                }
            } else {
                pub = HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
                b.header("Content-Type", "application/json");
            }
            b.method(method, pub);
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Res(r.statusCode(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode fixture(String name) {
        try (InputStream in = Sandbox.class.getResourceAsStream("/fixtures/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(String s) {
        return s.replace('\'', '"');
    }

    @Override
    public void close() {
        server.close();
    }
}
