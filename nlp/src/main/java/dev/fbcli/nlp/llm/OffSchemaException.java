package dev.fbcli.nlp.llm;

/**
 * The model's answer is not a frame: not JSON, not an object, an unknown field or intent, a value
 * of the wrong type, or values no intent can hold. The message says what, briefly, and is sent
 * back to the model on the one retry; it never quotes more than a field name or a short value.
 */
public final class OffSchemaException extends RuntimeException {
    public OffSchemaException(String message) {
        super(message);
    }
}
