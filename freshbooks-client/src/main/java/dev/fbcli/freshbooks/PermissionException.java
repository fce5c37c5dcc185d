package dev.fbcli.freshbooks;

import java.util.List;

/**
 * 403 (or a gating errno such as 1003/12001 with HTTP 200): the token lacks a scope
 * ({@link #insufficientScope()}), or the identity's role or plan does not allow the action.
 */
public final class PermissionException extends ApiErrorException {
    public PermissionException(int status, String method, String path, List<ApiError> errors) {
        super(status, method, path, errors);
    }

    /** True when FreshBooks said {@code insufficient_scope}: re-run the authorize flow with more scopes. */
    public boolean insufficientScope() {
        String m = apiMessage();
        return m != null && m.startsWith("insufficient_scope");
    }
}
