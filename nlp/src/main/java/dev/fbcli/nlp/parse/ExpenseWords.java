package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A terse expense's words in the order they come: "exp 12 figma software", "exp 6.25 coffee blue
 * bottle", "spent 55.10 gas esso", "exp 48.50 meals globex", "exp 31.80 shipping ups acme". The
 * grammar takes such a run of lower-case words as one category or one vendor; here the run is cut
 * by what its words are: a category word ({@link ExpenseCategories}) first or last is the category,
 * a client's or project's name of the account at the end is who the expense is for ({@code
 * target}), and what is left is the vendor. A run with no category word in it is left as the
 * grammar read it.
 */
final class ExpenseWords {
    private static final List<String> SLOTS = List.of("category", "vendor", "target", "project");

    private ExpenseWords() {}

    /** A ride's note with where it went or began: "train to London", "cab from the airport" (Grammar reads rides so). */
    private static final java.util.regex.Pattern RIDE_TO =
            java.util.regex.Pattern.compile("(?i)^(.*\\S) (?:to|from) (?:the )?(\\S.*)$");

    /**
     * A vendor read with a kind of spending beside it, "Dropbox software", "airfare Air Canada",
     * "coffee Blue Bottle": the name is the vendor, the lower-case word a category (or, when the
     * category is said elsewhere, what was bought).
     */
    private static Frame splitVendor(Frame f, String v) {
        String[] w = v.split(" ");
        String kind = null;
        String name = null;
        for (int k = Math.min(3, w.length - 1); k >= 1 && kind == null; k--) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(w, 0, k));
            String tail = String.join(" ", java.util.Arrays.copyOfRange(w, w.length - k, w.length));
            String restAfterHead = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
            String restBeforeTail = String.join(" ", java.util.Arrays.copyOfRange(w, 0, w.length - k));
            if (head.equals(head.toLowerCase(Locale.ROOT))
                    && ExpenseCategories.isSpending(head)
                    && named(restAfterHead)) {
                kind = head;
                name = restAfterHead;
            } else if (tail.equals(tail.toLowerCase(Locale.ROOT))
                    && ExpenseCategories.isSpending(tail)
                    && named(restBeforeTail)) {
                kind = tail;
                name = restBeforeTail;
            }
        }
        if (kind == null) {
            return f;
        }
        Map<String, Object> slots = new LinkedHashMap<>(f.slots());
        slots.put("vendor", name);
        if (!slots.containsKey("category") && ExpenseCategories.isCategory(kind)) {
            slots.put("category", kind);
        } else if (!slots.containsKey("note")) {
            slots.put("note", kind);
        } else if (!slots.containsKey("category")) {
            slots.put("category", kind);
        }
        return f.withSlots(slots);
    }

    /** Words that are a name: each capitalised (or "&"). */
    private static boolean named(String words) {
        for (String x : words.split(" ")) {
            if (!(x.equals("&") || !x.isEmpty() && Character.isUpperCase(x.charAt(0)))) {
                return false;
            }
        }
        return !words.isEmpty();
    }

    /** The account's client or project that {@code text} starts with ("Initech's office" → Initech), or null. */
    private static String leadingName(String text, Gazetteer g) {
        String[] w = text.strip().split("\\s+");
        for (int k = Math.min(w.length, 4); k > 0; k--) {
            String name = String.join(" ", java.util.Arrays.copyOf(w, k)).replaceFirst("(?i)'s?$", "");
            if (g.namesClientOrProject(name)) {
                return name;
            }
        }
        return null;
    }

    /** Verbs that put an expense on someone ("charge £45 of parking to Brightwater"): "to" then names who it is for. */
    private static final java.util.regex.Pattern CHARGED_TO = java.util.regex.Pattern.compile(
            "(?i)\\b(?:c\\w{0,2}a?rge[ds]?|bill(?:ed)?|put|book(?:ed)?|allocate[ds]?|assign(?:ed)?|attach(?:ed)?|move[ds]?)\\b");

    /** "telephone category": a category said with its label. */
    private static final java.util.regex.Pattern LABELLED_CATEGORY =
            java.util.regex.Pattern.compile("(?i)^(?:the )?(\\p{L}[\\p{L} &/-]{0,40}?) category$");

    /**
     * A note that is one more field of a terse expense: ", taxi" or ", equipment" after the rest is
     * its category (what was bought, read as the category, goes to the note); "for stark" at the
     * end, an account's client or project, is who it is for.
     */
    private static Frame noteAsField(Frame f, AccountNames names) {
        if (f.slots().get("category") instanceof String c
                && c.toLowerCase(Locale.ROOT).endsWith(" category")) {
            // "stationery category": the category, named with its label
            Map<String, Object> slots = new LinkedHashMap<>(f.slots());
            slots.put(
                    "category",
                    c.substring(0, c.length() - " category".length()).strip());
            f = f.withSlots(slots);
        }
        if (!(f.slots().get("note") instanceof String note)) {
            return f;
        }
        String n = note.strip().replaceFirst("(?i)^for ", "");
        Map<String, Object> slots = new LinkedHashMap<>(f.slots());
        java.util.regex.Matcher labelled = LABELLED_CATEGORY.matcher(n);
        if (labelled.matches()) {
            // "…, telephone category": a category said by name, whatever the grammar took
            slots.remove("note");
            slots.put("category", labelled.group(1));
            return f.withSlots(slots);
        }
        Object cat = slots.get("category");
        if (ExpenseCategories.isCategory(n)
                && (cat == null
                        || cat instanceof String c && !ExpenseCategories.isCategory(c)
                        || cat instanceof String c2 && !c2.equalsIgnoreCase(n) && isField(f.input(), n))) {
            // "$12.50 coffee at Blue Bottle, meals": a category said as a field of its own is the
            // category; the kind of thing bought said before it ("coffee") is what was bought
            slots.put("category", n);
            slots.remove("note");
            if (cat != null && !slots.containsKey("vendor") && !ExpenseCategories.isSpending(String.valueOf(cat))) {
                slots.put("vendor", cat); // "uber 23.40, taxi": the other word is where the money went
            } else if (cat != null) {
                slots.put("note", cat); // "a new monitor from Best Buy, equipment": what was bought
            }
            return f.withSlots(slots);
        }
        if (names != null
                && !slots.containsKey("target")
                && !slots.containsKey("client")
                && !slots.containsKey("project")
                && note.matches("(?i)(?:for )?[\\p{L}][\\p{L}&.' -]{0,40}")) {
            if (Gazetteer.of(names).namesClientOrProject(n)) {
                slots.remove("note");
                slots.put("target", n);
                return f.withSlots(slots);
            }
        }
        return f;
    }

    /** True when {@code value} is one of {@code input}'s comma-separated parts, or follows "under" in it. */
    private static boolean isField(String input, String value) {
        if (input == null) {
            return false;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (String part : input.toLowerCase(Locale.ROOT).split("[,;]")) {
            String p = part.strip()
                    .replaceFirst("[.!]$", "")
                    .replaceAll("[\"']", "")
                    .strip();
            if (p.equals(v) || p.endsWith(" under " + v) || p.equals("under " + v)) {
                return true;
            }
        }
        return input.toLowerCase(Locale.ROOT)
                .replaceAll("[\"']", "")
                .matches(".*\\bunder (?:the )?" + java.util.regex.Pattern.quote(v) + "(?: category)?\\b.*");
    }

    /** Category words that take the word before them as part of the category ("train tickets"). */
    private static final java.util.Set<String> MODIFIED =
            java.util.Set.of("tickets", "ticket", "fare", "fares", "subscription", "subscriptions", "ink", "gear");

    /** "bought a usb-c hub on amazon", "ordered toner from staples": what, then where. */
    private static final java.util.regex.Pattern BOUGHT_ON = java.util.regex.Pattern.compile(
            "(?i)\\b(?:bought|ordered|purchased|got)\\s(?:a\\s|an\\s|some\\s|the\\s|two\\s|new\\s)*(.{2,40}?)\\s(?:on|from|off|at)\\s(\\p{L}[\\p{L}0-9.&'-]*)\\b");

    /** "a hotel in Montreal", "dinner in Austin": a purchase, then the place it was bought in. */
    private static final java.util.regex.Pattern BOUGHT_IN = java.util.regex.Pattern.compile(
            "(?i)\\b(?:hotel|motel|inn|airbnb|stay|room|conference|flight|trip|parking|taxi|cab|dinner|lunch|breakfast)"
                    + "\\s(?:\\p{L}+\\s)?in\\s(\\p{L}[\\p{L}.'-]*(?:\\s\\p{L}[\\p{L}.'-]*){0,3})");

    /** Whether {@code place} is said as where something was bought ("a hotel in Montreal"). */
    private static boolean boughtIn(String input, String place) {
        java.util.regex.Matcher m = BOUGHT_IN.matcher(input);
        while (m.find()) {
            if (m.group(1).regionMatches(true, 0, place, 0, place.length())
                    && (m.group(1).length() == place.length()
                            || !Character.isLetter(m.group(1).charAt(place.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code f} with a vendor typed with one slip spelt as the account spells it ("stapels" → Staples), and the
     * correction said, as a client's or a project's name is.
     */
    static Frame spellVendor(Frame f, AccountNames names) {
        if (names == null || names.vendors().isEmpty()) {
            return f;
        }
        Map<String, Object> slots = null;
        List<dev.fbcli.nlp.intent.Correction> said = new ArrayList<>(f.corrections());
        for (String k : List.of("vendor", "new_vendor")) {
            if (f.slots().get(k) instanceof String v) {
                String spelt = Gazetteer.of(names).vendorSpelling(v);
                if (spelt != null) {
                    if (slots == null) {
                        slots = new LinkedHashMap<>(f.slots());
                    }
                    slots.put(k, spelt);
                    said.add(new dev.fbcli.nlp.intent.Correction(v, spelt));
                }
            }
        }
        return slots == null ? f : f.withSlots(slots).withCorrections(said);
    }

    static Frame apply(Frame f, AccountNames names) {
        if (f.intent().equals("expense.list")
                && f.slots().get("category") instanceof String c
                && c.toLowerCase(Locale.ROOT).endsWith(" category")) {
            // "list expenses in the meals category": the category, named with its label
            Map<String, Object> slots = new LinkedHashMap<>(f.slots());
            slots.put(
                    "category",
                    c.substring(0, c.length() - " category".length()).strip());
            return f.withSlots(slots);
        }
        if (!f.intent().equals("expense.create")) {
            return f;
        }
        f = noteAsField(f, names);
        if (names != null
                && !names.isEmpty()
                && !f.slots().containsKey("vendor")
                && f.slots().get("target") instanceof String paidTo
                && !Gazetteer.of(names).namesClientOrProject(paidTo)
                && !CHARGED_TO.matcher(f.input()).find()
                && java.util.regex.Pattern.compile(
                                "(?i)\\b(?:paid |spent |expense |\\$?\\d[\\d,.]* )(?:[^,.;]{0,40} )?to "
                                        + java.util.regex.Pattern.quote(paidTo) + "\\b")
                        .matcher(f.input())
                        .find()) {
            // "expense $120 to adobe for software": money sent to a name that is none of the account's clients or
            // projects went to who was paid
            f = f.withSlotRenamed("target", "vendor");
        }
        if (f.slots().get("vendor") instanceof String v
                && f.slots().get("category") instanceof String c
                && ExpenseCategories.isCategory(v)
                && (v.contains(" ") || v.contains("/") || v.contains("&"))
                && isField(f.input(), v)) {
            // "€300 conference tickets for Tyrell, education and training", "38.50 cab from the airport, taxi &
            // parking": the category said as a field of its own; what was bought, read as the category, is the
            // note (unless a note was read already)
            Map<String, Object> slots = new LinkedHashMap<>(f.slots());
            slots.remove("vendor");
            slots.put("category", v);
            slots.putIfAbsent("note", c);
            f = f.withSlots(slots);
        }
        if (f.slots().get("client") instanceof String cl
                && ExpenseCategories.isSpending(cl.toLowerCase(Locale.ROOT))
                && f.input().toLowerCase(Locale.ROOT).contains("client " + cl.toLowerCase(Locale.ROOT))) {
            // "a client dinner at Canoe": what was bought, for a client unnamed, not a client called "dinner"
            Map<String, Object> slots = new LinkedHashMap<>(f.slots());
            slots.remove("client");
            slots.putIfAbsent("note", "client " + cl);
            f = f.withSlots(slots);
        }
        java.util.regex.Matcher bought = BOUGHT_ON.matcher(f.input());
        if (bought.find()
                && (!f.slots().containsKey("vendor")
                        || bought.group(1)
                                .equalsIgnoreCase(String.valueOf(f.slots().get("vendor"))))
                && bought.group(2).equalsIgnoreCase(String.valueOf(f.slots().get("note")))) {
            // "bought a usb-c hub on amazon": where it was bought is the vendor, what was bought the note
            Map<String, Object> slots = new LinkedHashMap<>(f.slots());
            slots.put("vendor", bought.group(2));
            slots.put("note", bought.group(1));
            f = f.withSlots(slots);
        }
        if (names != null
                && f.slots().get("target") instanceof String place
                && boughtIn(f.input(), place)
                && !Gazetteer.of(names).isClientOrProject(place)) {
            // "a hotel in Montreal", "dinner in Austin": where it was bought, not who it is for; who it is
            // for is the account's name said elsewhere ("…, put it on Apollo"), read as the note
            Map<String, Object> slots = new LinkedHashMap<>(f.slots());
            slots.remove("target");
            if (slots.get("note") instanceof String n && Gazetteer.of(names).isClientOrProject(n)) {
                slots.remove("note");
                slots.put("target", n);
            }
            f = f.withSlots(slots);
        }
        if (f.slots().get("vendor") instanceof String v
                && !f.slots().containsKey("category")
                && v.equals(v.toLowerCase(Locale.ROOT))
                && (ExpenseCategories.isCategory(v) || ExpenseCategories.isPurchase(v))) {
            // "I spent 15 euro at parking": a kind of spending where the merchant goes is the category
            f = f.withSlotRenamed("vendor", "category");
        }
        if (f.slots().get("note") instanceof String ride
                && names != null
                && !f.slots().containsKey("target")
                && !f.slots().containsKey("client")
                && !f.slots().containsKey("project")) {
            // "Lyft ride to Globex": a ride to the account's client is for that client
            java.util.regex.Matcher to = RIDE_TO.matcher(ride);
            String who = to.matches() ? leadingName(to.group(2), Gazetteer.of(names)) : null;
            if (who != null) {
                // "Lyft ride to Globex", "uber to Initech's office": a ride to the account's client is for it
                Map<String, Object> slots = new LinkedHashMap<>(f.slots());
                slots.put("target", who);
                f = f.withSlots(slots);
            }
        }
        if (f.slots().get("vendor") instanceof String v && v.contains(" ") && !v.equals(v.toLowerCase(Locale.ROOT))) {
            f = splitVendor(f, v);
        }
        if (f.slots().get("vendor") instanceof String vendor
                && names != null
                && !f.slots().containsKey("target")
                && !f.slots().containsKey("client")
                && !f.slots().containsKey("project")
                && Gazetteer.of(names).isClientOrProject(vendor)) {
            // "expense 12.50 parking tuesday mobile app": the account's project is who it is for, not the merchant
            return f.withSlotRenamed("vendor", "target");
        }
        return cutRun(f, names);
    }

    /**
     * A run of lower-case words read as one slot ("coffee blue bottle meals", "hilton hotel/lodging apollo"),
     * cut by what its words are: the category, the vendor before it, who it is for after it or at the end.
     */
    private static Frame cutRun(Frame f, AccountNames names) {
        String key = null;
        String run = null;
        for (String k : SLOTS) {
            if (f.slots().get(k) instanceof String v
                    && v.contains(" ")
                    && v.equals(v.toLowerCase(Locale.ROOT))
                    && !(k.equals("project") && Gazetteer.of(names).namesClientOrProject(v))) {
                if (key != null) {
                    return f; // two runs: the grammar saw more than one part
                }
                key = k;
                run = v;
            }
        }
        if (run == null) {
            if (f.slots().get("category") instanceof String c
                    && !c.contains(" ")
                    && c.equals(c.toLowerCase(Locale.ROOT))
                    && !f.slots().containsKey("vendor")
                    && !ExpenseCategories.isCategory(c)
                    && !ExpenseCategories.isPurchase(c)
                    && !LexicalFront.isServiceWord(c)
                    && f.corrections().stream().noneMatch(k -> k.to().equalsIgnoreCase(c))) {
                // "exp uber 23.40": a word that names no kind of spending is where the money went
                return f.withSlotRenamed("category", "vendor")
                        .withConfidence(Math.min(f.confidence(), 0.85), f.parser());
            }
            return f;
        }
        if (ExpenseCategories.isCategory(run)) {
            return f; // "office supplies" is one category
        }
        List<String> words = new ArrayList<>(List.of(run.split(" ")));
        if (words.size() == 2 && MODIFIED.contains(words.get(1)) && key.equals("category")) {
            return f; // "train tickets": one category said in two words
        }
        // the category said anywhere in the run ("blue bottle meals", "hilton hotel/lodging apollo", "stapels office
        // supplies admin"), its longest reading first and the last of equal length; what comes before it is the
        // vendor, an account's client or project after it (or at the end) who the expense is for
        Gazetteer g = Gazetteer.of(names);
        String category = null;
        List<String> after = List.of();
        for (int n = Math.min(3, words.size()); n >= 1 && category == null; n--) {
            for (int i = words.size() - n; i >= 0 && category == null; i--) {
                String said = String.join(" ", words.subList(i, i + n));
                List<String> rest = words.subList(i + n, words.size());
                if (ExpenseCategories.isCategory(said)
                        && (n < words.size() || key.equals("project"))
                        && (i == 0 || rest.isEmpty() || g.isClientOrProject(String.join(" ", rest)))) {
                    category = said;
                    after = new ArrayList<>(rest);
                    words = new ArrayList<>(words.subList(0, i));
                    if (n == 1 && MODIFIED.contains(said) && !words.isEmpty()) {
                        // "train tickets", "software subscription": the word before says what kind
                        category = words.remove(words.size() - 1) + " " + said;
                    }
                }
            }
        }
        if (category == null || words.isEmpty() && after.isEmpty() && !key.equals("project")) {
            return f;
        }
        String target = null;
        if (!after.isEmpty() && g.isClientOrProject(String.join(" ", after))) {
            target = String.join(" ", after); // "hilton hotel/lodging apollo": who it is for after the category
        } else if (!after.isEmpty()) {
            words = new ArrayList<>(after); // "shipping ups acme": the category first, then the vendor
        }
        for (int n = words.size(); n >= 1 && target == null; n--) {
            String tail = String.join(" ", words.subList(words.size() - n, words.size()));
            if (g.isClientOrProject(tail)) {
                target = tail;
                words = new ArrayList<>(words.subList(0, words.size() - n));
            }
        }
        String bought = null;
        if (words.size() > 1 && ExpenseCategories.isSpending(words.get(0))) {
            bought = words.remove(0); // "coffee blue bottle meals": what was bought, then where
        }
        if (key.equals("project") && target == null) {
            return f; // "… admin proj": the run labelled a project must end in one
        }
        Map<String, Object> slots = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : f.slots().entrySet()) {
            if (!e.getKey().equals(key)) {
                slots.put(e.getKey(), e.getValue());
            }
        }
        if (slots.get("category") instanceof String what
                && !what.equalsIgnoreCase(category)
                && !slots.containsKey("note")) {
            // "exp gas 48.20 shell car & truck": what was bought was read as the category; the category said
            // in the run is the category, and what was bought the note
            slots.remove("category");
            slots.put("note", what);
        }
        if (bought != null && !slots.containsKey("note")) {
            slots.put("note", bought);
        }
        if (slots.containsKey("category")
                || (!words.isEmpty() && slots.containsKey("vendor"))
                || (target != null
                        && (slots.containsKey("target")
                                || slots.containsKey("client")
                                || slots.containsKey("project")))) {
            return f; // the cut would collide with what the grammar already read
        }
        slots.put("category", category);
        if (!words.isEmpty()) {
            slots.put("vendor", String.join(" ", words));
        }
        if (target != null) {
            slots.put(key.equals("project") ? "project" : "target", target);
        }
        return f.withSlots(slots);
    }
}
