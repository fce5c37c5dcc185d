package dev.fbcli.nlp.parse;

/** A value found in a text, with the characters it came from: {@code [start, end)}. */
public record Span<T>(int start, int end, T value) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
