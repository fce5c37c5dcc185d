package dev.fbcli.cli.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The batch benchmark of docs/BENCHMARKS.md: a 1,000-line file of mixed intents (phrases and
 * commands: time, expenses, invoices, clients, projects, payments, reads) run by the packaged
 * {@code fb} against a fresh sandbox, a few times; prints the wall time, the time of the check and
 * run phases, and the HTTP requests per line. Not a test. Needs only the JDK:
 *
 * <pre>
 * ./mvnw -B -q -pl cli -am package -DskipTests
 * java cli/src/test/java/dev/fbcli/cli/batch/BatchBenchmark.java cli/target/fb.jar [lines] [rounds]
 * </pre>
 */
public final class BatchBenchmark {
    private static final Pattern TOOK = Pattern.compile("not run \\((\\d+\\.\\d) s\\)");

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "cli/target/fb.jar").toAbsolutePath();
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path dir = Files.createTempDirectory("fb-batch-bench");
        Path file = dir.resolve("mixed.txt");
        Files.write(file, mixed(lines), StandardCharsets.UTF_8);
        double[] wall = new double[rounds];
        double[] run = new double[rounds];
        long[] requests = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            Path home = dir.resolve("home-" + r);
            ProcessBuilder pb = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    jar.toString(),
                    "--sandbox",
                    "--yes",
                    "batch",
                    file.toString());
            pb.environment().put("FB_HOME", home.toString());
            pb.environment().put("FB_DEBUG", "api");
            pb.environment().remove("FB_SANDBOX_FAULTS");
            pb.redirectOutput(dir.resolve("out-" + r + ".txt").toFile());
            pb.redirectError(dir.resolve("err-" + r + ".txt").toFile());
            long t0 = System.nanoTime();
            int code = pb.start().waitFor();
            wall[r] = (System.nanoTime() - t0) / 1e9;
            String err = Files.readString(dir.resolve("err-" + r + ".txt"));
            if (code != 0) {
                throw new IllegalStateException("round " + r + " exited " + code + ":\n"
                        + err.lines()
                                .filter(l -> !l.startsWith("  api:"))
                                .limit(20)
                                .toList());
            }
            Matcher m = TOOK.matcher(err);
            run[r] = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
            requests[r] = err.lines().filter(l -> l.startsWith("  api:")).count();
            System.out.printf(
                    "round %d: wall %.1f s, run phase %.1f s, %d requests%n", r + 1, wall[r], run[r], requests[r]);
        }
        double w = median(wall);
        double p = median(run);
        System.out.printf(
                "%d lines, median of %d: wall %.1f s (%.1f ms/line), check phase + start %.1f s (%.1f ms/line),"
                        + " run phase %.1f s (%.1f ms/line), %.1f requests/line%n",
                lines,
                rounds,
                w,
                w * 1000 / lines,
                w - p,
                (w - p) * 1000 / lines,
                p,
                p * 1000 / lines,
                Arrays.stream(requests).average().orElse(0) / lines);
    }

    static List<String> mixed(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int day = 1 + i % 28;
            switch (i % 10) {
                case 0 -> out.add("log 1.5 hours on Acme on Oct " + day + " - bench " + i);
                case 1 -> out.add(String.format(
                        "fb time log --duration 45m --project 'Website Redesign' --service Design --date 2026-10-%02d --start %02d:%02d --note 'bench %d'",
                        day, 8 + i % 10, i % 60, i));
                case 2 -> out.add("add a $" + (10 + i % 90) + ".50 expense for office supplies at Vendor " + letters(i)
                        + " on Oct " + day);
                case 3 -> out.add("fb expense add --amount " + (20 + i % 50) + ".25 --category Travel --vendor 'Air "
                        + i + "' --date 2026-10-" + String.format("%02d", day));
                case 4 -> out.add("invoice Globex $" + (100 + i) + " for bench work " + letters(i));
                case 5 -> out.add(
                        "fb invoice create --client Acme --line 'Work " + i + ":2:" + (50 + i % 100) + "' --due-in 30");
                case 6 -> out.add("add client Bench Co " + letters(i));
                case 7 -> out.add("fb project create 'Bench project " + i + "' --client Initech");
                case 8 -> out.add("log 2 hours of development on Initech on Oct " + day + " - bench " + i);
                default -> out.add(
                        i % 20 == 9 ? "show unpaid invoices" : "fb time list --from 2026-10-01 --to 2026-10-07");
            }
        }
        return out;
    }

    /** A number as letters (bench markers in phrases: a number would read as a quantity). */
    static String letters(int i) {
        StringBuilder sb = new StringBuilder();
        int n = i;
        do {
            sb.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1) + "x";
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private BatchBenchmark() {}
}
