package dev.fbcli.freshbooks.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A scripted HTTP server on 127.0.0.1 (our own port) for the executor contract tests: replies are
 * served in order (the last one repeats), every request is recorded.
 */
public final class LoopbackServer implements AutoCloseable {

    /** What the server does for one request. */
    @FunctionalInterface
    public interface Reply {
        void handle(HttpExchange ex, Received req) throws IOException;
    }

    public record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) return e.getValue().get(0);
            }
            return null;
        }
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final ConcurrentLinkedDeque<Reply> script = new ConcurrentLinkedDeque<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private volatile Reply last = json(200, "{}");

    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", this::dispatch);
        server.setExecutor(pool);
        server.start();
    }

    private void dispatch(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Received r = new Received(
                ex.getRequestMethod(),
                ex.getRequestURI().getRawPath(),
                ex.getRequestURI().getRawQuery(),
                new TreeMap<>(ex.getRequestHeaders()),
                body);
        received.add(r);
        Reply reply = script.poll();
        if (reply == null) reply = last;
        else last = reply;
        reply.handle(ex, r);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues replies; the last one queued is repeated once the queue is empty. */
    public LoopbackServer then(Reply... replies) {
        for (Reply r : replies) script.add(r);
        return this;
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public static Reply json(int status, String body) {
        return json(status, body, Map.of());
    }

    public static Reply json(int status, String body, Map<String, String> headers) {
        return (ex, req) -> {
            headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            ex.getResponseHeaders().add("Content-Type", "application/json");
            send(ex, status, body);
        };
    }

    public static Reply html(int status) {
        return (ex, req) -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            send(ex, status, "<html><body><h1>" + status + " Server Error</h1></body></html>");
        };
    }

    public static Reply noContent() {
        return (ex, req) -> {
            ex.sendResponseHeaders(204, -1);
            ex.close();
        };
    }

    /** The request is read (as if applied), then the connection is dropped with no answer. */
    public static Reply reset() {
        return (ex, req) -> {
            throw new IOException("simulated reset");
        };
    }

    /** Answers only after {@code millis}. */
    public static Reply slow(long millis, Reply then) {
        return (ex, req) -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            then.handle(ex, req);
        };
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(bytes);
            }
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
