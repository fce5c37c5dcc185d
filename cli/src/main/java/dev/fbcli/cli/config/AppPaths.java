package dev.fbcli.cli.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where {@code fb} keeps its files, resolved from the environment alone (pure: no I/O).
 *
 * <ul>
 *   <li>config ({@code config.json}): {@code FB_CONFIG_DIR} &gt; {@code $XDG_CONFIG_HOME/fb} &gt;
 *       {@code %APPDATA%\fb} on Windows &gt; {@code ~/.config/fb};
 *   <li>data (the sandbox database): {@code $XDG_DATA_HOME/fb} &gt; {@code ~/.local/share/fb};
 *   <li>state (history, journals, {@code debug.log}, {@code crash.log}): {@code $XDG_STATE_HOME/fb} &gt;
 *       {@code ~/.local/state/fb};
 *   <li>cache (names for resolution and completion): {@code $XDG_CACHE_HOME/fb} &gt;
 *       {@code ~/.cache/fb}.
 * </ul>
 *
 * {@code FB_HOME=DIR} moves all four at once to {@code DIR/config}, {@code DIR/data},
 * {@code DIR/state} and {@code DIR/cache}; every test uses it.
 */
public record AppPaths(Path config, Path data, Path state, Path cache) {

    public static AppPaths fromEnvironment() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    public static AppPaths resolve(Map<String, String> env, String osName, String userHome) {
        String fbHome = nonBlank(env.get("FB_HOME"));
        if (fbHome != null) {
            Path root = Path.of(fbHome).toAbsolutePath().normalize();
            return new AppPaths(
                    root.resolve("config"), root.resolve("data"), root.resolve("state"), root.resolve("cache"));
        }
        Path home = Path.of(userHome == null ? "." : userHome);
        boolean windows = osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows");

        Path config;
        if (nonBlank(env.get("FB_CONFIG_DIR")) != null) {
            config = Path.of(env.get("FB_CONFIG_DIR"));
        } else if (nonBlank(env.get("XDG_CONFIG_HOME")) != null) {
            config = Path.of(env.get("XDG_CONFIG_HOME"), "fb");
        } else if (windows && nonBlank(env.get("APPDATA")) != null) {
            config = Path.of(env.get("APPDATA"), "fb");
        } else {
            config = home.resolve(".config").resolve("fb");
        }
        Path data = xdg(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share"));
        Path state = xdg(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state"));
        Path cache = xdg(env, "XDG_CACHE_HOME", home.resolve(".cache"));
        return new AppPaths(config.toAbsolutePath().normalize(), data, state, cache);
    }

    public Path configFile() {
        return config.resolve("config.json");
    }

    /** The log of the last {@code --debug} run (rewritten by each). */
    public Path debugLog() {
        return state.resolve("debug.log");
    }

    /** Stack traces of unexpected failures, appended (never rewritten), for bug reports. */
    public Path crashLog() {
        return state.resolve("crash.log");
    }

    private static Path xdg(Map<String, String> env, String var, Path fallbackBase) {
        String v = nonBlank(env.get(var));
        Path base = v != null ? Path.of(v) : fallbackBase;
        return base.resolve("fb").toAbsolutePath().normalize();
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
