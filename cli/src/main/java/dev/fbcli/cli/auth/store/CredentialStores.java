package dev.fbcli.cli.auth.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.config.AppPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Chooses and opens the credential store. Precedence, as for every setting: the {@code --store}
 * flag of {@code fb auth login} &gt; {@code FB_CREDENTIAL_STORE} &gt; {@code credentials.store} in
 * {@code config.json} &gt; {@code keychain}. When the keychain is chosen and does not answer, this
 * throws {@link CredentialStoreUnavailableException} (one sentence, with a hint that offers the
 * file store): it never falls back to the file by itself.
 */
public final class CredentialStores {
    /** The environment variable that chooses the store: {@code keychain} or {@code file}. */
    public static final String ENV_VAR = "FB_CREDENTIAL_STORE";
    /** The {@code config.json} key that chooses the store, when the environment does not. */
    public static final String CONFIG_KEY = "credentials.store";

    /** Where secrets go. */
    public enum Choice {
        KEYCHAIN,
        FILE;

        /** {@code keychain} or {@code file}, as typed in flags, the environment and config. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Reads {@code keychain} or {@code file} (any case); else a usage error naming {@code source}. */
        public static Choice parse(String value, String source) {
            String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
            for (Choice c : values()) {
                if (c.word().equals(v)) {
                    return c;
                }
            }
            throw new CliException.Usage(
                    source + " is \"" + value + "\", which is not a credential store",
                    "use keychain (the default) or file");
        }
    }

    /** The choice and what made it, for {@code fb auth status}: "FB_CREDENTIAL_STORE". */
    public record Decision(Choice choice, String source) {}

    private CredentialStores() {}

    /** Opens the store the environment and {@code config.json} choose (no flag). */
    public static CredentialStore open(Map<String, String> env, AppPaths paths) {
        return open(env, paths, null);
    }

    /**
     * Opens the chosen store.
     *
     * @param flag the {@code --store} flag of {@code fb auth login}, or null when not given
     * @throws CredentialStoreUnavailableException when the keychain is chosen and no keychain answers
     * @throws CliException.Usage when {@code FB_CREDENTIAL_STORE} or {@code credentials.store} is not
     *     {@code keychain} or {@code file}
     * @throws CredentialStoreException when {@code config.json} cannot be read
     */
    public static CredentialStore open(Map<String, String> env, AppPaths paths, Choice flag) {
        return open(env, paths, flag, e -> KeyringCredentialStore.open(env, paths));
    }

    /** As above, with the keychain opener given (tests). */
    static CredentialStore open(
            Map<String, String> env,
            AppPaths paths,
            Choice flag,
            Function<Map<String, String>, CredentialStore> keychain) {
        Decision d = decide(env, paths, flag);
        if (d.choice() == Choice.FILE) {
            return FileCredentialStore.in(paths);
        }
        return keychain.apply(env);
    }

    /** Which store, and why; reads {@code config.json} only when neither flag nor environment decides. */
    public static Decision decide(Map<String, String> env, AppPaths paths, Choice flag) {
        if (flag != null) {
            return new Decision(flag, "--store");
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Decision(Choice.parse(fromEnv, ENV_VAR), ENV_VAR);
        }
        String fromConfig = readConfigChoice(paths.configFile());
        if (fromConfig != null) {
            return new Decision(Choice.parse(fromConfig, CONFIG_KEY + " in " + paths.configFile()), CONFIG_KEY);
        }
        return new Decision(Choice.KEYCHAIN, "default");
    }

    /**
     * The {@code credentials.store} value of {@code config.json}, as {@code {"credentials":
     * {"store": "file"}}} or the flat {@code {"credentials.store": "file"}}; null when absent.
     *
     * <p>TODO(lead): read this through the ConfigLoader once it exists; this minimal reader only
     * looks at this one key.
     */
    static String readConfigChoice(Path configFile) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(configFile);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new CredentialStoreException(
                    "cannot read " + configFile + ": " + CredentialFiles.describe(e), null, e);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new CredentialStoreException(
                    configFile + " is not valid JSON"
                            + (e.getLocation() == null
                                    ? ""
                                    : " (line " + e.getLocation().getLineNr() + ", column "
                                            + e.getLocation().getColumnNr() + ")"),
                    "fix it or remove it",
                    null);
        } catch (IOException e) {
            throw new CredentialStoreException(configFile + " is not valid JSON", "fix it or remove it", null);
        }
        if (root == null || root.isMissingNode()) {
            return null; // empty file
        }
        if (!root.isObject()) {
            throw new CredentialStoreException(configFile + " is not a JSON object", "fix it or remove it", null);
        }
        JsonNode value = root.path("credentials").path("store");
        if (value.isMissingNode()) {
            value = root.path(CONFIG_KEY);
        }
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new CliException.Usage(
                    CONFIG_KEY + " in " + configFile + " must be a string", "use \"keychain\" or \"file\"");
        }
        return value.textValue();
    }
}
