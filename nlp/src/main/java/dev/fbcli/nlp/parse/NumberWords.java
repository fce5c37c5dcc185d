package dev.fbcli.nlp.parse;

import java.math.BigDecimal;
import java.util.Map;

/** Small numbers said in words ("two", "forty-five", "a", "half"), for durations and "N days ago". */
final class NumberWords {
    /** A regex alternative that matches a number in digits or words; longest words first. */
    static final String PATTERN = "(?:\\d{1,6}(?:\\.\\d{1,3})?"
            + "|(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)"
            + "|fifteen|eleven|twelve|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
            + "sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|couple of|an|a)";

    /** The single number words, zero to ninety ("oh" is zero as said in a number, "fourty" a common slip). */
    static final Map<String, Integer> SINGLE = Map.ofEntries(
            Map.entry("zero", 0),
            Map.entry("oh", 0),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fourty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    /** What {@link #PATTERN} matches in words: the single words and the phrases of a length. */
    private static final Map<String, Integer> WORDS = words();

    private static Map<String, Integer> words() {
        Map<String, Integer> all = new java.util.HashMap<>(SINGLE);
        all.putAll(Map.of(
                "a", 1,
                "an", 1,
                "twenty-five", 25,
                "twenty five", 25,
                "thirty-five", 35,
                "thirty five", 35,
                "forty-five", 45,
                "forty five", 45));
        all.putAll(Map.of("a couple of", 2, "couple of", 2, "a few", 3));
        return Map.copyOf(all);
    }

    private NumberWords() {}

    /** The value of a number matched by {@link #PATTERN}, or null. */
    static BigDecimal value(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Integer v = WORDS.get(t);
        if (v == null) {
            // "twenty-six", "thirty one": the tens and the units
            String[] tu = t.split("[- ]");
            Integer tens = tu.length == 2 ? SINGLE.get(tu[0]) : null;
            Integer units = tu.length == 2 ? SINGLE.get(tu[1]) : null;
            if (tens != null && units != null && tens >= 20 && tens % 10 == 0 && units >= 1 && units <= 9) {
                v = tens + units;
            }
        }
        return v == null ? null : BigDecimal.valueOf(v);
    }
}
