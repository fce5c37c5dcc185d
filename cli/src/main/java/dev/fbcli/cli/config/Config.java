package dev.fbcli.cli.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Settings, as flat dotted keys ({@code timezone}, {@code credentials.store}, {@code llm.provider},
 * {@code invoice.list.limit}). Precedence: a command-line flag &gt; the {@code FB_*} environment
 * variable ({@code FB_LLM_PROVIDER} for {@code llm.provider}) &gt; {@code config.json} &gt; the
 * built-in default.
 */
public final class Config {
    private final Map<String, String> file;
    private final Map<String, String> env;

    public Config(Map<String, String> file, Map<String, String> env) {
        this.file = new TreeMap<>(file);
        this.env = Map.copyOf(env);
    }

    public static Config empty() {
        return new Config(Map.of(), Map.of());
    }

    /** The environment variable that overrides {@code key}: {@code FB_} + upper case, dots and dashes as underscores. */
    public static String envName(String key) {
        return "FB_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public Optional<String> get(String key) {
        String v = env.get(envName(key));
        if (v != null && !v.isBlank()) {
            return Optional.of(v.strip());
        }
        return Optional.ofNullable(file.get(key)).filter(s -> !s.isBlank());
    }

    public String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    /** The keys set in {@code config.json}, sorted. */
    public Map<String, String> fileValues() {
        return Map.copyOf(file);
    }
}
