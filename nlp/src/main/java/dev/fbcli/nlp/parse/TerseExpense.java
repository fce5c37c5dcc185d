package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An expense typed as a list of fields with no grammar between them — "exp 71.15 staples office
 * supplies toner cartridges admin proj", "hilton 286.90 2 nights austin hotel/lodging apollo the
 * 4th" — read by what each run of words is rather than by where it stands: the amount, the day and
 * the receipt the rules read; an account's client or project (or the words a "client"/"proj"/"bill"
 * marker labels) is whom it is charged to; a category's name is the category; a well-known merchant,
 * one of the account's vendors, the words after "at" or the words before the amount is the vendor;
 * the one run left is what was bought (the note). Every word must land in one field, or the rules'
 * reading stands.
 *
 * <p>Only a reading the rules were unsure of (below {@link Confidence#ACT}) is read again, and the
 * result stays as unsure: fb shows it and asks. A frame the rules were sure of is never changed.
 */
final class TerseExpense {
    private TerseExpense() {}

    /** Words that open a terse expense and say only that it is one. */
    private static final Set<String> LEADS =
            Set.of("exp", "expense", "add", "log", "paid", "spent", "record", "new", "expnse", "expence");

    /** Category names, as FreshBooks' defaults and their common short forms say them. */
    private static final Set<String> CATEGORIES = Set.of(
            "advertising",
            "marketing",
            "travel",
            "meals",
            "meals and entertainment",
            "entertainment",
            "equipment",
            "hardware",
            "software",
            "subscriptions",
            "hosting",
            "postage",
            "shipping",
            "fuel",
            "parking",
            "tolls",
            "rent",
            "rent or lease",
            "utilities",
            "internet",
            "insurance",
            "supplies",
            "office supplies",
            "office expenses",
            "office expenses & postage",
            "legal",
            "accounting",
            "taxes",
            "licenses",
            "repairs",
            "maintenance",
            "hotel",
            "lodging",
            "hotel/lodging",
            "airfare",
            "telephone",
            "phone",
            "printing",
            "stationery",
            "bank fees",
            "professional services",
            "contract labor",
            "education",
            "education and training",
            "car & truck",
            "taxi & parking");

    private static final Set<String> CURRENCIES =
            Set.of("cad", "usd", "eur", "gbp", "aud", "euro", "euros", "dollars", "dollar", "bucks", "pounds", "quid");

    private static final Pattern AMOUNT = Pattern.compile("[$€£]?\\d[\\d,]*(?:\\.\\d{1,2})?k?[$€£]?");
    private static final Pattern PATH = Pattern.compile("(?:~|\\.{1,2})?/\\S+|\\S+\\.(?:pdf|jpe?g|png|heic|gif)");
    /** Words of a sentence rather than of a list of fields. */
    private static final Set<String> SENTENCE = Set.of(
            "i",
            "we",
            "me",
            "my",
            "our",
            "you",
            "the",
            "a",
            "an",
            "please",
            "pls",
            "was",
            "were",
            "is",
            "are",
            "cost",
            "costs",
            "bought",
            "it",
            "this",
            "that",
            "them",
            "could",
            "can",
            "would",
            "register",
            "team",
            "got",
            "had",
            "charge",
            "charged",
            "put",
            "file",
            "under",
            "as");

    /** A comma or semicolon between clauses (not in "1,240.00"): a phrase with grammar, not a list of fields. */
    private static final Pattern CLAUSE = Pattern.compile("[,;](?!\\d)");

    private static final Set<String> JOINING = Set.of("for", "to", "from", "in", "on", "of", "w", "with", "and");

    /** A run of words that no field took yet: {@code [from, to)}. */
    private record Run(int from, int to) {}

    /** An amount with cents, a currency sign or a currency word beside it: money, not a count or an id. */
    private static final Pattern MONEY_SAID = Pattern.compile(
            "(?i)(?:^|\\s)(?:[$€£]\\d[\\d,]*(?:\\.\\d{1,2})?|\\d[\\d,]*\\.\\d{2}|\\d[\\d,]*(?:\\.\\d{1,2})?\\s?(?:cad|usd|eur|gbp|euros?|dollars?|bucks))(?=\\s|$)");

    /**
     * Whether {@code input} is typed as an expense's fields — money and a category's name, no
     * question, no clause — so that an unsure reading of it as a client's or a project's page
     * ("wework 45.00 mon rent or lease hot desk client globex inc") is read as an expense instead.
     */
    static boolean looksLike(String input, ParseContext ctx) {
        if (input == null || ctx == null || CLAUSE.matcher(input).find() || input.indexOf('?') >= 0) {
            return false;
        }
        if (!MONEY_SAID.matcher(input).find()) {
            return false;
        }
        String[] w = LexicalFront.reviewText(input, ctx.names())
                .toLowerCase(Locale.ROOT)
                .strip()
                .split("\\s+");
        Gazetteer g = Gazetteer.of(ctx.names());
        for (int n = 4; n >= 1; n--) {
            for (int i = 0; i + n <= w.length; i++) {
                if (isCategory(String.join(" ", java.util.Arrays.asList(w).subList(i, i + n)), g)) {
                    return true;
                }
            }
        }
        return false;
    }

    static Frame apply(String input, Frame f, ParseContext ctx) {
        if (input == null
                || ctx == null
                || !f.intent().equals("expense.create")
                || f.confidence() >= Confidence.ACT
                || CLAUSE.matcher(input).find()
                || input.indexOf('"') >= 0) {
            return f;
        }
        String text = LexicalFront.reviewText(input, ctx.names()).replaceAll("[.!?]+$", "");
        String[] w = text.strip().split("\\s+");
        if (w.length < 3 || w.length > 18 || text.matches("(?s).*[.!?]\\s.*")) {
            return f;
        }
        for (int i = 0; i < w.length; i++) {
            String l = w[i].toLowerCase(Locale.ROOT);
            if (SENTENCE.contains(l) || i > 0 && LEADS.contains(l) && !l.equals("new")) {
                return f; // "I paid €35 for a taxi …": a sentence, which the grammar reads
            }
        }
        String[] typed = input.strip().replaceAll("[.!?]+$", "").split("\\s+");
        String[] asTyped = typed.length == w.length ? typed : w; // as typed, when the front kept the words
        String[] low = new String[w.length];
        for (int i = 0; i < w.length; i++) {
            low[i] = w[i].toLowerCase(Locale.ROOT);
        }
        String[] field = new String[w.length];
        int i0 = 0;
        if (LEADS.contains(low[0])) {
            field[0] = "lead";
            i0 = 1;
        }
        // the amount the rules read, and a currency beside it
        int amountAt = -1;
        BigDecimal amount = amount(f.slots().get("amount"));
        for (int i = i0; i < w.length && amount != null; i++) {
            if (AMOUNT.matcher(low[i]).matches() && amount.compareTo(value(low[i])) == 0) {
                amountAt = i;
                field[i] = "amount";
                break;
            }
        }
        if (amountAt < 0) {
            return f;
        }
        for (int i : new int[] {amountAt - 1, amountAt + 1}) {
            if (i >= 0 && i < w.length && field[i] == null && CURRENCIES.contains(low[i])) {
                field[i] = "amount";
            }
        }
        // the receipt's path
        for (int i = 0; i < w.length; i++) {
            if (field[i] == null && PATH.matcher(w[i]).matches()) {
                field[i] = "receipt";
                if (i > 0 && field[i - 1] == null && (low[i - 1].equals("receipt") || low[i - 1].equals("rcpt"))) {
                    field[i - 1] = "receipt";
                }
            }
        }
        // the day
        for (Span<DateExtractor.DateMention> d : new DateExtractor(ctx.today()).findAll(text)) {
            int pos = 0;
            for (int i = 0; i < w.length; i++) {
                int at = text.indexOf(w[i], pos);
                int end = at + w[i].length();
                pos = end;
                if (field[i] == null && at < d.end() && end > d.start()) {
                    field[i] = "date";
                }
            }
        }
        Gazetteer g = Gazetteer.of(ctx.names());
        String target = null;
        String targetKey = "target";
        String vendor = null;
        String category = null;
        // who it is charged to: a marker and its words, or an account's client or project
        for (int i = 0; i < w.length; i++) {
            if (field[i] != null) {
                continue;
            }
            if ((low[i].equals("proj") || low[i].equals("project") || low[i].equals("client")) && i + 1 < w.length) {
                int to = i;
                for (int n = Math.min(4, w.length - i - 1); n >= 1 && to == i; n--) {
                    if (free(field, i + 1, n) && g.isClientOrProject(join(w, i + 1, i + 1 + n))) {
                        to = i + 1 + n; // "project mobile app", "client acme": the account's name after its marker
                    }
                }
                if (to > i) {
                    field[i] = "target";
                    target = mark(field, w, asTyped, i + 1, to, "target");
                    targetKey = low[i].equals("client") ? "client" : "project";
                    continue;
                }
            }
            if (low[i].equals("proj") || low[i].equals("project")) {
                int from = i;
                for (int n = Math.min(3, i); n >= 1 && from == i; n--) {
                    if (free(field, i - n, n) && g.isClientOrProject(join(w, i - n, i))) {
                        from = i - n; // "website redesign proj": the account's project
                    }
                }
                if (from == i && i > 0 && field[i - 1] == null && !known(low, i - 1)) {
                    from = i - 1; // "harvest proj", "kiosk app proj": a project the account does not know
                    if (from > 0
                            && field[from - 1] == null
                            && !known(low, from - 1)
                            && !JOINING.contains(low[from - 1])) {
                        from--;
                    }
                }
                if (from == i) {
                    continue;
                }
                target = mark(field, w, asTyped, from, i, "target");
                targetKey = "project";
                field[i] = "target";
            } else if ((low[i].equals("client") || low[i].equals("bill")) && i + 1 < w.length && field[i + 1] == null) {
                int to = i + 1;
                while (to < w.length && field[to] == null && to - i <= 3 && !known(low, to)) {
                    to++;
                }
                field[i] = "target";
                target = mark(field, w, asTyped, i + 1, to, "target");
                targetKey = low[i].equals("client") ? "client" : "target";
            }
        }
        for (int n = 4; n >= 1 && target == null; n--) {
            for (int i = 0; i + n <= w.length && target == null; i++) {
                if (free(field, i, n)
                        && g.isClientOrProject(join(w, i, i + n))
                        && !Merchants.known(join(w, i, i + n))) {
                    target = mark(field, w, asTyped, i, i + n, "target");
                    if (i > 0 && field[i - 1] == null && low[i - 1].equals("for")) {
                        field[i - 1] = "target";
                    }
                }
            }
        }
        // the category: the longest name of one
        for (int n = 4; n >= 1 && category == null; n--) {
            for (int i = 0; i + n <= w.length && category == null; i++) {
                if (free(field, i, n) && isCategory(join(w, i, i + n).toLowerCase(Locale.ROOT), g)) {
                    category = mark(field, w, asTyped, i, i + n, "category");
                }
            }
        }
        if (category == null) {
            return f; // no category named: what was bought is its kind, as the grammar reads it
        }
        // the vendor: a merchant, the words after "at", or the first words before the amount
        for (int n = 3; n >= 1 && vendor == null; n--) {
            for (int i = 0; i + n <= w.length && vendor == null; i++) {
                String said = join(w, i, i + n);
                if (free(field, i, n) && (Merchants.known(said) || g.isVendor(said))) {
                    vendor = mark(field, w, asTyped, i, i + n, "vendor");
                }
            }
        }
        List<Run> runs = runs(field, low);
        if (vendor == null) {
            for (Run r : runs) {
                boolean paidTo = r.from() == amountAt + 2 && low[r.from() - 1].equals("to"); // "paid 250 to Jordan Lee"
                if (r.from() > 0 && (low[r.from() - 1].equals("at") || paidTo) && field[r.from() - 1] == null) {
                    field[r.from() - 1] = "vendor";
                    vendor = mark(field, asTyped, asTyped, r.from(), r.to(), "vendor");
                    break;
                }
            }
            runs = runs(field, low);
        }
        // what is left: what was bought ("coffee"), and who was paid — the first run that is no purchase
        // ("digital ocean hosting", "coffee corner cafe", "air canda", "impark 14.50 …")
        List<Run> bought = new ArrayList<>();
        for (Run r : runs) {
            int p = r.from();
            while (p < r.to() && ExpenseCategories.isSpending(low[p])) {
                p++;
            }
            if (vendor == null && p < r.to()) {
                vendor = mark(field, asTyped, asTyped, p, r.to(), "vendor");
                if (p > r.from()) {
                    bought.add(new Run(r.from(), p));
                }
            } else {
                bought.add(r);
            }
        }
        if (bought.size() > 1) {
            return f; // two runs of words no field explains: the rules' reading stands
        }
        String note = null;
        if (bought.size() == 1) {
            Run r = bought.get(0);
            note = join(asTyped, r.from(), r.to());
        }
        int fields = (target != null ? 1 : 0)
                + (vendor != null ? 1 : 0)
                + (category != null ? 1 : 0)
                + (note != null ? 1 : 0);
        if (fields < 2) {
            return f;
        }
        if (vendor != null && g.vendorSpelling(vendor) != null) {
            vendor = g.vendorSpelling(vendor); // "dropbx": the account's vendor, spelled as it does
        }
        Map<String, Object> slots = new LinkedHashMap<>(f.slots());
        for (String k : List.of("vendor", "category", "target", "client", "project", "note")) {
            slots.remove(k);
        }
        put(slots, "vendor", vendor);
        put(slots, "category", category);
        put(slots, targetKey, target);
        put(slots, "note", note);
        return f.withSlots(slots);
    }

    private static void put(Map<String, Object> slots, String key, String value) {
        if (value != null && !value.isBlank()) {
            slots.put(key, value);
        }
    }

    private static boolean isCategory(String low, Gazetteer g) {
        return CATEGORIES.contains(low) || g.category(low) != null;
    }

    /** Whether a word from {@code i} is a marker or a known field's word, which a marker's words stop at. */
    private static boolean known(String[] low, int i) {
        return CATEGORIES.contains(low[i])
                || Merchants.known(low[i])
                || AMOUNT.matcher(low[i]).matches();
    }

    /** Maximal runs of words no field took, without a joining word at either end. */
    private static List<Run> runs(String[] field, String[] low) {
        List<Run> out = new ArrayList<>();
        for (int i = 0; i < field.length; ) {
            if (field[i] != null) {
                i++;
                continue;
            }
            int j = i;
            while (j < field.length && field[j] == null) {
                j++;
            }
            int from = i;
            int to = j;
            while (from < to && (JOINING.contains(low[from]) || low[from].equals("at"))) {
                from++;
            }
            while (to > from && JOINING.contains(low[to - 1])) {
                to--;
            }
            if (from < to) {
                out.add(new Run(from, to));
            }
            i = j;
        }
        return out;
    }

    private static boolean free(String[] field, int i, int n) {
        for (int k = i; k < i + n; k++) {
            if (field[k] != null) {
                return false;
            }
        }
        return true;
    }

    private static String mark(String[] field, String[] w, String[] typed, int from, int to, String what) {
        for (int k = from; k < to; k++) {
            field[k] = what;
        }
        return pick(w, typed, from, to);
    }

    /** The words as typed where the front only changed their case, as it corrected them otherwise. */
    private static String pick(String[] w, String[] typed, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            out.add(w[k].equalsIgnoreCase(typed[k]) ? typed[k] : w[k]);
        }
        return String.join(" ", out);
    }

    private static String join(String[] w, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(w).subList(from, to));
    }

    private static BigDecimal amount(Object slot) {
        if (slot instanceof dev.fbcli.nlp.intent.Money m) {
            return m.amount();
        }
        Object v = slot instanceof Map<?, ?> m ? m.get("amount") : slot;
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal value(String token) {
        String t = token.replaceAll("[$€£,]", "");
        boolean k = t.endsWith("k");
        if (k) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            BigDecimal v = new BigDecimal(t);
            return k ? v.multiply(BigDecimal.valueOf(1000)) : v;
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1);
        }
    }
}
