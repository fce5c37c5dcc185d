package dev.fbcli.cli.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** An OpenAI-compatible chat-completions server on 127.0.0.1 (our own port): scripted answers, recorded requests. */
final class FakeOpenAiServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    record Seen(String path, String authorization, JsonNode body) {}

    private final HttpServer server;
    private final Deque<int[]> statuses = new ArrayDeque<>();
    private final Deque<String> contents = new ArrayDeque<>();
    private final List<Seen> seen = new ArrayList<>();

    FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            byte[] in = ex.getRequestBody().readAllBytes();
            int status;
            String content;
            synchronized (this) {
                seen.add(new Seen(
                        ex.getRequestURI().getPath(),
                        ex.getRequestHeaders().getFirst("Authorization"),
                        JSON.readTree(in)));
                int[] s = statuses.poll();
                status = s == null ? 500 : s[0];
                content = contents.poll();
            }
            String body = status == 200
                    ? "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1764000000,\"model\":\"gpt-4.1-mini\","
                            + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                            + JSON.writeValueAsString(content) + "},\"finish_reason\":\"stop\"}],"
                            + "\"usage\":{\"prompt_tokens\":1400,\"completion_tokens\":30,\"total_tokens\":1430}}"
                    : "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}";
            byte[] out = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    synchronized FakeOpenAiServer answer(String frameJson) {
        statuses.add(new int[] {200});
        contents.add(frameJson);
        return this;
    }

    synchronized FakeOpenAiServer tooManyRequests() {
        statuses.add(new int[] {429});
        contents.add("");
        return this;
    }

    synchronized List<Seen> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
