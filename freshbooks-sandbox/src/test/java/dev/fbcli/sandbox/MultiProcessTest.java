package dev.fbcli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several servers and processes on one database file: what one writes, the other serves. */
class MultiProcessTest {

    @Test
    void should_share_data_and_tokens_when_two_servers_use_one_data_dir(@TempDir Path dir) throws Exception {
        try (Sandbox a = Sandbox.start(dir);
                Sandbox b = Sandbox.start(dir)) {
            // given: a client written through A
            long id = a.post(Sandbox.ACCT + "/users/clients", Sandbox.json("{'client':{'organization':'Shared Co'}}"))
                    .json()
                    .at("/response/result/client/id")
                    .asLong();
            // then: B serves it, and accepts A's OAuth tokens
            assertThat(b.get(Sandbox.ACCT + "/users/clients/" + id)
                            .json()
                            .at("/response/result/client/organization")
                            .asText())
                    .isEqualTo("Shared Co");
            Sandbox viaB = new Sandbox(b.server);
            viaB.token = OAuthScenarioTest.tokenFor(a, null);
            assertThat(viaB.get("/auth/api/v1/users/me").status()).isEqualTo(200);

            // when: both write invoices at the same time
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Sandbox s = i % 2 == 0 ? a : b;
                results.add(pool.submit(() -> s.post(
                                Sandbox.ACCT + "/invoices/invoices",
                                Sandbox.json("{'invoice':{'customerid':101,'create_date':'2024-06-01'}}"))
                        .status()));
            }
            for (Future<Integer> f : results) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
            pool.shutdown();

            // then: 50 invoices with distinct ids and numbers
            var list = a.get(Sandbox.ACCT + "/invoices/invoices?per_page=100")
                    .json()
                    .at("/response/result/invoices");
            assertThat(list).hasSize(50);
            Set<String> numbers = new HashSet<>(list.findValuesAsText("invoice_number"));
            Set<String> ids = new HashSet<>(list.findValuesAsText("id"));
            assertThat(numbers).hasSize(50);
            assertThat(ids).hasSize(50);
        }
    }

    @Test
    void should_keep_a_write_when_the_serving_process_is_killed_right_after_answering(@TempDir Path dir)
            throws Exception {
        Process child = startChild(dir);
        try (Sandbox local = Sandbox.start(dir)) {
            URI childUri = URI.create(readLine(child, "base_url="));
            Sandbox remote = new Sandbox(local.server);
            // talk to the child process with the local server's token (tokens live in the shared DB)
            Sandbox.Res created = sendTo(remote, childUri, "{\"client\":{\"organization\":\"Written by child\"}}");
            assertThat(created.status()).as(created.text()).isEqualTo(200);
            long id = created.json().at("/response/result/client/id").asLong();
            child.destroyForcibly(); // SIGKILL right after the answer
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(local.get(Sandbox.ACCT + "/users/clients/" + id)
                            .json()
                            .at("/response/result/client/organization")
                            .asText())
                    .isEqualTo("Written by child");
        } finally {
            child.destroyForcibly();
        }
        // and a fresh server on the same directory still has it (no reseed over existing data)
        try (Sandbox again = Sandbox.start(dir)) {
            assertThat(again.get(Sandbox.ACCT + "/users/clients?search[organization_like]=child")
                            .json()
                            .at("/response/result/total")
                            .asInt())
                    .isEqualTo(1);
        }
    }

    private static Sandbox.Res sendTo(Sandbox via, URI base, String body) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var req = java.net.http.HttpRequest.newBuilder(URI.create(base + Sandbox.ACCT + "/users/clients"))
                .header("Authorization", "Bearer " + via.token)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build();
        var res = http.send(req, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        return new Sandbox.Res(res.statusCode(), res);
    }

    static Process startChild(Path dir) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                SandboxProcessMain.class.getName(),
                "--data-dir",
                dir.toString());
        pb.redirectErrorStream(true);
        return pb.start();
    }

    static String readLine(Process p, String prefix) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = r.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
            seen.append(line).append('\n');
        }
        throw new IOException("the child process ended without printing " + prefix + ":\n" + seen);
    }
}
