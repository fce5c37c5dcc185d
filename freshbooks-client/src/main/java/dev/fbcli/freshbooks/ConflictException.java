package dev.fbcli.freshbooks;

import java.util.List;

/** 409: another request was modifying the same resource; nothing was changed. */
public final class ConflictException extends ApiErrorException {
    public ConflictException(int status, String method, String path, List<ApiError> errors) {
        super(status, method, path, errors);
    }
}
