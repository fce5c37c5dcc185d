package dev.fbcli.sandbox.chaos;

import java.util.Random;

/** Rolls the dice of a {@link FaultSpec}, one roll per request (deterministic with a seed). */
public final class FaultInjector {

    /** What happens to one request. */
    public enum Fault {
        NONE,
        TOO_MANY_REQUESTS,
        SERVER_ERROR_500,
        BAD_GATEWAY_502,
        UNAVAILABLE_503,
        RESET,
        ERRORS_200
    }

    private final FaultSpec spec;
    private final Random random;

    public FaultInjector(FaultSpec spec) {
        this.spec = spec;
        this.random = spec.seed() == null ? new Random() : new Random(spec.seed());
    }

    public FaultSpec spec() {
        return spec;
    }

    /**
     * Picks the fault for one request.
     *
     * @param method the HTTP method
     * @param oauthEndpoint whether the request goes to the OAuth endpoints (spared unless {@code oauth=true})
     * @param accountingGet whether the request is an accounting-family GET (the only ones that can get errors200)
     */
    public Fault roll(String method, boolean oauthEndpoint, boolean accountingGet) {
        if (spec.isNone() || !spec.appliesTo(method) || (oauthEndpoint && !spec.oauth())) {
            return Fault.NONE;
        }
        double r;
        synchronized (random) {
            r = random.nextDouble();
        }
        double edge = spec.rate429();
        if (r < edge) {
            return Fault.TOO_MANY_REQUESTS;
        }
        if (r < (edge += spec.rate500())) {
            return Fault.SERVER_ERROR_500;
        }
        if (r < (edge += spec.rate502())) {
            return Fault.BAD_GATEWAY_502;
        }
        if (r < (edge += spec.rate503())) {
            return Fault.UNAVAILABLE_503;
        }
        if (r < (edge += spec.rateReset())) {
            return Fault.RESET;
        }
        if (r < edge + spec.rateErrors200()) {
            return accountingGet ? Fault.ERRORS_200 : Fault.NONE;
        }
        return Fault.NONE;
    }

    /** Sleeps for the configured latency, if any. */
    public void delay() {
        long ms = spec.latencyMillis();
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
