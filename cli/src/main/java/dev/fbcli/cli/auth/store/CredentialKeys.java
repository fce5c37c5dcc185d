package dev.fbcli.cli.auth.store;

import java.util.regex.Pattern;

/** Checks credential keys and secrets before any store sees them. */
public final class CredentialKeys {
    /** Longest key accepted; keychains limit the account name length, and no real key is near it. */
    public static final int MAX_KEY_LENGTH = 128;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]*(/[A-Za-z0-9._@-]+)*");

    private CredentialKeys() {}

    /** Returns {@code key} when it is a valid key, else throws with a message that names it. */
    public static String requireValidKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("a credential key must not be empty");
        }
        if (key.length() > MAX_KEY_LENGTH || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a valid credential key: \"" + key
                    + "\" (letters, digits, . _ @ - in segments joined by /, at most " + MAX_KEY_LENGTH
                    + " characters)");
        }
        return key;
    }

    /** Checks that {@code secret} is something to store; the message never contains the secret. */
    public static String requireSecret(String key, String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("refusing to store an empty secret under " + key);
        }
        return secret;
    }
}
