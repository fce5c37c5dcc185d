package dev.fbcli.cli.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line into words the way a POSIX shell would, without expanding anything: single quotes
 * keep everything literally, double quotes keep spaces and honour {@code \"}, {@code \\} and
 * {@code \$}, a backslash outside quotes escapes the next character. {@code $} is an ordinary
 * character here, so {@code invoice Acme $500} needs no quotes in the shell or a batch file.
 */
public final class ShellWords {
    private ShellWords() {}

    /** The words of {@code line}; a quote left open is an {@link IllegalArgumentException} that says which. */
    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("a single quote (') is not closed");
                }
                w.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char d = line.charAt(i);
                    if (d == '"') {
                        closed = true;
                        i++;
                        break;
                    }
                    if (d == '\\' && i + 1 < n && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                        w.append(line.charAt(i + 1));
                        i += 2;
                        continue;
                    }
                    w.append(d);
                    i++;
                }
                if (!closed) {
                    throw new IllegalArgumentException("a double quote (\") is not closed");
                }
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 < n) {
                    w.append(line.charAt(i + 1));
                }
                inWord = true;
                i += 2;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
                i++;
            } else {
                w.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }

    /** The words of a line as typed at {@code fb>} or in a batch file: a leading {@code fb} is dropped. */
    public static List<String> command(String line) {
        List<String> words = split(line);
        if (!words.isEmpty() && words.get(0).equals("fb")) {
            return words.subList(1, words.size());
        }
        return words;
    }
}
