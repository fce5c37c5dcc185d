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

    /**
     * How many pages of one list may be requested at once ({@link dev.fbcli.freshbooks.model.Paged}).
     * 1, one page after another, unless the executor is safe to call from several threads.
     */
    default int pageReaders() {
        return 1;
    }

    @Override
    default void close() {}
}
