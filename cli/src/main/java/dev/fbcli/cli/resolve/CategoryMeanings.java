package dev.fbcli.cli.resolve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expense categories by meaning as well as by name: "coffee" and "lunch" are Meals and
 * Entertainment, "hotel" is Hotel/Lodging, "uber" is Taxi &amp; Parking. The words map to
 * FreshBooks' standard category names, which are then resolved against the account's own
 * categories like any other name (so an account that renamed a category still resolves, or
 * reports it clearly).
 */
public final class CategoryMeanings {
    /** Words (lower case) to the standard category they mean; more specific categories first. */
    private static final Map<String, String> MEANINGS = meanings();

    private CategoryMeanings() {}

    private static Map<String, String> meanings() {
        Map<String, String> m = new LinkedHashMap<>();
        put(
                m,
                "Meals and Entertainment",
                "coffee",
                "coffees",
                "lunch",
                "lunches",
                "dinner",
                "dinners",
                "breakfast",
                "meal",
                "meals",
                "food",
                "restaurant",
                "cafe",
                "café",
                "drinks",
                "snacks",
                "entertainment",
                "starbucks",
                "catering",
                "brunch");
        put(m, "Hotel/Lodging", "hotel", "hotels", "lodging", "airbnb", "motel", "accommodation", "hostel", "inn");
        put(
                m,
                "Taxi & Parking",
                "uber",
                "lyft",
                "taxi",
                "taxis",
                "cab",
                "cabs",
                "parking",
                "rideshare",
                "toll",
                "tolls");
        put(m, "Airfare", "flight", "flights", "airfare", "plane", "airline", "airplane");
        put(m, "Travel", "travel", "trip", "train", "bus", "transit", "subway", "metro", "rail", "ferry", "mileage");
        put(
                m,
                "Software",
                "software",
                "subscription",
                "subscriptions",
                "saas",
                "license",
                "licence",
                "app",
                "apps",
                "hosting",
                "domain",
                "cloud",
                "adobe",
                "figma",
                "github",
                "dropbox",
                "slack",
                "notion");
        put(m, "Office Supplies", "supplies", "stationery", "paper", "ink", "toner", "pens", "printer", "notebooks");
        put(m, "Telephone", "phone", "telephone", "mobile", "cell", "internet", "wifi", "broadband");
        put(m, "Car & Truck", "gas", "fuel", "petrol", "car", "truck", "vehicle", "oil");
        put(m, "Advertising", "ads", "advertising", "marketing", "promotion", "sponsorship", "billboard");
        put(m, "Rent or Lease", "rent", "lease", "coworking", "desk");
        put(m, "Insurance", "insurance");
        put(
                m,
                "Education and Training",
                "training",
                "course",
                "courses",
                "conference",
                "conferences",
                "books",
                "book",
                "workshop",
                "seminar",
                "tuition",
                "education");
        put(m, "Contract Labor", "contractor", "contractors", "freelancer", "freelancers", "subcontractor");
        put(
                m,
                "Professional Services",
                "legal",
                "lawyer",
                "accountant",
                "accounting",
                "bookkeeper",
                "consultant",
                "attorney",
                "notary");
        put(m, "Shipping", "shipping", "postage", "courier", "fedex", "ups", "dhl", "delivery", "stamps");
        put(m, "Equipment", "equipment", "laptop", "computer", "monitor", "keyboard", "camera", "hardware", "tablet");
        put(m, "Utilities", "utilities", "electricity", "power", "water", "heating");
        return m;
    }

    private static void put(Map<String, String> m, String category, String... words) {
        for (String w : words) {
            m.putIfAbsent(w, category);
        }
    }

    /** The standard category a phrase's words mean, or null; the first meaningful word wins. */
    public static String meaningOf(String said) {
        if (said == null) {
            return null;
        }
        for (String w : NameResolver.normalize(said).split(" ")) {
            String c = MEANINGS.get(w);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * Resolves an expense category: by name first; when the name finds nothing, by meaning (the
     * said words, then the vendor, are mapped to a standard category that is then resolved by name).
     */
    public static Resolution resolve(String said, String vendor, List<Candidate> categories) {
        Resolution byName = said == null ? new Resolution.NotFound(List.of()) : NameResolver.resolve(said, categories);
        if (!(byName instanceof Resolution.NotFound)) {
            return byName;
        }
        for (String text : new String[] {said, vendor}) {
            String meant = meaningOf(text);
            if (meant != null) {
                Resolution r = NameResolver.resolve(meant, categories);
                if (r instanceof Resolution.Match m) {
                    return new Resolution.Match(m.candidate(), Resolution.How.MEANING);
                }
            }
        }
        return byName;
    }
}
