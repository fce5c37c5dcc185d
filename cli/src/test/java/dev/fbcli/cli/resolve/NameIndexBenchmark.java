package dev.fbcli.cli.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Name matching on a 10,000-client account (a plain {@code main}, not a test: speed is measured
 * here and written in docs/BENCHMARKS.md, never asserted). Prints the median time of one lookup
 * per form (exact, lower case, prefix, one typo) with the index built once, next to the resolver
 * before the index ({@link ReferenceResolver}, every 20th lookup, in the same run), and the time
 * to build the index (once per name-cache load).
 *
 * <pre>
 * ./mvnw -B -q -o -pl cli -am test-compile
 * java -cp cli/target/classes:cli/target/test-classes dev.fbcli.cli.resolve.NameIndexBenchmark
 * </pre>
 */
public final class NameIndexBenchmark {
    private NameIndexBenchmark() {}

    public static void main(String[] args) {
        List<Candidate> names = NameIndexTest.clients(10_000);
        List<Long> builds = new ArrayList<>();
        List<Long> firstCase = new ArrayList<>();
        List<Long> firstTypo = new ArrayList<>();
        NameIndex index = null;
        for (int k = 0; k < 15; k++) {
            long t = System.nanoTime();
            index = NameIndex.of(names);
            builds.add(System.nanoTime() - t);
            t = System.nanoTime();
            index.resolve(names.get(k).name().toLowerCase()); // builds the normalized names
            firstCase.add(System.nanoTime() - t);
            t = System.nanoTime();
            index.resolve("zq" + names.get(k).name()); // builds the words, then scores
            firstTypo.add(System.nanoTime() - t);
        }
        System.out.printf(
                "10,000 names: index (ids, exact names) %.1f ms; first lookup in lower case %.1f ms; first"
                        + " not-in-full lookup %.1f ms (medians; each built once per cache load)%n",
                median(builds.subList(5, 15)) / 1e6,
                median(firstCase.subList(5, 15)) / 1e6,
                median(firstTypo.subList(5, 15)) / 1e6);
        String[] forms = {"exact", "lower case", "prefix", "one typo"};
        for (int f = 0; f < forms.length; f++) {
            // the index and the resolver before it (ReferenceResolver) on the same names, in turns
            Random r = new Random(f);
            List<Long> times = new ArrayList<>();
            List<Long> before = new ArrayList<>();
            for (int k = 0; k < 600; k++) {
                String name = names.get(r.nextInt(names.size())).name();
                String said = f == 0
                        ? name
                        : f == 1
                                ? name.toLowerCase()
                                : f == 2 ? name.substring(0, Math.min(5, name.length())) : typo(name, r);
                long t = System.nanoTime();
                index.resolve(said);
                times.add(System.nanoTime() - t);
                if (k % 20 == 0) {
                    t = System.nanoTime();
                    ReferenceResolver.resolve(said, names);
                    before.add(System.nanoTime() - t);
                }
            }
            System.out.printf(
                    "%-10s median %.3f ms, p90 %.3f ms; before the index: median %.1f ms%n",
                    forms[f],
                    median(times.subList(100, 600)) / 1e6,
                    percentile(times.subList(100, 600), 0.9) / 1e6,
                    median(before.subList(5, before.size())) / 1e6);
        }
    }

    private static String typo(String s, Random r) {
        int at = 1 + r.nextInt(Math.max(1, s.length() - 2));
        return s.substring(0, at) + (char) ('a' + r.nextInt(26)) + s.substring(Math.min(s.length(), at + 1));
    }

    private static double median(List<Long> xs) {
        return percentile(xs, 0.5);
    }

    private static double percentile(List<Long> xs, double p) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get((int) Math.min(s.size() - 1, Math.round(p * (s.size() - 1))));
    }
}
