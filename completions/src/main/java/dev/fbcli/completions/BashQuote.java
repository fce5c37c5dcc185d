package dev.fbcli.completions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A name as bash's {@code printf %q} writes it (bash 5, a UTF-8 locale), so that the bash script can
 * offer every name of an empty word without quoting 10,000 of them on TAB (docs/BENCHMARKS.md).
 *
 * <p>bash backslashes {@code space ! " $ & ' ( ) * , ; < > ? [ \ ] ^ ` { | }}, a {@code #} at the
 * start and a {@code ~} at the start or after {@code =} or {@code :}; a name holding a control
 * character is written {@code $'...'} instead ({@code \a \b \t \n \v \f \r \E \' \\}, the others as
 * three octal digits). Letters outside ASCII are left as they are in a UTF-8 locale; only those of
 * Latin-1 and Latin Extended-A/B (U+00C0–U+024F) are taken, which every UTF-8 locale prints. For
 * any other name {@link #quote} answers null: the cache then writes no quoted file and the script
 * quotes on TAB as before. The script checks, before it trusts the file, that its own bash quotes
 * {@link #probes()} as this class does (another bash version, or a locale that is not UTF-8, fails).
 */
final class BashQuote {
    private BashQuote() {}

    private static final String BACKSLASHED = " !\"$&'()*,;<>?[\\]^`{|}";

    /** {@code s} as {@code printf %q} writes it, or null when this class cannot be sure of that. */
    static String quote(String s) {
        if (s.isEmpty()) {
            return "''";
        }
        boolean control = false;
        boolean wide = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return null;
            } else if (c < 0x20 || c == 0x7f) {
                control = true;
            } else if (c >= 0x80) {
                if (c < 0xc0 || c > 0x24f || !Character.isLetter(c)) {
                    return null;
                }
                wide = true;
            }
        }
        if (control && wide) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        if (control) {
            out.append("$'");
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                String e = escape(c);
                if (e != null) {
                    out.append(e);
                } else if (c < 0x20 || c == 0x7f) {
                    out.append('\\')
                            .append((char) ('0' + ((c >> 6) & 7)))
                            .append((char) ('0' + ((c >> 3) & 7)))
                            .append((char) ('0' + (c & 7)));
                } else {
                    out.append(c);
                }
            }
            return out.append('\'').toString();
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char before = i == 0 ? 0 : s.charAt(i - 1);
            if (BACKSLASHED.indexOf(c) >= 0
                    || (c == '#' && i == 0)
                    || (c == '~' && (i == 0 || before == '=' || before == ':'))) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case 7:
                return "\\a";
            case '\b':
                return "\\b";
            case '\t':
                return "\\t";
            case '\n':
                return "\\n";
            case 11:
                return "\\v";
            case '\f':
                return "\\f";
            case '\r':
                return "\\r";
            case 27:
                return "\\E";
            case '\'':
                return "\\'";
            case '\\':
                return "\\\\";
            default:
                return null;
        }
    }

    /**
     * What the script asks its bash to quote before it trusts a quoted file: every printable ASCII
     * character at the start and after a letter, a {@code ~} after {@code =} and {@code :}, letters of
     * Latin-1 and Latin Extended-A, and the control characters.
     */
    static List<String> probes() {
        List<String> out = new ArrayList<>();
        for (char c = 0x20; c < 0x7f; c++) {
            out.add(c + "x");
            out.add("x" + c);
        }
        out.add("a=~b");
        out.add("a:~b");
        out.add("\u00c9a \u00e7a \u0178 \u017e \u01c5 \u024f");
        out.add("\u0001\u007f\u001b\u0007\b\f\u000b\r\t'\\\"x ~#");
        return out;
    }

    /** {@code s} as a bash {@code $'...'} word of printable ASCII (other bytes of its UTF-8 in octal). */
    static String literal(String s) {
        StringBuilder out = new StringBuilder("$'");
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '\\' || c == '\'') {
                out.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append((char) c);
            } else {
                out.append('\\')
                        .append((char) ('0' + ((c >> 6) & 7)))
                        .append((char) ('0' + ((c >> 3) & 7)))
                        .append((char) ('0' + (c & 7)));
            }
        }
        return out.append('\'').toString();
    }
}
