package dev.fbcli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 8: idle and slow connections never hold a worker, connections that send nothing are
 * closed, and request bodies are bounded while they arrive (413 before an oversize body is read).
 */
class ConnectionLimitsTest {

    static final String CLIENTS = Sandbox.ACCT + "/users/clients";

    static Sandbox start(Path dir, Http1Server.Limits limits) {
        try {
            return new Sandbox(SandboxServer.builder()
                    .dataDir(dir)
                    .clock(Sandbox.clock())
                    .limits(limits)
                    .start());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Http1Server.Limits limits(long readMillis, long idleMillis, int maxConnections) {
        return new Http1Server.Limits(
                Duration.ofMillis(readMillis), Duration.ofMillis(idleMillis), maxConnections, 8, 256L * 1024 * 1024);
    }

    /** A raw connection to the sandbox. */
    static Socket socket(Sandbox sb) throws IOException {
        Socket s = new Socket("127.0.0.1", sb.server.port());
        s.setSoTimeout(20_000);
        return s;
    }

    /** One raw response: status line, headers (lower-case names), body. */
    record Raw(int status, String head, byte[] body) {
        JsonNode json() throws IOException {
            return Sandbox.JSON.readTree(body);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Raw read(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the response head: " + head);
            }
            head.append((char) b);
        }
        String h = head.toString();
        int status = Integer.parseInt(h.substring(9, 12));
        int length = 0;
        for (String line : h.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return new Raw(status, h.toLowerCase(Locale.ROOT), in.readNBytes(length));
    }

    static String get(String path, String token) {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\n\r\n";
    }

    static int clientCount(Sandbox sb) {
        return sb.get(CLIENTS).json().at("/response/result/total").asInt();
    }

    @Test
    void should_answer_a_normal_request_within_a_second_while_250_idle_sockets_are_open(@TempDir Path dir)
            throws Exception {
        try (Sandbox sb = Sandbox.start(dir)) {
            assertThat(sb.get(CLIENTS).status()).isEqualTo(200); // classes loaded, database open
            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 250; i++) {
                    Socket s = socket(sb);
                    if (i % 2 == 1) {
                        // began a request and stalled: what held the JDK server's 8 workers
                        s.getOutputStream().write("GET /auth/api/v1/users/me HTTP/1.1\r\nHost: x\r\n".getBytes());
                    } // else connected and never sends a byte
                    idle.add(s);
                }
                // a new client, so the request needs a new connection like the idle ones did
                HttpClient fresh = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(30))
                        .build();
                HttpRequest req = HttpRequest.newBuilder(URI.create(sb.server.baseUri() + CLIENTS + "/101"))
                        .header("Authorization", "Bearer " + sb.token)
                        .timeout(Duration.ofSeconds(30))
                        .build();
                long t0 = System.nanoTime();
                HttpResponse<String> res = fresh.send(req, HttpResponse.BodyHandlers.ofString());
                long millis = (System.nanoTime() - t0) / 1_000_000;

                assertThat(res.statusCode()).isEqualTo(200);
                // the one timing bound issue 13 asks for: with the JDK server, whose 8 workers each
                // blocked reading a stalled request, this request waited until it timed out (60 s)
                assertThat(millis)
                        .as("a normal request next to 250 idle sockets")
                        .isLessThan(1000);
            } finally {
                for (Socket s : idle) {
                    s.close();
                }
            }
        }
    }

    @Test
    void should_close_connections_that_send_nothing(@TempDir Path dir) throws Exception {
        try (Sandbox sb = start(dir, limits(300, 600, 512))) {
            // a new connection that never sends a byte
            try (Socket silent = socket(sb)) {
                assertThat(silent.getInputStream().read())
                        .as("closed by the sandbox")
                        .isEqualTo(-1);
            }
            // a request that stops in the middle of its headers: closed without an answer
            try (Socket stalled = socket(sb)) {
                stalled.getOutputStream().write("GET /auth/api/v1/users/me HTTP/1.1\r\nHost: x\r\n".getBytes());
                assertThat(stalled.getInputStream().read()).isEqualTo(-1);
            }
            // a body that stops arriving
            try (Socket slow = socket(sb)) {
                slow.getOutputStream()
                        .write(("POST " + CLIENTS + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + sb.token
                                        + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"client\":")
                                .getBytes());
                assertThat(slow.getInputStream().read()).isEqualTo(-1);
            }
            // a kept-alive connection serves several requests, then is closed once idle
            try (Socket kept = socket(sb)) {
                OutputStream out = kept.getOutputStream();
                InputStream in = kept.getInputStream();
                for (int i = 0; i < 3; i++) {
                    out.write(get("/auth/api/v1/users/me", sb.token).getBytes());
                    assertThat(read(in).status()).isEqualTo(200);
                }
                assertThat(in.read()).isEqualTo(-1);
            }
            assertThat(clientCount(sb)).as("nothing was created").isEqualTo(8);
        }
    }

