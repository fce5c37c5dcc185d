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

    /** True when the whole text ("Travel", "office supplies") is a category word. */
    static boolean isCategory(String text) {
        return text != null && WORDS.contains(text.strip().toLowerCase(Locale.ROOT));
    }
}
