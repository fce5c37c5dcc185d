package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The sandbox store at scale (a benchmark, not a test): seeds 10,000 clients, 2,000 projects,
 * 20,000 time entries (spread over the last 11 months) and 5,000 invoices <b>through the API</b>,
 * then times listing every page of each list, as a client paging through everything does.
 *
 * <pre>{@code
 * java -cp <test classpath> dev.fbcli.sandbox.StoreScaleBenchmark [rounds] [scale]
 * }</pre>
 *
 * {@code scale} multiplies the record counts (default 1.0). Prints, per list, the median over the
 * rounds of the time to read all pages, and the median time of one page.
 */
public final class StoreScaleBenchmark {
    private StoreScaleBenchmark() {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCT = "/accounting/account/NWS77";
    private static final String BIZ = "770001";

    private static HttpClient http;
    private static String base;
    private static String token;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        int clients = (int) (10_000 * scale);
        int projects = (int) (2_000 * scale);
        int entries = (int) (20_000 * scale);
        int invoices = (int) (5_000 * scale);
        Path dir = Files.createTempDirectory("fb-sandbox-scale");
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        System.out.printf(
                "machine: %d cores, %s %s, java %s; data dir %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                dir);
        try (SandboxServer server = SandboxServer.builder().dataDir(dir).start()) {
            base = server.baseUri().toString();
            token = "Bearer " + server.accessToken();
            Random random = new Random(42);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

            long t0 = System.nanoTime();
            List<Long> clientIds = create(
                    clients,
                    i -> post(
                            ACCT + "/users/clients",
                            "{\"client\":{\"organization\":\"Org " + i + "\",\"fname\":\"First" + i + "\",\"email\":\"c"
                                    + i + "@example.com\"}}",
                            "/response/result/client/id"));
            System.out.printf("seeded %d clients in %.1f s%n", clients, secs(t0));
            t0 = System.nanoTime();
            List<Long> projectIds = create(
                    projects,
                    i -> post(
                            "/projects/business/" + BIZ + "/project",
                            "{\"project\":{\"title\":\"Project " + i + "\",\"client_id\":"
                                    + clientIds.get(i % clientIds.size()) + ",\"project_type\":\"hourly_rate\"}}",
                            "/project/id"));
            System.out.printf("seeded %d projects in %.1f s%n", projects, secs(t0));
            t0 = System.nanoTime();
            long[] starts = new long[entries];
            int[] durations = new int[entries];
            long[] entryProjects = new long[entries];
            for (int i = 0; i < entries; i++) {
                starts[i] = now.minus(random.nextInt(330), ChronoUnit.DAYS)
                        .minus(random.nextInt(8 * 60), ChronoUnit.MINUTES)
                        .getEpochSecond();
                durations[i] = (1 + random.nextInt(16)) * 900;
                entryProjects[i] = projectIds.get(random.nextInt(projectIds.size()));
            }
            create(
                    entries,
                    i -> post(
                            "/timetracking/business/" + BIZ + "/time_entries",
                            "{\"time_entry\":{\"started_at\":\"" + Instant.ofEpochSecond(starts[i]) + "\",\"duration\":"
                                    + durations[i] + ",\"project_id\":" + entryProjects[i] + ",\"note\":\"Work " + i
                                    + "\",\"is_logged\":true}}",
                            "/time_entry/id"));
            System.out.printf("seeded %d time entries in %.1f s%n", entries, secs(t0));
            t0 = System.nanoTime();
            create(
                    invoices,
                    i -> post(
                            ACCT + "/invoices/invoices",
                            "{\"invoice\":{\"customerid\":" + clientIds.get(i % clientIds.size())
                                    + ",\"create_date\":\""
                                    + now.minus(random.nextInt(330), ChronoUnit.DAYS)
                                            .toString()
                                            .substring(0, 10)
                                    + "\",\"due_offset_days\":30,\"lines\":[{\"name\":\"Design\",\"qty\":3,"
                                    + "\"unit_cost\":{\"amount\":\"150.00\",\"code\":\"USD\"}},{\"name\":\"Hosting\",\"qty\":1,"
                                    + "\"unit_cost\":{\"amount\":\"20.00\",\"code\":\"USD\"}}]}}",
                            "/response/result/invoice/id"));
            System.out.printf("seeded %d invoices in %.1f s%n", invoices, secs(t0));

            String from = now.minus(335, ChronoUnit.DAYS).toString();
            List<String[]> lists = List.of(
                    new String[] {
                        "clients (per_page 100)", ACCT + "/users/clients?per_page=100", "/response/result/pages"
                    },
                    new String[] {
                        "projects (per_page 100)", "/projects/business/" + BIZ + "/projects?per_page=100", "/meta/pages"
                    },
                    new String[] {
                        "time entries (per_page 100)",
                        "/timetracking/business/" + BIZ + "/time_entries?per_page=100",
                        "/meta/pages"
                    },
                    new String[] {
                        "time entries, 11 months (per_page 30)",
                        "/timetracking/business/" + BIZ + "/time_entries?per_page=30&started_from=" + from,
                        "/meta/pages"
                    },
                    new String[] {
                        "invoices (per_page 100)", ACCT + "/invoices/invoices?per_page=100", "/response/result/pages"
                    });
            System.out.printf("rounds: %d (median reported)%n", rounds);
            for (String[] list : lists) {
                listAll(list[0], list[1], list[2], rounds);
            }
        }
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Runs {@code count} creations on 4 threads; returns the created ids in index order. */
    private static List<Long> create(int count, IntFunction<Long> one) throws Exception {
        Long[] ids = new Long[count];
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            fs.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    ids[i] = one.apply(i);
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        return Arrays.asList(ids);
    }

    private static long post(String path, String body, String idPointer) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (res.statusCode() != 200) {
                throw new IllegalStateException(
                        "HTTP " + res.statusCode() + " from POST " + path + ": " + new String(res.body()));
            }
            return JSON.readTree(res.body()).at(idPointer).asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode get(String pathAndQuery) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Authorization", token)
                .GET()
                .build();
        HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + res.statusCode() + " from GET " + pathAndQuery);
        }
        return JSON.readTree(res.body());
    }

    private static void listAll(String name, String path, String pagesPointer, int rounds) throws Exception {
        get(path + "&page=1"); // warm-up
        double[] totals = new double[rounds];
        List<Double> pageTimes = new ArrayList<>();
        int pages = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            pages = 1;
            for (int page = 1; page <= pages; page++) {
                long p0 = System.nanoTime();
                JsonNode body = get(path + "&page=" + page);
                pageTimes.add((System.nanoTime() - p0) / 1e6);
                pages = body.at(pagesPointer).asInt();
            }
            totals[r] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(totals);
        double[] per =
                pageTimes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
                "%-40s %4d pages: all pages %8.0f ms (min %.0f, max %.0f); one page median %7.1f ms (p90 %.1f)%n",
                name,
                pages,
                totals[rounds / 2],
                totals[0],
                totals[rounds - 1],
                per[per.length / 2],
                per[(int) (per.length * 0.9)]);
    }
}
