package dev.fbcli.freshbooks.http;

/**
 * The debug trace ({@code fb --debug} / {@code FB_DEBUG=api}): called once per HTTP attempt. It carries
 * the path without query string and never a header, token or body.
 */
@FunctionalInterface
public interface ApiTrace {

    void onCall(Call call);

    /** Does nothing. */
    ApiTrace NONE = call -> {};

    /**
     * @param status HTTP status, or 0 when no response arrived
     * @param millis time spent on this attempt
     * @param retry 0 for the first attempt, 1 for the first retry, ...
     * @param outcome {@code ok}, {@code http-error}, {@code retrying}, or the I/O failure's class name
     */
    record Call(String method, String path, int status, long millis, int retry, String outcome) {
        /** The one-line form also logged at DEBUG. */
        public String line() {
            return method + " " + path + " " + (status == 0 ? "---" : String.valueOf(status)) + " " + millis
                    + "ms retry=" + retry + " " + outcome;
        }
    }
}
