package dev.fbcli.cli.action;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.nlp.intent.Intent;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs a hand-built {@link Intent} through the real pipeline against the sandbox, as a phrase would
 * once the parser produces it: the same session, plan card, confirmation, action and journal as
 * {@code fb --sandbox '…'}, with its own FB_HOME. The parser is left out on purpose.
 */
final class IntentRun {
    private IntentRun() {}

    /** What the run printed, and the {@link CliException} it ended with (null when it went through). */
    record Outcome(String out, String err, CliException failure) {
        int exitCode() {
            return failure == null ? 0 : failure.exitCode().code();
        }
    }

    /** A script ({@code --yes}, no terminal). */
    static Outcome script(Path home, Clock clock, Intent intent) {
        return run(home, clock, intent, true, false, "");
    }

    /** A person at a terminal typing {@code input} (no {@code --yes}). */
    static Outcome typing(Path home, Clock clock, Intent intent, String input) {
        return run(home, clock, intent, false, true, input);
    }

    private static Outcome run(Path home, Clock clock, Intent intent, boolean yes, boolean terminal, String input) {
        Map<String, String> env = new HashMap<>();
        env.put("FB_HOME", home.toString());
        env.put("NO_COLOR", "1");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppContext ctx = new AppContext(
                env,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                terminal,
                clock);
        ctx.options().sandbox = true;
        ctx.options().yes = yes;
        CliException failure = null;
        try {
            ctx.session().pipeline().run(intent, true);
        } catch (CliException e) {
            failure = e;
            err.write("fb: " + e.getMessage() + (e.hint() == null ? "" : "\n  " + e.hint()) + "\n");
        } finally {
            ctx.closeSession();
        }
        return new Outcome(out.toString(), err.toString(), failure);
    }
}
