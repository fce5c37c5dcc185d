package dev.fbcli.freshbooks.http;

/**
 * The one seam between the resource classes and the network. {@link ApacheRequestExecutor} is the
 * real implementation; tests of callers may implement it by hand (record the requests, serve fixtures).
 */
public interface RequestExecutor extends AutoCloseable {

    /**
     * Sends {@code request} (with retries as the policy allows) and returns the successful answer.
     *
     * @throws dev.fbcli.freshbooks.FreshBooksException for every failure, typed
     */
    ApiResponse execute(ApiRequest request);

    @Override
    default void close() {}
}
