package dev.fbcli.cli.auth;

import dev.fbcli.cli.AppContext;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Opens the authorize URL in the user's browser, where there is one: {@code open} on macOS,
 * {@code rundll32 url.dll,FileProtocolHandler} on Windows, {@code xdg-open} elsewhere when a
 * display ({@code DISPLAY} or {@code WAYLAND_DISPLAY}) is there. The URL is the only argument, and
 * it holds nothing secret (client id, redirect URI, state, scopes). The child gets fb's
 * environment without anything that looks like a credential ({@code FRESHBOOKS_TOKEN},
 * {@code *_TOKEN}, {@code *SECRET*}, {@code *PASSWORD*}, {@code *API_KEY*}); its output is
 * discarded and fb does not wait for it.
 */
final class Browser {
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(TOKEN|SECRET|PASSW|API_?KEY|CREDENTIAL).*");

    private Browser() {}

    /** True when a browser was started for {@code url}. */
    static boolean open(AppContext ctx, String url) {
        List<String> cmd = command(ctx.env(), System.getProperty("os.name", ""));
        if (cmd == null) {
            return false;
        }
        cmd.add(url);
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.clear();
        ctx.env().forEach((k, v) -> {
            if (!SECRET_NAME.matcher(k).matches()) {
                env.put(k, v);
            }
        });
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // the URL is printed anyway
        }
    }

    /** The program (and fixed arguments) that opens a URL here, or null when there is none. */
    static List<String> command(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return new ArrayList<>(List.of("rundll32", "url.dll,FileProtocolHandler"));
        }
        if (os.startsWith("mac")) {
            Path open = onPath(env, "open");
            return open == null ? null : new ArrayList<>(List.of(open.toString()));
        }
        if (blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            return null; // no graphical session: over SSH, in a container, in CI
        }
        Path xdg = onPath(env, "xdg-open");
        return xdg == null ? null : new ArrayList<>(List.of(xdg.toString()));
    }

    private static Path onPath(Map<String, String> env, String program) {
        String path = env.get("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, program);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
