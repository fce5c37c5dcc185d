package dev.fbcli.nlp.intent;

/** Record ids as said: digits, an optional leading {@code #}. */
final class RecordIds {
    private RecordIds() {}

    /** The id without {@code #}, or null for null; digits only, at most 18 of them. */
    static String id(String id, String what) {
        if (id == null) {
            return null;
        }
        String s = id.strip();
        if (s.startsWith("#")) {
            s = s.substring(1);
        }
        if (!s.matches("[0-9]{1,18}")) {
            throw new IllegalArgumentException("a " + what + " id is a number, not '" + abbreviate(id) + "'");
        }
        return s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 30 ? s : s.substring(0, 27) + "...";
    }
}
