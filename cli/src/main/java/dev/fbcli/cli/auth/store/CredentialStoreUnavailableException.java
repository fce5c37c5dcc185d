package dev.fbcli.cli.auth.store;

/**
 * No keychain answered: no D-Bus session, no Secret Service, a locked keyring, or one that did not
 * answer in time. Its message is one sentence, {@code no keychain answered: <reason>}, and its hint
 * offers the opt-in file store. {@code fb} never falls back to the file store by itself.
 */
public final class CredentialStoreUnavailableException extends CredentialStoreException {
    private static final long serialVersionUID = 1L;

    /** The hint every "no keychain" error carries. */
    public static final String FILE_STORE_HINT = "to keep secrets in a file only you can read instead, set "
            + "FB_CREDENTIAL_STORE=file or run `fb auth login --store file` (see docs/credentials.md)";

    private final String reason;

    public CredentialStoreUnavailableException(String reason, Throwable cause) {
        super("no keychain answered: " + reason, FILE_STORE_HINT, cause);
        this.reason = reason;
    }

    /** Why, in a few words: "there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set)". */
    public String reason() {
        return reason;
    }
}
