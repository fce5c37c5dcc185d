package dev.fbcli.nlp.parse;

/** A value found in a text, with the characters it came from: {@code [start, end)}. */
public record Span<T>(int start, int end, T value) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** Leftmost first, then longest first; an explicit class rather than a lambda (start-up time). */
    @SuppressWarnings("rawtypes")
    static final java.util.Comparator<Span> LEFTMOST_LONGEST = new java.util.Comparator<Span>() {
        @Override
        public int compare(Span a, Span b) {
            return a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end);
        }
    };

    /** Sorts {@code found} leftmost-longest and keeps the spans that do not overlap an earlier one. */
    static <T> java.util.List<Span<T>> leftmostLongest(java.util.List<Span<T>> found) {
        found.sort(LEFTMOST_LONGEST);
        java.util.List<Span<T>> out = new java.util.ArrayList<>();
        int end = -1;
        for (Span<T> f : found) {
            if (f.start() >= end) {
                out.add(f);
                end = f.end();
            }
        }
        return out;
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
