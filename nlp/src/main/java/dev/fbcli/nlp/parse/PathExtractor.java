package dev.fbcli.nlp.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds file paths as said ({@code ~/receipts/adobe-nov.pdf}, {@code /home/me/r.jpg},
 * {@code ./scan.png}, {@code C:\receipts\a.pdf}, {@code receipt.pdf}) and web addresses (which
 * are not paths; the parser uses them to recognise out-of-scope text).
 */
public final class PathExtractor {
    private static final Pattern URL = Pattern.compile("(?<![\\w])(?:https?|ftp)://[^\\s\"'<>]{1,500}");
    private static final Pattern PATH = Pattern.compile(
            "(?<![\\w:/.~])(?:~|\\.{1,2})?/[^\\s,;\"'<>|]{0,400}|(?<![\\w])[a-zA-Z]:\\\\[^\\s,;\"'<>|]{1,400}"
                    + "|(?<![\\w./~-])[\\w-]{1,100}\\.(?:pdf|png|jpe?g|heic|gif|webp|tiff?|txt|csv|docx?|xlsx?)(?![\\w])",
            Pattern.CASE_INSENSITIVE);

    private PathExtractor() {}

    /** Every web address, left to right. */
    public static List<Span<String>> urls(String text) {
        List<Span<String>> out = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            out.add(new Span<>(m.start(), m.end(), m.group()));
        }
        return out;
    }

    /** Every file path, left to right (a trailing full stop is not part of it). */
    public static List<Span<String>> paths(String text) {
        List<Span<String>> out = new ArrayList<>();
        Matcher m = PATH.matcher(text);
        while (m.find()) {
            String p = m.group();
            int end = m.end();
            while (p.length() > 1 && (p.endsWith(".") || p.endsWith(")") || p.endsWith("!") || p.endsWith("?"))) {
                p = p.substring(0, p.length() - 1);
                end--;
            }
            if (p.equals("/") || p.isEmpty()) {
                continue;
            }
            out.add(new Span<>(m.start(), end, p));
        }
        return out;
    }
}
