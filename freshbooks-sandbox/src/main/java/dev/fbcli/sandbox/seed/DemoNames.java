package dev.fbcli.sandbox.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo account's client, project, service and expense category names and its expenses' vendors
 * (each once, in the order of first use), from a small text file
 * beside {@code demo-account.json} ({@code demo-names.txt}: kind, a tab, the name), so a command
 * that only parses can know them without reading the account file with a JSON parser. {@code
 * DemoNamesTest} keeps the two equal.
 */
public final class DemoNames {
    private static final String RESOURCE = "/dev/fbcli/sandbox/seed/demo-names.txt";

    /** The kinds, in the file's order. */
    public static final List<String> KINDS = List.of("client", "project", "service", "category", "vendor");

    private DemoNames() {}

    /** Each kind's names, in the account file's order. */
    public static Map<String, List<String>> read() {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (String k : KINDS) {
            out.put(k, new ArrayList<>());
        }
        try (InputStream in = DemoNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                List<String> names = tab < 0 ? null : out.get(line.substring(0, tab));
                if (names == null) {
                    throw new IllegalStateException(RESOURCE + ": not 'kind<TAB>name': " + line);
                }
                names.add(line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> frozen = new java.util.LinkedHashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(frozen);
    }
}
