package dev.fbcli.cli.once;

import dev.fbcli.cli.CliException;

/** Which failures may pass on their own, so that a read (or a refused write) is worth trying again. */
public final class Failures {
    private Failures() {}

    /**
     * True for the network, 429 (refused, nothing applied), 409 (another request was changing the
     * same record), 5xx, and an error inside an HTTP 200 answer (FreshBooks' accounting API answers
     * some failures that way; one that persists after retries is permanent and reported as it is).
     */
    public static boolean passing(CliException e) {
        if (e instanceof CliException.Network) {
            return true;
        }
        if (e instanceof CliException.Api a) {
            int s = a.status();
            return s == 429 || s == 409 || s >= 500 || (s >= 200 && s < 300);
        }
        return false;
    }
}
