package dev.fbcli.freshbooks;

import java.util.List;

/** 5xx on an idempotent request after the retries were used up. */
public final class ServerErrorException extends ApiErrorException {
    public ServerErrorException(int status, String method, String path, List<ApiError> errors) {
        super(status, method, path, errors);
    }
}
