package dev.fbcli.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** Runs the real command line in-process with captured streams and its own FB_HOME. */
public final class CliRunner {
    private final Map<String, String> env = new HashMap<>();
    private String stdin = "";
    private boolean interactive;
    private Clock clock = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("America/Toronto"));

    public CliRunner(Path fbHome) {
        env.put("FB_HOME", fbHome.toString());
        env.put("NO_COLOR", "1");
    }

    public CliRunner env(String key, String value) {
        env.put(key, value);
        return this;
    }

    public CliRunner stdin(String text) {
        this.stdin = text;
        return this;
    }

    public CliRunner interactive(boolean on) {
        this.interactive = on;
        return this;
    }

    public CliRunner clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    public Clock clock() {
        return clock;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppContext ctx = new AppContext(
                env,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                interactive,
                clock);
        int code = new Main(ctx).run(args);
        return new Result(code, out.toString(), err.toString());
    }

    public record Result(int exitCode, String out, String err) {}
}
