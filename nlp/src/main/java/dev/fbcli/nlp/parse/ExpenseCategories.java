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
    private static final java.util.regex.Pattern JOINED =
            java.util.regex.Pattern.compile("(?i).+(?:\\s(?:and|or|&)\\s|/).+");

    /**
     * {@code text} with each category name that holds "and", "or" or "&" (FreshBooks' default ones,
     * and the account's) put in quotes, so the grammar never cuts it at its joining word ("€300
     * conference tickets, education and training" is one category, not "education" and a second
     * part). A name already inside quotes is left as it is.
     */
    static String quoteJoinedNames(String text, AccountNames names) {
        if (text.indexOf('"') >= 0 || !HAS_JOIN.matcher(text).find()) {
            return text;
        }
        java.util.List<java.util.regex.Pattern> patterns = JOINED_DEFAULTS;
        if (names != null) {
            java.util.List<java.util.regex.Pattern> own = null;
            for (String c : names.categories()) {
                String low = c.toLowerCase(Locale.ROOT);
                if (JOINED.matcher(c).matches() && !WORDS.contains(low)) {
                    if (own == null) {
                        own = new java.util.ArrayList<>(JOINED_DEFAULTS);
                    }
                    own.add(0, named(low)); // the account's own names first: they may be longer
                }
            }
            if (own != null) {
                patterns = own;
            }
        }
        String out = text;
        for (java.util.regex.Pattern p : patterns) {
            java.util.regex.Matcher m = p.matcher(out);
            if (m.find()) {
                out = out.substring(0, m.start()) + '"' + m.group() + '"' + out.substring(m.end());
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern HAS_JOIN =
            java.util.regex.Pattern.compile("(?i)\\s(?:and|or|&)\\s|\\p{L}/\\p{L}");

    /** FreshBooks' default names with a joining word, longest first, as patterns made once. */
    private static final java.util.List<java.util.regex.Pattern> JOINED_DEFAULTS = WORDS.stream()
            .filter(w -> JOINED.matcher(w).matches())
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
            .map(ExpenseCategories::named)
            .toList();

    private static java.util.regex.Pattern named(String name) {
        return java.util.regex.Pattern.compile(
                "(?i)(?<![\\p{L}'\"])" + java.util.regex.Pattern.quote(name) + "(?![\\p{L}'\"])");
    }

    /**
     * Everyday words for what was bought or paid for that are no category's name: a ride ("cab",
     * "flight"), food and drink ("snacks", "pizza"), a thing ("toner", "monitor"). Said alone before
     * or after an amount ("cab $32", "$18 pizza for the team") they make the phrase an expense, the
     * way a category word does.
     */
    private static final Set<String> PURCHASES = Set.of(
            "cab",
            "flight",
            "train",
            "train ticket",
            "bus",
            "bus fare",
            "ferry",
            "rideshare",
            "rental car",
            "car rental",
            "drinks",
            "snacks",
            "groceries",
            "pizza",
            "sandwich",
            "sandwiches",
            "beers",
            "wine",
            "catering",
            "takeout",
            "gift",
            "gifts",
            "stamps",
            "toner",
            "paper",
            "printer ink",
            "cables",
            "charger",
            "monitor",
            "laptop",
            "keyboard",
            "headphones",
            "webcam",
            "desk",
            "chair",
            "domain",
            "domain renewal",
            "fonts",
            "stock photos",
            "plugin",
            "license",
            "licence",
            "course",
            "conference",
            "workshop",
            "props",
            "materials",
            "coworking",
            "phone",
            "phone bill",
            "cell phone",
            "dry cleaning",
            "uniform",
            "airbnb",
            "accommodation",
            "hotel room");

    /**
     * The category words and the purchase words as one regular-expression alternation, longest
     * first (for the phrase tables that find a kind of spending beside an amount).
     */
    static String spendingAlternation() {
        return SPENDING;
    }

    private static final String SPENDING = java.util.stream.Stream.concat(WORDS.stream(), PURCHASES.stream())
            .filter(w ->
                    !w.contains("&") && !w.contains("/") && !JOINED.matcher(w).matches())
            .distinct()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
            .map(java.util.regex.Pattern::quote)
            .collect(java.util.stream.Collectors.joining("|"));

    /** True when the whole text names a kind of spending: a category word or a purchase word. */
    static boolean isSpending(String text) {
        return isCategory(text) || isPurchase(text);
    }

    /** True when the whole text ("cab", "snacks") is a word for what was bought that names no category. */
    static boolean isPurchase(String text) {
        return text != null && PURCHASES.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** True when the whole text ("Travel", "office supplies") is a category word. */
    static boolean isCategory(String text) {
        return text != null && WORDS.contains(text.strip().toLowerCase(Locale.ROOT));
    }
}
