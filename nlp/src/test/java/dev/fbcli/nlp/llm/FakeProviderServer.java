package dev.fbcli.nlp.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A provider on 127.0.0.1 (our own port, the JDK's HTTP server): it records every request the
 * provider's client sends and answers with scripted replies, in order. A reply may hang until the
 * server is closed, to make the client's time limit fire.
 */
final class FakeProviderServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    record Reply(int status, Map<String, String> headers, String body, boolean hang) {
        static Reply json(String body) {
            return new Reply(200, Map.of("Content-Type", "application/json"), body, false);
        }

        static Reply error(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "application/json"), body, false);
        }

        static Reply hanging() {
            return new Reply(200, Map.of(), "", true);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> h = new TreeMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body, hang);
        }
    }

    record Request(String method, String path, Map<String, String> headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("the client sent no JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final Deque<Reply> replies = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    FakeProviderServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    /** http://127.0.0.1:PORT + {@code path}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    synchronized FakeProviderServer reply(Reply r) {
        replies.add(r);
        return this;
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    synchronized Request only() {
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, got " + requests.size());
        }
        return requests.get(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] in = ex.getRequestBody().readAllBytes();
        Map<String, String> headers = new TreeMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        Reply r;
        synchronized (this) {
            requests.add(new Request(
                    ex.getRequestMethod(),
                    ex.getRequestURI().getPath(),
                    headers,
                    new String(in, StandardCharsets.UTF_8)));
            r = replies.poll();
        }
        if (r == null) {
            r = Reply.error(500, "{\"error\":{\"message\":\"the test scripted no reply for this request\"}}");
        }
        if (r.hang()) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
            return;
        }
        byte[] out = r.body().getBytes(StandardCharsets.UTF_8);
        r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(r.status(), out.length == 0 ? -1 : out.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(out);
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        pool.shutdownNow();
    }

    // ------------------------------------------------------------------ realistic provider replies

    /** An OpenAI chat completion whose message content is {@code content}. */
    static String openAiCompletion(String content) {
        return "{\"id\":\"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG\",\"object\":\"chat.completion\",\"created\":1764000000,"
                + "\"model\":\"gpt-4.1-mini-2025-04-14\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                + "\"content\":" + quote(content) + ",\"refusal\":null,\"annotations\":[]},\"logprobs\":null,"
                + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":1412,\"completion_tokens\":41,"
                + "\"total_tokens\":1453,\"prompt_tokens_details\":{\"cached_tokens\":0,\"audio_tokens\":0},"
                + "\"completion_tokens_details\":{\"reasoning_tokens\":0,\"audio_tokens\":0,"
                + "\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}},\"service_tier\":\"default\","
                + "\"system_fingerprint\":\"fp_6f2eabb9a5\"}";
    }

    static final String OPENAI_429 = "{\"error\":{\"message\":\"Rate limit reached for gpt-4.1-mini in organization "
            + "org-Xq1 on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.\","
            + "\"type\":\"requests\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}";

    static final String OPENAI_401 =
            "{\"error\":{\"message\":\"Incorrect API key provided: sk-test-********************cret. "
                    + "You can find your API key at https://platform.openai.com/account/api-keys.\",\"type\":\"invalid_request_error\","
                    + "\"param\":null,\"code\":\"invalid_api_key\"}}";

    /** An Anthropic message whose one content block is a call of {@code tool} with {@code inputJson}. */
    static String anthropicToolUse(String tool, String inputJson) {
        return "{\"id\":\"msg_01XFDUDYJgAACzvnptvVoYEL\",\"type\":\"message\",\"role\":\"assistant\","
                + "\"model\":\"claude-haiku-4-5-20251001\",\"content\":[{\"type\":\"tool_use\","
                + "\"id\":\"toolu_01A09q90qw90lq917835lq9\",\"name\":" + quote(tool) + ",\"input\":" + inputJson + "}],"
                + "\"stop_reason\":\"tool_use\",\"stop_sequence\":null,"
                + "\"usage\":{\"input_tokens\":1873,\"output_tokens\":96,\"cache_creation_input_tokens\":0,"
                + "\"cache_read_input_tokens\":0}}";
    }

    /** An Anthropic message with one text block. */
    static String anthropicText(String text) {
        return "{\"id\":\"msg_01Aq9w938a90dw8q\",\"type\":\"message\",\"role\":\"assistant\","
                + "\"model\":\"claude-haiku-4-5-20251001\",\"content\":[{\"type\":\"text\",\"text\":" + quote(text)
                + "}],"
                + "\"stop_reason\":\"end_turn\",\"stop_sequence\":null,\"usage\":{\"input_tokens\":1873,\"output_tokens\":80}}";
    }

    static final String ANTHROPIC_OVERLOADED =
            "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}";

    /** A Gemini generateContent answer whose one part is {@code text}. */
    static String geminiText(String text) {
        return "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":" + quote(text) + "}],\"role\":\"model\"},"
                + "\"finishReason\":\"STOP\",\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":1502,"
                + "\"candidatesTokenCount\":38,\"totalTokenCount\":1540,\"promptTokensDetails\":[{\"modality\":\"TEXT\","
                + "\"tokenCount\":1502}]},\"modelVersion\":\"gemini-2.5-flash\",\"responseId\":\"mHZFaNC1Lq2jnvgP2s2xqQw\"}";
    }

    static final String GEMINI_429 =
            "{\"error\":{\"code\":429,\"message\":\"You exceeded your current quota, please check "
                    + "your plan and billing details.\",\"status\":\"RESOURCE_EXHAUSTED\"}}";

    static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
