package dev.fbcli.completions.jline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * How the REPL's line reader sees a line. Never refuses a line (an apostrophe in "O'Brien's site"
 * is not an open quote to finish on the next line: {@code fb} splits lines itself when they run).
 * For completion it splits words like a shell, leniently; a completed name with a space is quoted
 * on a command line ({@code --client 'Acme Corp'}) and inserted as is in a phrase
 * ({@code log 2h on Acme Corp}).
 */
public final class FbLineParser implements Parser {
    private final Predicate<String> isCommand;

    /** {@code isCommand} says whether a first word is a command (else the line is a phrase). */
    public FbLineParser(Predicate<String> isCommand) {
        this.isCommand = isCommand;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int start = -1;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    cur.append(c);
                }
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (start >= 0) {
                    words.add(cur.toString());
                    spans.add(new int[] {start, i});
                    cur.setLength(0);
                    start = -1;
                }
                continue;
            }
            if (start < 0) {
                start = i;
            }
            if ((c == '\'' || c == '"') && cur.length() == 0 && i == start) {
                quote = c;
            } else {
                cur.append(c);
            }
        }
        if (start >= 0) {
            words.add(cur.toString());
            spans.add(new int[] {start, line.length()});
        }
        boolean phrase = words.isEmpty() || !isCommand.test(first(words));
        int index = -1;
        for (int w = 0; w < spans.size(); w++) {
            if (cursor >= spans.get(w)[0] && cursor <= spans.get(w)[1]) {
                index = w;
                break;
            }
        }
        int rawCursor;
        int rawLength;
        int wordCursor;
        if (index < 0) {
            // the cursor is in blank space: completion starts a new word there
            index = 0;
            while (index < spans.size() && spans.get(index)[1] < cursor) {
                index++;
            }
            words.add(index, "");
            spans.add(index, new int[] {cursor, cursor});
            rawCursor = 0;
            rawLength = 0;
            wordCursor = 0;
        } else {
            int[] s = spans.get(index);
            rawCursor = cursor - s[0];
            rawLength = s[1] - s[0];
            boolean quoted = line.charAt(s[0]) == '\'' || line.charAt(s[0]) == '"';
            wordCursor = Math.max(0, Math.min(words.get(index).length(), rawCursor - (quoted ? 1 : 0)));
        }
        return new Line(line, cursor, words, index, wordCursor, rawCursor, rawLength, phrase);
    }

    private static String first(List<String> words) {
        return words.get(0).equals("fb") && words.size() > 1 ? words.get(1) : words.get(0);
    }

    /** A parsed line, with how a completed word is written back. */
    record Line(
            String line,
            int cursor,
            List<String> words,
            int wordIndex,
            int wordCursor,
            int rawWordCursor,
            int rawWordLength,
            boolean phrase)
            implements CompletingParsedLine {
        Line {
            words = List.copyOf(words);
        }

        @Override
        public String word() {
            return words.get(wordIndex);
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            String s = candidate.toString();
            if (phrase || !s.matches(".*[\\s'\"\\\\$`].*")) {
                return s;
            }
            return "'" + s.replace("'", "'\\''") + (complete ? "'" : "");
        }
    }
}
