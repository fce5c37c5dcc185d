package dev.fbcli.freshbooks;

/** A successful status with a body that is not the JSON the API documents (e.g. an HTML page). */
public final class ResponseFormatException extends FreshBooksException {
    public ResponseFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
