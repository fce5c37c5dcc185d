package dev.fbcli.freshbooks;

import java.util.Map;

/**
 * A non-idempotent write (a POST, or a PUT that triggers an action such as sending an email) timed
 * out, lost its connection, or got a 5xx: FreshBooks may or may not have applied it, so the client did
 * not send it again. {@link #identifyingFields()} holds what the caller can search for (e.g. the time
 * entry's {@code started_at} and {@code project_id}, the client's email) before trying again.
 */
public final class OutcomeUnknownException extends FreshBooksException {
    private final String method;
    private final String path;
    private final Map<String, String> identifyingFields;

    public OutcomeUnknownException(
            String method, String path, Map<String, String> identifyingFields, String reason, Throwable cause) {
        super(
                "outcome unknown: " + method + " " + path + " " + reason
                        + "; it may or may not have been applied, and was not re-sent."
                        + (identifyingFields.isEmpty() ? "" : " Look for a record with " + identifyingFields)
                        + " before trying again.",
                cause);
        this.method = method;
        this.path = path;
        this.identifyingFields = Map.copyOf(identifyingFields);
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public Map<String, String> identifyingFields() {
        return identifyingFields;
    }
}
