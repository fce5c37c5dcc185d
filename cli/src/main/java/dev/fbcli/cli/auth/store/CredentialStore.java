package dev.fbcli.cli.auth.store;

import java.util.Optional;

/**
 * Where {@code fb} keeps secrets: the FreshBooks token set of a profile, an OAuth client secret, an
 * LLM API key. One secret per key; keys are short names that are not secret
 * themselves and may appear in messages:
 *
 * <ul>
 *   <li>{@code freshbooks/<profile>}: the token set of a profile, one JSON blob, so that access
 *       token, refresh token and expiry rotate in one write;
 *   <li>{@code freshbooks-app/<profile>}: the OAuth client secret;
 *   <li>{@code llm/<provider>}: an LLM provider's API key.
 * </ul>
 *
 * A key is one or more segments of letters, digits, {@code . _ @ -} joined by {@code /} (see
 * {@link CredentialKeys}). Implementations never put a secret in a log line, an exception message
 * or {@code toString()}. Failures are {@link CredentialStoreException}s; a keychain that does not
 * answer is a {@link CredentialStoreUnavailableException}.
 */
public interface CredentialStore extends AutoCloseable {

    /** {@link #kind()} of the OS keychain. */
    String KEYCHAIN = "keychain";
    /** {@link #kind()} of the opt-in 0600 file. */
    String FILE = "file";
    /** {@link #kind()} of a read-only view of the environment (reserved for {@code FRESHBOOKS_TOKEN}). */
    String ENVIRONMENT = "environment";
    /** {@link #kind()} of a store that keeps nothing beyond the process (tests, the sandbox). */
    String MEMORY = "memory";

    /** The secret stored under {@code key}, or empty when there is none. */
    Optional<String> get(String key);

    /** Stores {@code secret} under {@code key}, replacing any previous one in a single write. */
    void put(String key, String secret);

    /** Removes the secret under {@code key}; removing a key that is not there does nothing. */
    void delete(String key);

    /**
     * Where the secrets live, in words, for {@code fb auth status}: "the GNOME Keyring (Secret
     * Service)", "the file /home/me/.config/fb/credentials.json (mode 0600)". Never a secret.
     */
    String describe();

    /** One of {@link #KEYCHAIN}, {@link #FILE}, {@link #ENVIRONMENT}, {@link #MEMORY}. */
    String kind();

    /** Releases connections and threads; the store is not used afterwards. */
    @Override
    default void close() {}
}
