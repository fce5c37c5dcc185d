package dev.fbcli.freshbooks;

import java.util.List;

/** 401 (or an OAuth error body): the token is missing, expired or revoked, or the OAuth client is not recognised. */
public final class AuthenticationException extends ApiErrorException {
    public AuthenticationException(int status, String method, String path, List<ApiError> errors) {
        super(status, method, path, errors);
    }
}
