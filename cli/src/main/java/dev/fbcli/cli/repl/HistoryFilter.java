package dev.fbcli.cli.repl;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which lines never go into the shell's history file: anything about logging in ({@code auth ...}),
 * and any line that mentions a token, secret, password or key, or carries a word that looks like
 * a credential (long, with letters and digits mixed). Answers to questions are never kept either.
 */
final class HistoryFilter {
    private static final Pattern SECRET_WORDS = Pattern.compile(
            "(?i)\\b(token|secret|password|passwd|bearer|api[ _-]?key|llm[ _-]?key|client[ _-]?secret|authorization|refresh)\\b");
    private static final Pattern CREDENTIAL = Pattern.compile("[A-Za-z0-9._~+/=-]{32,}");

    private HistoryFilter() {}

    static boolean keep(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        String first = s.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (first.equals("fb") && s.length() > 3) {
            first = s.substring(3).strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        }
        if (first.equals("auth") || first.equals("login") || first.equals("config")) {
            return false;
        }
        if (SECRET_WORDS.matcher(s).find()) {
            return false;
        }
        var m = CREDENTIAL.matcher(s);
        while (m.find()) {
            String w = m.group();
            if (w.chars().anyMatch(Character::isDigit) && w.chars().anyMatch(Character::isLetter) && !w.contains("/")) {
                return false;
            }
        }
        return true;
    }
}
