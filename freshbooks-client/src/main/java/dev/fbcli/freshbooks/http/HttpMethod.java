package dev.fbcli.freshbooks.http;

/** The HTTP methods the FreshBooks API uses. */
public enum HttpMethod {
    GET,
    POST,
    PUT,
    DELETE;

    /** Whether repeating the request has the same effect as sending it once (POST does not). */
    public boolean idempotentByDefault() {
        return this != POST;
    }
}