    @Test
    void should_make_room_by_closing_the_longest_idle_connection(@TempDir Path dir) throws Exception {
        try (Sandbox sb = start(dir, limits(30_000, 30_000, 4))) {
            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    idle.add(socket(sb));
                    Thread.sleep(20); // distinct arrival order
                }
                // the fifth connection gets an answer; the oldest idle one was closed for it
                try (Socket s = socket(sb)) {
                    s.getOutputStream()
                            .write(get("/auth/api/v1/users/me", sb.token).getBytes());
                    assertThat(read(s.getInputStream()).status()).isEqualTo(200);
                }
                assertThat(idle.get(0).getInputStream().read()).isEqualTo(-1);
            } finally {
                for (Socket s : idle) {
                    s.close();
                }
            }
        }
    }

    @Test
    void should_refuse_an_oversize_body_before_reading_it(@TempDir Path dir) throws Exception {
        try (Sandbox sb = Sandbox.start(dir)) {
            // 50 MB announced, 64 KiB sent: the answer comes without the rest
            try (Socket s = socket(sb)) {
                OutputStream out = s.getOutputStream();
                out.write(("POST " + CLIENTS + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + sb.token
                                + "\r\nContent-Type: application/json\r\nContent-Length: 52428800\r\n\r\n")
                        .getBytes());
                out.write(new byte[64 * 1024]);
                Raw res = read(s.getInputStream());
                assertThat(res.status()).isEqualTo(413);
                assertThat(res.head()).contains("connection: close");
                JsonNode error = res.json().at("/response/errors/0");
                assertThat(error.get("errno").asInt()).isEqualTo(1017);
                assertThat(error.get("message").asText()).contains("2 MiB");
            }
            // the same on the uploads family, with its own error body
            try (Socket s = socket(sb)) {
                s.getOutputStream()
                        .write(("POST /uploads/account/NWS77/attachments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                                        + sb.token
                                        + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 52428800\r\n\r\n")
                                .getBytes());
                Raw res = read(s.getInputStream());
                assertThat(res.status()).isEqualTo(413);
                assertThat(res.json().get("error").asText()).contains("26 MiB");
            }
            // a chunked body is refused as soon as it passes the limit
            try (Socket s = socket(sb)) {
                OutputStream out = s.getOutputStream();
                out.write(("POST " + CLIENTS + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + sb.token
                                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                        .getBytes());
                byte[] chunk = new byte[512 * 1024];
                Arrays.fill(chunk, (byte) ' ');
                for (int i = 0; i < 5; i++) {
                    out.write(("80000\r\n").getBytes());
                    out.write(chunk);
                    out.write("\r\n".getBytes());
                }
                Raw res = read(s.getInputStream());
                assertThat(res.status()).isEqualTo(413);
            }
            // Expect: 100-continue: refused before the client sends the body at all
            try (Socket s = socket(sb)) {
                s.getOutputStream()
                        .write(("POST " + CLIENTS + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + sb.token
                                        + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                                        + "Content-Length: 3145728\r\n\r\n")
                                .getBytes());
                assertThat(read(s.getInputStream()).status()).isEqualTo(413);
            }
            assertThat(clientCount(sb)).as("nothing was created").isEqualTo(8);
        }
    }

    @Test
    void should_accept_bodies_within_the_limits(@TempDir Path dir) throws Exception {
        try (Sandbox sb = Sandbox.start(dir)) {
            // a 12 MiB receipt (over the old 10 MiB limit) uploads and downloads byte for byte
            byte[] photo = new byte[12 * 1024 * 1024];
            new java.util.Random(7).nextBytes(photo);
            Sandbox.Res up = ReceiptUploadScenarioTest.upload(sb, "receipt.jpg", "image/jpeg", photo);
            assertThat(up.status()).as(up.text()).isEqualTo(200);
            Sandbox.Res down = sb.get(
                    "/uploads/attachments/" + up.json().at("/attachment/jwt").asText());
            assertThat(down.raw().body()).isEqualTo(photo);

            // a chunked JSON body within the limit, then a pipelined request on the same connection
            try (Socket s = socket(sb)) {
                String json = "{\"client\":{\"organization\":\"Chunked Co\"}}";
                String first = json.substring(0, 10);
                String rest = json.substring(10);
                String req = "POST " + CLIENTS + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + sb.token
                        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + Integer.toHexString(first.length()) + "\r\n" + first + "\r\n"
                        + Integer.toHexString(rest.length()) + ";ext=1\r\n" + rest + "\r\n0\r\n\r\n"
                        + get(CLIENTS + "?search[organization_like]=chunked", sb.token);
                s.getOutputStream().write(req.getBytes(StandardCharsets.UTF_8));
                InputStream in = s.getInputStream();
                Raw created = read(in);
                assertThat(created.status()).as(created.text()).isEqualTo(200);
                assertThat(created.json()
                                .at("/response/result/client/organization")
                                .asText())
                        .isEqualTo("Chunked Co");
                Raw listed = read(in);
                assertThat(listed.json().at("/response/result/total").asInt()).isEqualTo(1);
            }

            // Expect: 100-continue within the limit: "100 Continue", then the body, then the answer
            try (Socket s = socket(sb)) {
                byte[] json = "{\"client\":{\"organization\":\"Expecting Co\"}}".getBytes(StandardCharsets.UTF_8);
                OutputStream out = s.getOutputStream();
                InputStream in = s.getInputStream();
                out.write(("POST " + CLIENTS + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + sb.token
                                + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
                                + json.length + "\r\n\r\n")
                        .getBytes());
                assertThat(read(in).status()).isEqualTo(100);
                out.write(json);
                Raw created = read(in);
                assertThat(created.status()).as(created.text()).isEqualTo(200);
            }

            // HTTP/1.0 without keep-alive: answered, then closed
            try (Socket s = socket(sb)) {
                s.getOutputStream()
                        .write(("GET /auth/api/v1/users/me HTTP/1.0\r\nAuthorization: Bearer " + sb.token + "\r\n\r\n")
                                .getBytes());
                InputStream in = s.getInputStream();
                assertThat(read(in).status()).isEqualTo(200);
                assertThat(in.read()).isEqualTo(-1);
            }
            // garbage is a 400, not a hang
            try (Socket s = socket(sb)) {
                s.getOutputStream().write("HELLO\r\n\r\n".getBytes());
                assertThat(read(s.getInputStream()).status()).isEqualTo(400);
            }
        }
    }
}
