package dev.fbcli.cli.mcp;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plans a write tool returned and that may still be confirmed: each has an unguessable id, the
 * tool and arguments that made it, what it would do (its fingerprint), and a deadline. A plan is
 * confirmed at most once: once applied, a repeated confirmation gets the same answer back and
 * writes nothing (an agent that lost the answer may safely ask again). In memory: plans do not
 * outlive the server.
 */
final class PlanStore {
    /** How long a plan may be confirmed. */
    static final Duration TTL = Duration.ofMinutes(10);

    /** How long an applied plan's answer is kept for a repeated confirmation. */
    static final Duration KEEP_DONE = Duration.ofHours(1);

    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    enum State {
        /** Waiting for its confirmation. */
        PENDING,
        /** Carried out; {@link Stored#result} is the answer. */
        APPLIED,
        /** A write was sent and its outcome is unknown: never sent again from this plan. */
        UNKNOWN,
        /** Declined by the user (elicitation). */
        CANCELLED
    }

    /**
     * One plan. {@code what} is what confirming it does (an intent to prepare again, a follow-up plan,
     * or an undo); {@code args} are the tool arguments it was made from (without {@code plan_id}).
     */
    static final class Stored {
        final String id;
        final String tool;
        final Map<String, Object> args;
        final Object what;
        final String fingerprint;
        final String typeToConfirm;
        final Instant created;
        final Instant expires;
        State state = State.PENDING;
        Instant doneAt;
        FbTools.Answer result;

        Stored(
                String id,
                String tool,
                Map<String, Object> args,
                Object what,
                String fingerprint,
                String typeToConfirm,
                Instant created) {
            this.id = id;
            this.tool = tool;
            this.args = args;
            this.what = what;
            this.fingerprint = fingerprint;
            this.typeToConfirm = typeToConfirm;
            this.created = created;
            this.expires = created.plus(TTL);
        }
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Stored> plans = new LinkedHashMap<>();

    PlanStore(Clock clock) {
        this.clock = clock;
    }

    Stored add(String tool, Map<String, Object> args, Object what, String fingerprint, String typeToConfirm) {
        prune();
        String id;
        do {
            id = newId();
        } while (plans.containsKey(id));
        Stored s = new Stored(id, tool, Map.copyOf(args), what, fingerprint, typeToConfirm, Instant.now(clock));
        plans.put(id, s);
        return s;
    }

    /** The plan {@code id}, or null when there is none (never made, or forgotten long after it expired). */
    Stored get(String id) {
        prune();
        return plans.get(id);
    }

    boolean expired(Stored s) {
        return s.state == State.PENDING && !Instant.now(clock).isBefore(s.expires);
    }

    void applied(Stored s, FbTools.Answer result) {
        s.state = State.APPLIED;
        s.result = result;
        s.doneAt = Instant.now(clock);
    }

    Instant now() {
        return Instant.now(clock);
    }

    private void prune() {
        Instant now = Instant.now(clock);
        for (Iterator<Stored> it = plans.values().iterator(); it.hasNext(); ) {
            Stored s = it.next();
            Instant until = s.doneAt != null ? s.doneAt.plus(KEEP_DONE) : s.expires.plus(KEEP_DONE);
            if (now.isAfter(until)) {
                it.remove();
            }
        }
    }

    private String newId() {
        StringBuilder sb = new StringBuilder("plan-");
        for (int i = 0; i < 12; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
