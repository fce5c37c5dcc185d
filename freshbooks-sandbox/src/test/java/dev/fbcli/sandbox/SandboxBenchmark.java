package dev.fbcli.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests per second of the sandbox on this machine (a benchmark, not a test):
 * {@code java -cp <test classpath> dev.fbcli.sandbox.SandboxBenchmark [rounds] [requestsPerRound]}.
 * Measures a simple GET (one client) and an invoice create (POST with two lines), each with 1 and 4
 * client threads, over keep-alive HTTP/1.1 on 127.0.0.1; prints the median of the rounds.
 */
public final class SandboxBenchmark {
    private SandboxBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Path dir = Files.createTempDirectory("fb-sandbox-bench");
        try (SandboxServer server = SandboxServer.builder().dataDir(dir).start()) {
            String base = server.baseUri().toString();
            String token = "Bearer " + server.accessToken();
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/accounting/account/NWS77/users/clients/101"))
                    .header("Authorization", token)
                    .GET()
                    .build();
            String invoice = "{\"invoice\":{\"customerid\":101,\"create_date\":\"2024-06-01\",\"due_offset_days\":30,"
                    + "\"lines\":[{\"name\":\"Design\",\"qty\":3,\"unit_cost\":{\"amount\":\"150.00\",\"code\":\"USD\"}},"
                    + "{\"name\":\"Hosting\",\"qty\":1,\"unit_cost\":{\"amount\":\"20.00\",\"code\":\"USD\"}}]}}";
            HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/accounting/account/NWS77/invoices/invoices"))
                    .header("Authorization", token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(invoice))
                    .build();
            System.out.printf(
                    "machine: %d cores, %s %s, java %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name"),
                    System.getProperty("os.arch"),
                    System.getProperty("java.version"));
            System.out.printf("rounds: %d x %d requests (median reported)%n", rounds, perRound);
            for (int threads : new int[] {1, 4}) {
                run("GET client", http, get, threads, rounds, perRound);
                run("POST invoice", http, post, threads, rounds, perRound / 2);
            }
        }
    }

    private static void run(String name, HttpClient http, HttpRequest req, int threads, int rounds, int perRound)
            throws Exception {
        once(http, req, threads, Math.max(200, perRound / 4)); // warm-up
        double[] rps = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            once(http, req, threads, perRound);
            rps[r] = perRound / ((System.nanoTime() - t0) / 1e9);
        }
        Arrays.sort(rps);
        System.out.printf(
                "%-13s threads=%d  median %.0f req/s  (min %.0f, max %.0f)%n",
                name, threads, rps[rounds / 2], rps[0], rps[rounds - 1]);
    }

    private static void once(HttpClient http, HttpRequest req, int threads, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger left = new AtomicInteger(count);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            fs.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    HttpResponse<Void> res = http.send(req, HttpResponse.BodyHandlers.discarding());
                    if (res.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + res.statusCode() + " from "
                                + req.uri().getPath());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
    }
}
