package dev.fbcli.freshbooks;

import java.util.List;

/** 400/422 or a validation errno: the request was refused and nothing was changed. */
public final class ValidationException extends ApiErrorException {
    public ValidationException(int status, String method, String path, List<ApiError> errors) {
        super(status, method, path, errors);
    }
}
