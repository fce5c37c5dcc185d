package dev.fbcli.cli.auth.store;

import dev.fbcli.cli.CliException;

/**
 * A credential store failed: a file that may not be read, a keychain that refused a write. The
 * message is one sentence for the user and never contains a secret; {@link #hint()} is the next
 * step, if there is one. A cause is attached only when its own text cannot contain a secret
 * (keychain library errors name the service and key, never the secret; JSON parser errors are
 * never attached because they may quote the file).
 */
public class CredentialStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String hint;

    public CredentialStoreException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    /** A next step for the user, or null. */
    public String hint() {
        return hint;
    }

    /** The same failure as the CLI reports it: exit code 1, this message and hint. */
    public CliException toCliException() {
        return new CliException.Failure(getMessage(), hint, this);
    }
}
