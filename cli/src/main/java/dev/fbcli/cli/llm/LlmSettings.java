package dev.fbcli.cli.llm;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.auth.store.CredentialStore;
import dev.fbcli.cli.auth.store.CredentialStores;
import dev.fbcli.cli.config.Config;
import dev.fbcli.nlp.llm.LlmConfig;
import dev.fbcli.nlp.llm.LlmProvider;
import dev.fbcli.nlp.llm.OutputMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LLM tier's settings (docs/llm.md): {@code llm.provider}, {@code llm.model},
 * {@code llm.base_url}, {@code llm.timeout} and {@code llm.output} from {@code config.json}, each
 * overridden by its {@code FB_LLM_*} variable ({@link Config}). No provider, no LLM: nothing is
 * sent anywhere, and no LangChain4j class is loaded.
 *
 * <p>The API key is read only when the LLM is first needed: the provider's usual variable
 * ({@code OPENAI_API_KEY}, {@code ANTHROPIC_API_KEY}, {@code GEMINI_API_KEY} or
 * {@code GOOGLE_API_KEY}) first, else the credential store under {@code llm/<provider>}
 * ({@code fb config llm-key <provider>} puts it there). A key is never read from {@code config.json}.
 */
public final class LlmSettings {
    public static final String DOCS = "docs/llm.md";
    /** The credential-store key of a provider's API key. */
    public static String keyName(LlmProvider p) {
        return "llm/" + p.id();
    }

    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*(ms|s|m)?");

    private final LlmProvider provider;
    private final String model;
    private final String baseUrl;
    private final Duration timeout;
    private final OutputMode output;

    private LlmSettings(LlmProvider provider, String model, String baseUrl, Duration timeout, OutputMode output) {
        this.provider = provider;
        this.model = model;
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.output = output;
    }

    /** The settings in {@code config}; a value that is set but wrong is a usage error naming it. */
    public static LlmSettings from(Config config) {
        if (config.fileValues().containsKey("llm.api_key")
                || config.get("llm.api_key").isPresent()) {
            throw new CliException.Usage(
                    "an LLM API key is not a setting: remove llm.api_key",
                    "put the key in the credential store with `fb config llm-key <provider>`, or in the provider's"
                            + " variable (OPENAI_API_KEY, ...); see " + DOCS);
        }
        Optional<String> name = config.get("llm.provider");
        if (name.isEmpty() || name.get().equalsIgnoreCase("none") || name.get().equalsIgnoreCase("off")) {
            return new LlmSettings(null, null, null, null, null);
        }
        LlmProvider p = LlmProvider.fromId(name.get());
        if (p == null) {
            throw new CliException.Usage(
                    where(config, "llm.provider") + " is \"" + name.get() + "\", which is not a provider",
                    "use one of " + LlmProvider.names() + " (or none); see " + DOCS);
        }
        String out = config.get("llm.output").orElse(null);
        OutputMode mode = out == null ? null : OutputMode.fromId(out);
        if (out != null && mode == null) {
            throw new CliException.Usage(
                    where(config, "llm.output") + " is \"" + out + "\"", "use schema, tool or prompt; see " + DOCS);
        }
        String base = config.get("llm.base_url").orElse(null);
        if (base != null && !base.startsWith("http://") && !base.startsWith("https://")) {
            throw new CliException.Usage(
                    where(config, "llm.base_url") + " must start with http:// or https://",
                    "for example http://localhost:11434/v1 for Ollama");
        }
        if (base != null && base.startsWith("http://") && !dev.fbcli.nlp.llm.LlmConfig.loopback(base)) {
            throw new CliException.Usage(
                    where(config, "llm.base_url") + " is plain http:// to another machine: the API key and your"
                            + " account's names would travel in clear",
                    "use https://, or http:// only to this machine (localhost, 127.0.0.1, [::1])");
        }
        return new LlmSettings(p, config.get("llm.model").orElse(null), base, timeout(config), mode);
    }

    private static Duration timeout(Config config) {
        String t = config.get("llm.timeout").orElse(null);
        if (t == null) {
            return null;
        }
        Matcher m = DURATION.matcher(t.strip().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            Duration d = unit.equals("ms")
                    ? Duration.ofMillis(n)
                    : unit.equals("m") ? Duration.ofMinutes(n) : Duration.ofSeconds(n);
            if (!d.isZero()) {
                return d;
            }
        }
        throw new CliException.Usage(
                where(config, "llm.timeout") + " is \"" + t + "\", which is not a time limit",
                "write seconds (30, 30s), minutes (2m) or milliseconds (1500ms)");
    }

    private static String where(Config config, String key) {
        String env = Config.envName(key);
        return config.get(key).isPresent() && !config.fileValues().containsKey(key) ? env : key + " in config.json";
    }

    /** Whether a provider is configured; without one the LLM tier does not exist. */
    public boolean configured() {
        return provider != null;
    }

    public LlmProvider provider() {
        return provider;
    }

    /**
     * The full config, with the API key (read now: the provider's variable, else the credential store).
     *
     * @throws CliException.Usage when no provider is configured, or it needs a key and none is found
     */
    public LlmConfig resolve(AppContext ctx) {
        if (provider == null) {
            throw notConfigured();
        }
        String key = null;
        for (String v : provider.keyEnvVars()) {
            String k = ctx.env(v);
            if (key == null && k != null && !k.isBlank()) {
                key = k.strip();
            }
        }
        String storeProblem = null;
        if (key == null) {
            try (CredentialStore store = CredentialStores.open(ctx.env(), ctx.paths())) {
                key = store.get(keyName(provider)).orElse(null);
            } catch (RuntimeException e) {
                storeProblem = e.getMessage();
            }
        }
        LlmConfig c = new LlmConfig(provider, model, baseUrl, timeout, output, key);
        if (c.apiKey() == null && !provider.keyOptional(c.baseUrl())) {
            String vars = String.join(" or ", provider.keyEnvVars());
            throw new CliException.Usage(
                    "no API key for " + provider.id()
                            + (storeProblem == null
                                    ? ""
                                    : " (the credential store could not be read: " + storeProblem + ")"),
                    "run `fb config llm-key " + provider.id() + "`, or set " + vars + "; see " + DOCS);
        }
        return c;
    }

    /** The error for {@code --parser llm} without a provider. */
    public static CliException notConfigured() {
        return new CliException.Usage(
                "no LLM provider is configured; see " + DOCS,
                "set llm.provider in config.json or FB_LLM_PROVIDER (openai, ollama, anthropic or gemini),"
                        + " or use --parser rules");
    }
}
