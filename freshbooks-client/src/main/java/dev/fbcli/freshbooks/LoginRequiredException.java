package dev.fbcli.freshbooks;

/**
 * There are no usable credentials: nothing stored, or FreshBooks rejected the refresh token
 * ({@code invalid_grant}: refresh tokens are single-use and rotate). The user must log in again.
 */
public final class LoginRequiredException extends FreshBooksException {
    public LoginRequiredException(String message) {
        super(message);
    }

    public LoginRequiredException(String message, Throwable cause) {
        super(message, cause);
    }
}
