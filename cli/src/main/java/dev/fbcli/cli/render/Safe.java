package dev.fbcli.cli.render;

import java.util.Locale;

/**
 * Makes outside text (names from the account, an LLM's answer, what the user typed echoed in an
 * error, file names) visible before it reaches a terminal: C0 controls, DEL, C1 controls (ESC and
 * CSI among them, so no escape sequence can move the cursor, clear the screen or retitle the
 * window) and the bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069, which reorder what
 * is shown) are written as {@code \x1B} or {@code \u202E}. Everything else is left as it is.
 * Used by the tables, the plan card, views, messages, errors, the shell and batch progress; the
 * data formats (JSON, CSV) carry the text as it is. See docs/values.md.
 */
public final class Safe {
    private Safe() {}

    /** {@code s} with every control character made visible (newlines and tabs too); null stays null. */
    public static String text(String s) {
        return escape(s, false);
    }

    /** Text of several lines: newlines and tabs kept, every other control character made visible. */
    public static String lines(String s) {
        return escape(s, true);
    }

    /** Whether {@code c} is a character that changes what a terminal shows rather than being shown. */
    public static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }

    /** The first control character of {@code s} (newline and tab allowed when {@code multiline}), or -1. */
    public static int firstControl(String s, boolean multiline) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (multiline && (c == '\n' || c == '\t')) {
                continue;
            }
            if (isControl(c)) {
                return c;
            }
        }
        return -1;
    }

    /** {@code U+001B}. */
    public static String codePoint(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }

    private static String escape(String s, boolean multiline) {
        if (s == null || firstControl(s, multiline) < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((multiline && (c == '\n' || c == '\t')) || !isControl(c)) {
                sb.append(c);
            } else if (c <= 0xff) {
                sb.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
            } else {
                sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }
}
