package dev.fbcli.nlp.parse;

import java.util.Locale;
import java.util.Set;

/**
 * Words that name a kind of spending rather than a merchant: FreshBooks' default expense categories
 * and the everyday words for them. "the $12 travel expense" names a category, "the $12 Delta
 * expense" a vendor; a phrase says which only through the word itself.
 */
final class ExpenseCategories {
    private static final Set<String> WORDS = Set.of(
            "advertising",
            "marketing",
            "travel",
            "meals",
            "meal",
            "food",
            "lunch",
            "dinner",
            "breakfast",
            "coffee",
            "entertainment",
            "equipment",
            "hardware",
            "software",
            "subscriptions",
            "subscription",
            "tickets",
            "ticket",
            "fare",
            "ink",
            "gear",
            "hosting",
            "postage",
            "shipping",
            "fuel",
            "gas",
            "mileage",
            "parking",
            "tolls",
            "taxi",
            "rent",
            "utilities",
            "internet",
            "insurance",
            "supplies",
            "office supplies",
            "office expenses",
            "training",
            "education",
            "books",
            "legal",
            "accounting",
            "taxes",
            "licenses",
            "repairs",
            "maintenance",
            "contractors",
            "hotel",
            "lodging",
            "airfare",
            "flights",
            "train fare",
            "bank fees",
            "fees",
            "printing",
            "stationery",
            // FreshBooks' default categories by their own names
            "meals and entertainment",
            "car & truck",
            "contract labor",
            "education and training",
            "office expenses & postage",
            "professional services",
            "rent or lease",
            "telephone",
            "hotel/lodging",
            "taxi & parking");

    private ExpenseCategories() {}

    /** A category's name with a joining word inside ("Meals and Entertainment", "Rent or Lease", "Car & Truck"). */
    private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile("(?i).+\\s(?:and|or|&)\\s.+");

    /**
     * {@code text} with each category name that holds "and", "or" or "&" (FreshBooks' default ones,
     * and the account's) put in quotes, so the grammar never cuts it at its joining word ("€300
     * conference tickets, education and training" is one category, not "education" and a second
     * part). A name already inside quotes is left as it is.
     */
    static String quoteJoinedNames(String text, AccountNames names) {
        if (text.indexOf('"') >= 0 || !text.matches("(?is).*\\s(?:and|or|&)\\s.*")) {
            return text;
        }
        java.util.Set<String> joined =
                new java.util.TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
        for (String w : WORDS) {
            if (JOINED.matcher(w).matches()) {
                joined.add(w);
            }
        }
        if (names != null) {
            for (String c : names.categories()) {
                if (JOINED.matcher(c).matches()) {
                    joined.add(c.toLowerCase(Locale.ROOT));
                }
            }
        }
        String out = text;
        for (String name : joined) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                            "(?i)(?<![\\p{L}'\"])" + java.util.regex.Pattern.quote(name) + "(?![\\p{L}'\"])")
                    .matcher(out);
            if (m.find()) {
                out = out.substring(0, m.start()) + '"' + m.group() + '"' + out.substring(m.end());
            }
        }
        return out;
    }

    /** True when the whole text ("Travel", "office supplies") is a category word. */
    static boolean isCategory(String text) {
        return text != null && WORDS.contains(text.strip().toLowerCase(Locale.ROOT));
    }
}
