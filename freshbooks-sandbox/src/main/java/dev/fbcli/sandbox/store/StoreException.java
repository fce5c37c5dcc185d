package dev.fbcli.sandbox.store;

/** The database failed (locked for too long, disk full, corrupt file). */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
