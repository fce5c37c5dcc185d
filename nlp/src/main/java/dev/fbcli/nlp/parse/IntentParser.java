package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;

/**
 * The port every parser tier implements (rules, embedding, LLM): a phrase in, a {@link Frame}
 * out. Implementations never throw for any input text and never return null: what they do not
 * understand is an {@code unknown} frame.
 */
public interface IntentParser {
    Frame parse(String input, ParseContext ctx);
}
