package dev.fbcli.nlp.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses and phone numbers, kept as said ({@code 416-555-0199},
 * {@code (212) 555-0147}, {@code +1 416 555 0199}, {@code +81 3 5550 1234}, {@code 555-0100}). A phone number has 7 to 15
 * digits; a date such as {@code 2026-11-02} is not one.
 */
public final class ContactExtractor {
    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\w.+-])[\\w.%+-]{1,64}@[a-zA-Z0-9-]{1,63}(?:\\.[a-zA-Z0-9-]{1,63}){1,6}");
    private static final Pattern PHONE = Pattern.compile(
            // "+81 3 5550 1234", "+44 20 7946 0958": a country code, then groups of any length
            "(?<![\\w+-])\\+\\d{1,3}(?:[\\s.-]\\d{1,5}){2,5}(?![\\w-]|[\\s.-]\\d)"
                    + "|(?<![\\w+-])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{2,4}\\)\\s?|\\d{2,4}[\\s.-])?\\d{3,4}[\\s.-]\\d{4}(?![\\w-])"
                    + "|(?<![\\w+-])\\+\\d{7,15}(?![\\w-])");

    private ContactExtractor() {}

    /** Every e-mail address, left to right. */
    public static List<Span<String>> emails(String text) {
        List<Span<String>> out = new ArrayList<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            String e = m.group();
            int end = m.end();
            while (e.endsWith(".") || e.endsWith("-")) {
                e = e.substring(0, e.length() - 1);
                end--;
            }
            if (e.indexOf('@') > 0 && e.substring(e.indexOf('@')).contains(".")) {
                out.add(new Span<>(m.start(), end, e));
            }
        }
        return out;
    }

    /** Every phone number, left to right. */
    public static List<Span<String>> phones(String text) {
        List<Span<String>> out = new ArrayList<>();
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            String p = m.group();
            int digits = 0;
            for (int i = 0; i < p.length(); i++) {
                if (Character.isDigit(p.charAt(i))) {
                    digits++;
                }
            }
            if (digits >= 7 && digits <= 15) {
                out.add(new Span<>(m.start(), m.end(), p));
            }
        }
        return out;
    }

    /** True when the whole of {@code text} is one e-mail address. */
    public static boolean isEmail(String text) {
        List<Span<String>> all = text == null ? List.of() : emails(text.strip());
        return all.size() == 1
                && all.get(0).start() == 0
                && all.get(0).end() == text.strip().length();
    }
}
