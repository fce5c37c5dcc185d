package dev.fbcli.freshbooks.testing;

import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.http.ApiResponse;
import dev.fbcli.freshbooks.http.HttpMethod;
import dev.fbcli.freshbooks.http.RequestExecutor;
import dev.fbcli.freshbooks.http.Wire;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A fake at our own port: serves stubbed bodies in order, checks each request's method and path,
 * records every request, and fails {@link #verify()} when a stub was not used (like gh's Registry.Verify).
 */
public final class FakeRequestExecutor implements RequestExecutor {
    private record Stub(HttpMethod method, String path, int status, String body) {}

    private final Deque<Stub> stubs = new ArrayDeque<>();
    private final List<ApiRequest> requests = new ArrayList<>();

    public FakeRequestExecutor on(HttpMethod method, String path, String body) {
        stubs.add(new Stub(method, path, 200, body));
        return this;
    }

    public FakeRequestExecutor onFixture(HttpMethod method, String path, String fixture) {
        return on(method, path, Fixtures.read(fixture));
    }

    @Override
    public ApiResponse execute(ApiRequest request) {
        requests.add(request);
        Stub s = stubs.poll();
        if (s == null) throw new AssertionError("unexpected request " + request);
        if (s.method() != request.method() || !s.path().equals(request.path())) {
            throw new AssertionError("expected " + s.method() + " " + s.path() + " but got " + request);
        }
        return new ApiResponse(s.status(), s.body().isBlank() ? null : Wire.parse(s.body()), 0);
    }

    public List<ApiRequest> requests() {
        return List.copyOf(requests);
    }

    public ApiRequest last() {
        return requests.get(requests.size() - 1);
    }

    public void verify() {
        if (!stubs.isEmpty()) throw new AssertionError("unused stubs: " + stubs);
    }
}
