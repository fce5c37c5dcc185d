package dev.fbcli.freshbooks;

import dev.fbcli.freshbooks.http.ApiRequest;

/** Dry-run mode refused a write. {@link #request()} is exactly what would have been sent. */
public final class DryRunException extends FreshBooksException {
    private final transient ApiRequest request;

    public DryRunException(ApiRequest request) {
        super("dry run: would send " + request.method() + " " + request.path());
        this.request = request;
    }

    public ApiRequest request() {
        return request;
    }
}
