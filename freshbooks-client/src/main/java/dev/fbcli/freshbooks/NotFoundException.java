package dev.fbcli.freshbooks;

import java.util.List;

/** 404, or errno 1012/1011 (unknown or deleted resource). A wrong account/business id also yields a bare 404. */
public final class NotFoundException extends ApiErrorException {
    public NotFoundException(int status, String method, String path, List<ApiError> errors) {
        super(status, method, path, errors);
    }
}
