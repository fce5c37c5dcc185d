package dev.fbcli.nlp.intent;

/**
 * A word of the phrase read as another: {@code from} as typed ("tomorow"), {@code to} as read
 * ("tomorrow"). Frames carry them so the plan card can say what was corrected.
 */
public record Correction(String from, String to) {
    public Correction {
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new IllegalArgumentException("a correction needs the word as typed and as read");
        }
        from = from.strip();
        to = to.strip();
        if (from.length() > 80 || to.length() > 80) {
            throw new IllegalArgumentException(
                    "a correction is one or two words, not " + from.length() + " characters");
        }
    }

    /** "read 'tomorow' as tomorrow". */
    public String describe() {
        return "read '" + from + "' as " + to;
    }
}
