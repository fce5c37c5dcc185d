package dev.fbcli.sandbox.chaos;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which faults the sandbox injects, parsed from a string such as
 * {@code 429=0.2,retry-after=1,500=0.1,reset=0.05,latency=50,seed=42,methods=POST|PUT}.
 *
 * <p>Keys (all optional, comma-separated {@code key=value}):
 *
 * <ul>
 *   <li>{@code 429}: share of requests answered 429 with a {@code Retry-After} header;
 *   <li>{@code retry-after}: the {@code Retry-After} value in seconds (default 1, 0 allowed);
 *   <li>{@code 500}, {@code 502}, {@code 503}: share answered with that status (502/503 carry an
 *       HTML body, as a proxy would send);
 *   <li>{@code reset}: share of requests that are applied and committed, after which the connection
 *       is closed without any response;
 *   <li>{@code latency}: milliseconds added to every request;
 *   <li>{@code errors200}: share of accounting GETs answered HTTP 200 with
 *       {@code {"response":{"errors":[...]}}};
 *   <li>{@code seed}: random seed, for deterministic runs;
 *   <li>{@code methods}: {@code |}-separated HTTP methods that may get faults (default: all);
 *   <li>{@code oauth}: {@code true} to let faults hit the OAuth endpoints too (default false).
 * </ul>
 *
 * The shares of 429, 500, 502, 503, reset and errors200 are drawn from one roll per request, so
 * they must add up to at most 1.
 */
public record FaultSpec(
        double rate429,
        int retryAfterSeconds,
        double rate500,
        double rate502,
        double rate503,
        double rateReset,
        long latencyMillis,
        double rateErrors200,
        Long seed,
        Set<String> methods,
        boolean oauth) {

    private static final Set<String> KNOWN_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    public FaultSpec {
        checkShare("429", rate429);
        checkShare("500", rate500);
        checkShare("502", rate502);
        checkShare("503", rate503);
        checkShare("reset", rateReset);
        checkShare("errors200", rateErrors200);
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException(
                    "fault spec: retry-after must be 0 or more seconds, got " + retryAfterSeconds);
        }
        if (latencyMillis < 0) {
            throw new IllegalArgumentException(
                    "fault spec: latency must be 0 or more milliseconds, got " + latencyMillis);
        }
        double sum = rate429 + rate500 + rate502 + rate503 + rateReset + rateErrors200;
        if (sum > 1.0 + 1e-9) {
            throw new IllegalArgumentException(
                    "fault spec: the shares of 429, 500, 502, 503, reset and errors200 add up to " + sum
                            + ", more than 1");
        }
        methods = methods == null ? Set.of() : Set.copyOf(methods);
    }

    /** No faults at all. */
    public static FaultSpec none() {
        return new FaultSpec(0, 1, 0, 0, 0, 0, 0, 0, null, Set.of(), false);
    }

    /** Parses the documented format; blank means {@link #none()}. */
    public static FaultSpec parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return none();
        }
        double r429 = 0, r500 = 0, r502 = 0, r503 = 0, reset = 0, errors200 = 0;
        int retryAfter = 1;
        long latency = 0;
        Long seed = null;
        Set<String> methods = new LinkedHashSet<>();
        boolean oauth = false;
        Set<String> seen = new LinkedHashSet<>();
        for (String part : spec.split(",")) {
            String item = part.trim();
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq <= 0 || eq == item.length() - 1) {
                throw new IllegalArgumentException(
                        "fault spec: expected key=value, got '" + item + "' (example: 429=0.2,retry-after=1,seed=42)");
            }
            String key = item.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = item.substring(eq + 1).trim();
            if (!seen.add(key)) {
                throw new IllegalArgumentException("fault spec: key '" + key + "' given twice");
            }
            switch (key) {
                case "429" -> r429 = share(key, value);
                case "500" -> r500 = share(key, value);
                case "502" -> r502 = share(key, value);
                case "503" -> r503 = share(key, value);
                case "reset" -> reset = share(key, value);
                case "errors200" -> errors200 = share(key, value);
                case "retry-after" -> retryAfter = (int) whole(key, value, Integer.MAX_VALUE);
                case "latency" -> latency = whole(key, value, 600_000);
                case "seed" -> {
                    try {
                        seed = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("fault spec: seed must be an integer, got '" + value + "'");
                    }
                }
                case "methods" -> {
                    for (String m : value.split("\\|")) {
                        String method = m.trim().toUpperCase(Locale.ROOT);
                        if (!KNOWN_METHODS.contains(method)) {
                            throw new IllegalArgumentException("fault spec: unknown HTTP method '" + m.trim()
                                    + "' in methods (use e.g. methods=POST|PUT)");
                        }
                        methods.add(method);
                    }
                }
                case "oauth" -> {
                    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                        throw new IllegalArgumentException(
                                "fault spec: oauth must be true or false, got '" + value + "'");
                    }
                    oauth = Boolean.parseBoolean(value.toLowerCase(Locale.ROOT));
                }
                default -> throw new IllegalArgumentException(
                        "fault spec: unknown key '" + key
                                + "' (known: 429, retry-after, 500, 502, 503, reset, latency, errors200, seed, methods, oauth)");
            }
        }
        return new FaultSpec(r429, retryAfter, r500, r502, r503, reset, latency, errors200, seed, methods, oauth);
    }

    /** True when this spec never changes a response. */
    public boolean isNone() {
        return rate429 == 0
                && rate500 == 0
                && rate502 == 0
                && rate503 == 0
                && rateReset == 0
                && rateErrors200 == 0
                && latencyMillis == 0;
    }

    /** Whether requests with this method may get faults. */
    public boolean appliesTo(String method) {
        return methods.isEmpty() || methods.contains(method.toUpperCase(Locale.ROOT));
    }

    private static void checkShare(String key, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("fault spec: " + key + " must be a share between 0 and 1, got " + v);
        }
    }

    private static double share(String key, String value) {
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fault spec: " + key + " must be a share between 0 and 1 (e.g. " + key
                    + "=0.1), got '" + value + "'");
        }
        checkShare(key, v);
        return v;
    }

    private static long whole(String key, String value, long max) {
        long v;
        try {
            v = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fault spec: " + key + " must be a whole number, got '" + value + "'");
        }
        if (v < 0 || v > max) {
            throw new IllegalArgumentException("fault spec: " + key + " must be between 0 and " + max + ", got " + v);
        }
        return v;
    }
}
