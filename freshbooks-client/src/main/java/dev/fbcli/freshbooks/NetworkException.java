package dev.fbcli.freshbooks;

/**
 * No usable answer and nothing was applied: DNS failure, connection refused or timed out while
 * connecting, or the retries of an idempotent request were used up on connection failures.
 */
public final class NetworkException extends FreshBooksException {
    private final String method;
    private final String path;

    public NetworkException(String method, String path, String message, Throwable cause) {
        super(method + " " + path + ": " + message, cause);
        this.method = method;
        this.path = path;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }
}
