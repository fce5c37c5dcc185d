package dev.fbcli.nlp.llm;

/**
 * A model call that did not give an answer. The message is for people and never holds a secret, a
 * prompt or a provider's response body (which may echo part of a key).
 */
public final class LlmException extends RuntimeException {
    /** What went wrong, which decides whether a second try makes sense. */
    public enum Kind {
        /** No answer within the time limit. */
        TIMEOUT(false),
        /** 429: too many requests, or out of quota. */
        RATE_LIMITED(true),
        /** 5xx: the provider failed. */
        SERVER(true),
        /** 401/403: the key is missing, wrong or not allowed. */
        AUTH(false),
        /** 404: no such model (or a wrong base URL). */
        NOT_FOUND(false),
        /** Another 4xx: the provider refused the request. */
        REJECTED(false),
        /** No connection (nothing listening, no such host). */
        UNREACHABLE(false),
        /** An answer with no frame in it (no text, no tool call). */
        EMPTY(true),
        /** Anything else. */
        OTHER(false);

        private final boolean retriable;

        Kind(boolean retriable) {
            this.retriable = retriable;
        }

        public boolean retriable() {
            return retriable;
        }
    }

    private final Kind kind;

    public LlmException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
