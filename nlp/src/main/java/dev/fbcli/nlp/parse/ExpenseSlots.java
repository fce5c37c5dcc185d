package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.ClientSlots.*;
import static dev.fbcli.nlp.parse.Grammar.*;
import static dev.fbcli.nlp.parse.InvoiceSlots.*;
import static dev.fbcli.nlp.parse.ProjectSlots.*;
import static dev.fbcli.nlp.parse.Slots.*;
import static dev.fbcli.nlp.parse.TimeSlots.*;

import dev.fbcli.nlp.intent.Money;
import dev.fbcli.nlp.intent.NameRef;
import dev.fbcli.nlp.intent.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Slot logic of expenses: amount, vendor, category, the purchase told as a story, lists of expenses. Split out of {@link Grammar}, which decides the intent and calls these to fill its
 * slots; the helpers every family shares stay there.
 */
final class ExpenseSlots {
    private ExpenseSlots() {}

    /**
     * A bare number said right after a word that is about money changing hands ("spent 64 at
     * staples", "payment 300 on invoice 0002", "paid 1250"): the amount, though it has no sign.
     */
    static boolean bareAmountAfterMoneyWord(Sentence s) {
        return bareAmountIndex(s) >= 0;
    }

    static int bareAmountIndex(Sentence s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            Tok t = s.get(i);
            Tok n = s.get(i + 1);
            if (t.kind == Tok.Kind.WORD
                    && (t.is("spend") || t.is("payment") || t.isLow("paid") || t.isLow("received") || t.isLow("spent"))
                    && (n.kind == Tok.Kind.NUMBER || n.kind == Tok.Kind.WORD && n.text.matches("\\d{1,7}\\.\\d"))
                    && !n.text.startsWith("#")
                    && !n.text.startsWith("0")
                    && n.text.matches("\\d{1,7}(?:\\.\\d{1,2})?")
                    && (s.get(i + 2) == null
                            || !Set.of("hours", "hrs", "h", "minutes", "mins", "days", "percent")
                                    .contains(s.get(i + 2).low))) {
                return i + 1;
            }
        }
        return -1;
    }

    /** True when a word after the first is capitalised (a name said as one). */
    static boolean anyCapitalized(Sentence s) {
        for (int i = 1; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.kind == Tok.Kind.WORD && t.capitalized()) {
                return true;
            }
        }
        return false;
    }

    static final Set<String> SENT_MONEY = Set.of(
            "cheque", "check", "payment", "transfer", "e-transfer", "etransfer", "wire", "deposit", "remittance");

    /** Verbs that ask for something other than a new expense, said first. */
    static final Set<String> OTHER_VERBS = Set.of(
            "show",
            "list",
            "find",
            "delete",
            "remove",
            "change",
            "edit",
            "update",
            "set",
            "move",
            "invoice",
            "bill",
            "send",
            "pay",
            "charge",
            "refund",
            "mark",
            "archive",
            "create",
            "make",
            "estimate",
            "quote",
            "rename");

    static boolean verbNotAsked(Tok verb) {
        return verb == null || verb.kind != Tok.Kind.WORD || !OTHER_VERBS.contains(verb.low);
    }

    /** Whether a stretch between commas (or after the last one) is only an expense category: "…, meals, …". */
    static boolean categoryField(Sentence s) {
        StringBuilder run = new StringBuilder();
        boolean afterComma = false;
        for (int i = 0; i <= s.size(); i++) {
            Tok t = s.get(i);
            boolean stop = t == null || t.kind == Tok.Kind.PUNCT && (t.text.equals(",") || t.text.equals(";"));
            if (stop) {
                String words = run.toString().strip();
                if (afterComma
                        && !words.isEmpty()
                        && (ExpenseCategories.isCategory(words) || words.matches("quotedtext[a-z]"))) {
                    // a category whose name holds "and" or "&" is in quotes by now ("Education and Training")
                    return true;
                }
                run.setLength(0);
                afterComma = t != null;
                continue;
            }
            run.append(' ').append(t.low);
        }
        return false;
    }

    /** Whether the amount that opens the phrase is said "for" a purchase: "£12 for parking", "$300 for the hotel". */
    static boolean paidFor(Sentence s) {
        Tok first = s.get(0);
        if (first == null
                || first.kind != Tok.Kind.MONEY
                || s.get(1) == null
                || !s.get(1).isLow("for")) {
            return false;
        }
        int i = 2;
        while (s.get(i) != null && Set.of("the", "a", "an", "my", "our", "some").contains(s.get(i).low)) {
            i++;
        }
        // "for a new monitor", "for two office chairs": what was bought, after at most two words that describe it
        for (int j = i; j < i + 3 && s.get(j) != null && s.get(j).kind == Tok.Kind.WORD; j++) {
            Tok next = s.get(j + 1);
            if (ExpenseCategories.isSpending(s.get(j).low)
                    || next != null
                            && next.kind == Tok.Kind.WORD
                            && ExpenseCategories.isSpending(s.get(j).low + " " + next.low)) {
                return true;
            }
        }
        return false;
    }

    /** The index of "sent" in "X sent (us) a cheque / payment / transfer …", or -1. */
    static int sentPayment(Sentence s) {
        for (int i = 1; i < s.size(); i++) {
            Tok t = s.get(i);
            if (!(t.isLow("sent") || t.isLow("sends") || t.isLow("wired") || t.isLow("mailed"))) {
                continue;
            }
            for (int j = i + 1; j < s.size() && j <= i + 3; j++) {
                Tok n = s.get(j);
                if (n.kind == Tok.Kind.WORD && SENT_MONEY.contains(n.low)) {
                    return i;
                }
                if (!(n.isLow("a")
                        || n.isLow("the")
                        || n.isLow("us")
                        || n.isLow("me")
                        || n.isLow("their")
                        || n.isLow("over")
                        || n.kind == Tok.Kind.MONEY)) {
                    break;
                }
            }
        }
        return -1;
    }

    static Money firstMoney(Fill f, boolean take) {
        for (Tok t : f.s.toks) {
            if (t.kind == Tok.Kind.MONEY && !t.used) {
                if (take) {
                    t.used = true;
                }
                return ((MoneyExtractor.MoneyMention) t.value).money();
            }
        }
        return null;
    }

    /** Verbs that only say an expense goes with a project or client ("attach it to Apollo", "charge to Acme"). */
    static final java.util.Set<String> LINKING_VERBS = java.util.Set.of(
            "attach",
            "attached",
            "attach it",
            "link",
            "linked",
            "link it",
            "assign",
            "assigned",
            "assign it",
            "charge",
            "charged",
            "charge it",
            "file",
            "filed",
            "file it",
            "put",
            "put it",
            "book",
            "booked",
            "book it",
            "bill",
            "bill it",
            "allocate",
            "allocated",
            "tag",
            "tagged",
            "tag it");

    /** True when the words from {@code i} on are "(it) to/on/under/against/with ...". */
    static boolean linksForward(Sentence s, int i) {
        while (i < s.size()
                && (s.get(i).isLow("it") || s.get(i).isLow("this") || s.get(i).isLow("them"))) {
            i++;
        }
        Tok p = i < s.size() ? s.get(i) : null;
        return p != null
                && (p.isLow("to") || p.isLow("on") || p.isLow("under") || p.isLow("against") || p.isLow("with"));
    }

    /** True when the preposition before {@code from} follows a linking verb ("charge it to Acme"). */
    static boolean afterLinkingVerb(Sentence s, int from) {
        int i = from - 2;
        while (i >= 0
                && (s.get(i).isLow("it") || s.get(i).isLow("this") || s.get(i).isLow("them"))) {
            i--;
        }
        return i >= 0 && LINKING_VERBS.contains(s.get(i).text.toLowerCase(java.util.Locale.ROOT));
    }

    static void expenseCreate(Fill f) {
        Sentence s = f.s;
        Money amount = firstMoney(f, true);
        if (amount == null) {
            for (int i = 0; i < s.size(); i++) {
                Tok t = s.get(i);
                if (t.kind == Tok.Kind.NUMBER && !t.text.startsWith("#")
                        || t.kind == Tok.Kind.WORD
                                && !t.used
                                && t.text.matches("\\d{1,7}\\.\\d")) { // "exp 12.5 parking"
                    amount = new Money(new BigDecimal(t.text), null);
                    t.used = true;
                    f.conf -= 0.1;
                    break;
                }
            }
        }
        f.put("amount", amount);
        note(f);
        Tok path = s.first(Tok.Kind.PATH);
        if (path != null) {
            path.used = true;
            f.put("receipt", (String) path.value);
            Tok p = s.get(s.toks.indexOf(path) - 1);
            if (p != null && (p.isLow("at") || p.isLow("in") || p.is("receipt"))) {
                p.used = true;
            }
        }
        LocalDate day = day(f, false);
        f.put("date", day == null ? f.today : day);
        Tok opening = s.get(0);
        if (opening != null && opening.kind == Tok.Kind.WORD && SPENT.contains(opening.low)) {
            opening.used = true; // "Bought a monitor at Best Buy …": the verb, never a vendor's name
        }
        for (Sentence.Chunk c : s.chunks()) {
            if (s.get(c.from()).used) {
                continue;
            }
            NameRef.Kind k = explicitKind(s, c);
            Tok b = s.before(c);
            Tok a = s.after(c);
            String bl = lowOf(b);
            String text = s.text(c);
            boolean lower = s.allLower(c);
            s.use(c);
            if (k != null) {
                f.ref(k, text);
                continue;
            }
            if (a != null && a.is("expense")) {
                // "a $64 Staples expense for office supplies": a name that is no category is the vendor
                f.put(
                        !lower && !ExpenseCategories.isCategory(text) && !ExpenseCategories.isPurchase(text)
                                ? "vendor"
                                : "category",
                        clean(text));
                continue;
            }
            if (LINKING_VERBS.contains(text.toLowerCase(java.util.Locale.ROOT)) && linksForward(s, c.to())) {
                continue; // "attach to the Admin project": the verb only links the expense to what follows
            }
            Tok label = s.get(c.from());
            if (c.size() > 1 && (label.isLow("category") || label.isLow("vendor") || label.isLow("merchant"))) {
                String key = label.isLow("category") ? "category" : "vendor";
                String said = clean(s.slice(c.from() + 1, c.to()));
                if (f.slots.get(key) instanceof String before && !said.isBlank() && !before.equalsIgnoreCase(said)) {
                    // "…for the conference ticket, category Education and Training": the field said by its name
                    // wins over what was bought, which is the note; "a 35.75 GBP Taxi & Parking expense, vendor
                    // Addison Lee": the kind said before "expense" is the category when none is read
                    f.slots.remove(key);
                    if (key.equals("vendor") && !f.slots.containsKey("category") && kindBeforeExpense(s, before)) {
                        f.put("category", before);
                    } else {
                        f.put("note", before);
                    }
                }
                f.put(key, said);
                continue;
            }
            switch (bl) {
                case "at", "from" -> {
                    int from = rideTo(s, c);
                    if (from > 0 && bl.equals("from") && (from + 1 < c.from() || f.slots.containsKey("vendor"))) {
                        // "cab from the airport": a place said with its article (or once the vendor is read);
                        // "a ride from Lyft", "taxi from checker cabs" name who gave the ride, the vendor
                        rideNote(f, from, c);
                    } else if (!f.slots.containsKey("vendor")) {
                        f.put("vendor", clean(text));
                    } else {
                        extraNote(f, text);
                    }
                }
                case "to" -> {
                    int to = rideTo(s, c);
                    if (afterLinkingVerb(s, c.from())) {
                        f.ref(NameRef.Kind.TARGET, text); // "charge it to Acme"
                    } else if (to > 0) {
                        rideNote(f, to, c); // "train to London", "cab to the airport": where it went, not who was paid
                    } else if (!lower && !f.slots.containsKey("vendor")) {
                        f.put("vendor", clean(text));
                    } else {
                        f.ref(NameRef.Kind.TARGET, text);
                    }
                }
                case "via", "through" -> {
                    if ((b.text.equals("Via") || b.text.equals("VIA")) && !lower && !f.slots.containsKey("vendor")) {
                        f.put("vendor", clean(b.text + " " + text)); // "…, Via Rail, Thursday": a name, not "via"
                        b.used = true;
                    } else if (PaymentMethod.fromSaid(clean(text)) == PaymentMethod.OTHER
                            && !f.slots.containsKey("vendor")) {
                        f.put("vendor", clean(text)); // "shipping 42.80 via fedex": who carried it was paid
                    } else {
                        extraNote(f, text);
                    }
                }
                case "with" -> {
                    if (lower) {
                        extraNote(f, text);
                    } else if (!f.slots.containsKey("vendor") && !mealWith(f)) {
                        f.put("vendor", clean(text)); // "airfare with Air Canada", "advertising with Meta"
                    } else {
                        f.ref(NameRef.Kind.TARGET, text); // "lunch with Acme": who it was with
                    }
                }
                case "against" -> {
                    if (!lower && !f.hasRef()) {
                        f.ref(NameRef.Kind.TARGET, text); // "…, against Tyrell Corporation": who it is for
                    } else {
                        extraNote(f, text);
                    }
                }
                case "for", "on", "of", "in" -> {
                    if (a != null && a.isLow("category") && !f.slots.containsKey("category")) {
                        a.used = true;
                        f.put("category", clean(text)); // "in the Airfare category"
                    } else if (lower && !f.slots.containsKey("category")) {
                        f.put("category", clean(text));
                        guessedCategory(f, text);
                    } else if (!lower && !f.hasRef() && !bl.equals("of")) {
                        f.ref(NameRef.Kind.TARGET, text);
                        f.conf -= 0.05;
                    } else {
                        extraNote(f, text);
                    }
                }
                default -> {
                    int merchantEnd = lower && opensPurchase(s, c) ? boughtAfterMerchant(s, c) : -1;
                    if (merchantEnd > 0 && !f.slots.containsKey("vendor") && !f.slots.containsKey("category")) {
                        // "air canada flight $612", "uber ride 30": a merchant's name typed lower case, then what
                        // was bought
                        f.put("vendor", clean(s.slice(c.from(), merchantEnd)));
                        f.put("category", clean(s.slice(merchantEnd, c.to())));
                    } else if ((lower
                                    || ExpenseCategories.isCategory(clean(text))
                                    || ExpenseCategories.isPurchase(clean(text)))
                            && !f.slots.containsKey("category")) {
                        f.put("category", clean(text)); // "Lunch at Blue Bottle …": a category word, whatever its case
                    } else if (ExpenseCategories.isCategory(clean(text))
                            && f.slots.get("category") instanceof String bought
                            && (!ExpenseCategories.isCategory(bought) || inNote(f, bought))) {
                        // "€95 train ticket to Paris, travel", "taxi from Heathrow, travel": the category said
                        // after what was bought; a word that names no purchase is who was paid ("uber …, taxi")
                        f.slots.put("category", clean(text));
                        boolean purchase = ExpenseCategories.isSpending(bought);
                        if (!purchase && !f.slots.containsKey("vendor")) {
                            f.put("vendor", bought);
                        } else if (!f.slots.containsKey("note")) {
                            f.put("note", bought);
                        }
                    } else if (!lower && !f.slots.containsKey("vendor")) {
                        f.put("vendor", clean(text));
                        f.conf -= 0.05;
                    } else {
                        extraNote(f, text);
                    }
                }
            }
        }
        wholeNote(f);
    }

    /** Words that join the parts of what was bought ("paper and toner", "two nights in Austin"). */
    private static final Set<String> NOTE_JOINS = Set.of("and", "for", "in", "to", "of", "on", "near", "with", "&");

    /** Words after which the phrase says another field, never more of what was bought. */
    private static final Set<String> NOTE_ENDS = Set.of(
            "at",
            "from",
            "via",
            "through",
            "under",
            "charged",
            "charge",
            "billed",
            "billable",
            "dated",
            "paid",
            "using",
            "receipt",
            "category",
            "vendor",
            "merchant",
            "expense",
            "please",
            "thanks",
            "today",
            "yesterday",
            "as",
            "by",
            "against",
            "client",
            "project",
            "proj",
            "but",
            "so",
            "which",
            "that",
            "because",
            "since",
            "put",
            "file",
            "log",
            "record",
            "add",
            "it",
            "was",
            "is",
            "note",
            "notes",
            "memo",
            "comment",
            "description",
            "saying");

    /**
     * The note read as a part of what was bought, grown to the whole of it within its clause: "a new
     * monitor" (not "monitor"), "printer paper and toner" (not "printer paper"), "two nights in
     * Austin", "the monthly phone bill". A word joins the note when no slot holds it (a step may
     * have looked at it and put it nowhere — then it was dropped); it stops at punctuation, a value,
     * a word some slot holds and the words that say another field ("from", "at", "under", "dated").
     */
    static void wholeNote(Fill f) {
        if (!(f.slots.get("note") instanceof String note) || note.isBlank()) {
            return;
        }
        Sentence s = f.s;
        int from = -1;
        int to = -1;
        for (int i = 0; i < s.size() && from < 0; i++) {
            for (int j = i + 1; j <= s.size(); j++) {
                if (clean(s.slice(i, j)).equalsIgnoreCase(note)) {
                    from = i;
                    to = j;
                    break;
                }
            }
        }
        if (from < 0) {
            return;
        }
        String inSlots = heldWords(f.slots, "note");
        int end = to;
        while (end < s.size()) {
            Tok t = s.get(end);
            Tok next = s.get(end + 1);
            if (t.isLow("bill") && next != null && next.kind == Tok.Kind.WORD && !NOTE_ENDS.contains(next.low)) {
                break; // "… bill summit": the verb of whom it is billed to, not the phone bill
            }
            if (free(t, inSlots) && !NOTE_JOINS.contains(t.low)) {
                end++;
                continue;
            }
            // a joining word (and an article after it) carries the note on only to a free word
            int k = end;
            if (t.kind == Tok.Kind.WORD && NOTE_JOINS.contains(t.low)) {
                k++;
                while (k < s.size() && Sentence.ARTICLES.contains(s.get(k).low)) {
                    k++;
                }
                if (k < s.size() && free(s.get(k), inSlots) && !NOTE_JOINS.contains(s.get(k).low)) {
                    end = k + 1;
                    continue;
                }
            }
            break;
        }
        int start = from;
        while (start > 0) {
            Tok t = s.get(start - 1);
            if ((t.isLow("and") || t.isLow("&")) && start > 1 && free(s.get(start - 2), inSlots)) {
                start -= 2; // "binders and tabs": both were bought
                continue;
            }
            if (!free(t, inSlots) || NOTE_JOINS.contains(t.low) || Sentence.ARTICLES.contains(t.low)) {
                break;
            }
            start--;
        }
        if (start == from && end == to) {
            return;
        }
        f.slots.put("note", clean(s.slice(start, end)));
        for (int i = start; i < end; i++) {
            s.get(i).used = true;
        }
    }

    private static final Set<String> PRONOUNS =
            Set.of("me", "us", "them", "him", "it", "i", "we", "you", "they", "he", "she", "these", "those");

    /** A plain word no slot holds and no field's cue: it may belong to what was bought. */
    private static boolean free(Tok t, String inSlots) {
        return t.kind == Tok.Kind.WORD
                && !t.corrected
                && !NOTE_ENDS.contains(t.low)
                && !SPENT.contains(t.low)
                && !Sentence.ARTICLES.contains(t.low)
                && !PRONOUNS.contains(t.low)
                && !Grammar.FILLERS.contains(t.low)
                && !(t.used && inSlots.contains(" " + t.low + " "));
    }

    /** Whether {@code words} are said right before "expense" ("a Taxi & Parking expense"). */
    private static boolean kindBeforeExpense(Sentence s, String words) {
        String low = s.text.toLowerCase(java.util.Locale.ROOT);
        return low.contains(words.toLowerCase(java.util.Locale.ROOT) + " expense");
    }

    /** Whether the note read holds {@code word} ("taxi from Heathrow" holds "taxi"). */
    static boolean inNote(Fill f, String word) {
        return f.slots.get("note") instanceof String n
                && (" " + n.toLowerCase(java.util.Locale.ROOT) + " ")
                        .contains(" " + word.toLowerCase(java.util.Locale.ROOT) + " ");
    }

    /**
     * {@code text} as the expense's note; when a note is already read, the phrase has a part no slot
     * holds, so the frame is asked about rather than the part dropped.
     */
    static void extraNote(Fill f, String text) {
        if (f.slots.containsKey("note")) {
            f.conf -= 0.15;
        } else {
            f.put("note", clean(text));
        }
    }

    /** Records and settings an amount said beside belongs to, rather than to something bought. */
    static final List<String> NOT_SPENT = List.of("invoice", "payment", "estimate", "rate", "budget", "service");

    /**
     * True when the phrase is one amount (not a rate) and at most six plain words, with no length, no question,
     * no verb of another request and no record that is not spent: a bare "what or where, and how much".
     */
    static boolean spentSaidBare(Sentence s) {
        int money = 0;
        int words = 0;
        for (Tok t : s.toks) {
            switch (t.kind) {
                case MONEY -> {
                    if (((MoneyExtractor.MoneyMention) t.value).rate()) {
                        return false;
                    }
                    money++;
                }
                case WORD -> {
                    if (QUESTION.contains(t.low) || OTHER_VERBS.contains(t.low) || KEYWORDS.contains(t.low)) {
                        return false;
                    }
                    words++;
                }
                case DATE, PUNCT, POSS, PATH -> {}
                default -> {
                    return false;
                }
            }
        }
        return money == 1 && words >= 1 && words <= 6 && !namesNotSpent(s) && !s.has("client") && !s.has("project");
    }

    /** True when the phrase names one of {@link #NOT_SPENT}: its amount is no expense said without a verb. */
    static boolean namesNotSpent(Sentence s) {
        for (String lemma : NOT_SPENT) {
            if (s.has(lemma)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the phrase opens with what was bought ("Dinner with …", "Phone bill from …"), after
     * a merchant's capitalised name at most ("Air Canada flight …"), or with "Expensing".
     */
    static boolean opensWithPurchase(Sentence s) {
        // "$612 air canada flight": the amount may come first
        int first = s.get(0) != null && s.get(0).kind == Tok.Kind.MONEY ? 1 : 0;
        for (int i = first; i < Math.min(first + 4, s.size()); i++) {
            Tok t = s.get(i);
            if (t.kind != Tok.Kind.WORD) {
                return false;
            }
            Tok next = s.get(i + 1);
            String two = next != null && next.kind == Tok.Kind.WORD ? t.low + " " + next.low : null;
            if (ExpenseCategories.isSpending(t.low)
                    || two != null && ExpenseCategories.isSpending(two)
                    || i > first && RIDES.contains(t.low)
                    || i == 0 && (t.low.equals("expensing") || t.low.equals("expensed"))) {
                return true;
            }
            // a merchant's name before what was bought: "Air Canada flight", typed "air canada flight"
            if (!t.capitalized() && (i > first + 1 || !merchantWord(t))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where what was bought starts in chunk {@code c} when the words before it can only be a merchant's
     * name ("air canada | flight", "uber | ride"), or -1. A chunk that is itself a kind of spending ("office
     * supplies") has no merchant.
     */
    static int boughtAfterMerchant(Sentence s, Sentence.Chunk c) {
        if (c.size() < 2 || ExpenseCategories.isSpending(clean(s.text(c)))) {
            return -1;
        }
        for (int i = c.from() + 1; i < c.to() && i <= c.from() + 2; i++) {
            String rest = clean(s.slice(i, c.to())).toLowerCase(java.util.Locale.ROOT);
            // one unknown word before one kind of spending may be a compound ("stationery supplies"): only a ride,
            // a kind said in two words or a two-word name is read as a merchant's
            boolean sure = RIDES.contains(rest) || i > c.from() + 1 || i + 1 < c.to();
            if (sure && (ExpenseCategories.isSpending(rest) || RIDES.contains(rest))) {
                for (int j = c.from(); j < i; j++) {
                    if (!merchantWord(s.get(j))) {
                        return -1;
                    }
                }
                return i;
            }
        }
        return -1;
    }

    /** Whether only the amount and the verb "expense" come before chunk {@code c}. */
    static boolean opensPurchase(Sentence s, Sentence.Chunk c) {
        for (int j = 0; j < c.from(); j++) {
            if (s.get(j).kind != Tok.Kind.MONEY && !s.get(j).is("expense")) {
                return false;
            }
        }
        return true;
    }

    /** A lower-case word that can open a merchant's name: not a verb, a pronoun or a grammar word. */
    static boolean merchantWord(Tok t) {
        return t.low.length() > 2
                && !ExpenseCategories.isSpending(t.low)
                && (!RIDES.contains(t.low) || t.low.equals("uber") || t.low.equals("lyft"))
                && !Sentence.STOP.contains(t.low)
                && !Sentence.isPrep(t.low)
                && !Lexicon.isKnown(t.low)
                && !KEYWORDS.contains(t.low);
    }

    /** Ways of paying that only a payer uses ("cash" and cards are paid by me as often as to me). */
    static final Set<String> RECEIVED_BY =
            Set.of("cheque", "check", "e-transfer", "etransfer", "wire", "ach", "interac", "remittance", "deposit");

    /** True when a cheque, a wire or a transfer is said with "from" after it: money someone sent. */
    static boolean chequeFrom(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.kind == Tok.Kind.WORD && RECEIVED_BY.contains(t.low)) {
                for (int j = i + 1; j < Math.min(s.size(), i + 5); j++) {
                    if (s.get(j).isLow("from")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Verbs that open a phrase about money spent. */
    static final Set<String> SPENT =
            Set.of("bought", "purchased", "paid", "spent", "grabbed", "ordered", "expensing", "expensed", "picked");

    /** Rides and trips: "to X" after one says where it went. */
    static final Set<String> RIDES = Set.of(
            "train", "trains", "flight", "flights", "taxi", "cab", "uber", "lyft", "bus", "ride", "trip", "drive",
            "ticket", "tickets", "fare", "airfare", "ferry", "shuttle");

    /**
     * The ride's words to or from the place of {@code c} ("train ticket to Paris") as the note, or
     * added to the note read before them.
     */
    static void rideNote(Fill f, int to, Sentence.Chunk c) {
        Sentence s = f.s;
        int k = to - 1;
        while (k > 0) {
            Tok w = s.get(k - 1);
            if (w.kind != Tok.Kind.WORD
                    || w.capitalized()
                    || !(RIDES.contains(w.low) || ExpenseCategories.isPurchase(w.low))) {
                break;
            }
            k--;
        }
        String said = s.slice(k, c.to());
        Object note = f.slots.get("note");
        String low = said.toLowerCase(java.util.Locale.ROOT);
        if (note == null) {
            f.put("note", said);
        } else if (low.startsWith(String.valueOf(note).toLowerCase(java.util.Locale.ROOT))
                || low.contains(" " + String.valueOf(note).toLowerCase(java.util.Locale.ROOT) + " ")) {
            f.slots.put("note", said);
        } else {
            f.slots.put("note", note + ", " + s.slice(to, c.to()));
        }
    }

    /** Where "to" or "from" is when a ride word comes right before it in front of {@code c} ("train to London"), or -1. */
    static int rideTo(Sentence s, Sentence.Chunk c) {
        int i = c.from() - 1;
        while (i >= 0 && Sentence.ARTICLES.contains(s.get(i).low)) {
            i--;
        }
        Tok to = s.get(i);
        Tok ride = s.get(i - 1);
        return to != null
                        && (to.low.equals("to") || to.low.equals("from"))
                        && ride != null
                        && ride.kind == Tok.Kind.WORD
                        && RIDES.contains(ride.low)
                ? i
                : -1;
    }

    static final Set<String> MEALS =
            Set.of("meal", "meals", "lunch", "dinner", "breakfast", "coffee", "drinks", "entertainment");

    /** True when the expense is a meal, where "with X" says who it was with, not who was paid. */
    static boolean mealWith(Fill f) {
        for (Tok t : f.s.toks) {
            if (t.kind == Tok.Kind.WORD && MEALS.contains(t.low)) {
                return true;
            }
        }
        return false;
    }

    /** Words before an amount that make it an invoice list's least amount ("over", "of", "worth" …). */
    static final Set<String> INVOICE_OVER =
            Set.of("over", "above", "than", "least", "exceeding", ">", "from", "of", "worth");

    /** Words before an amount that make it an expense list's least amount. */
    static final Set<String> EXPENSE_OVER = Set.of("over", "above", "exceeding", "than", "least");

    /**
     * The least amount a list asks for: an amount said after one of {@code cues} ("over $1,000", "at
     * least $50"), its words marked used; {@code usedToo} reads an amount another slot read already.
     */
    static void minAmount(Fill f, Set<String> cues, boolean usedToo) {
        Sentence s = f.s;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            Tok p = s.get(i - 1);
            if (t.kind == Tok.Kind.MONEY && (usedToo || !t.used) && p != null && cues.contains(p.low)) {
                f.put("min_amount", ((MoneyExtractor.MoneyMention) t.value).money());
                t.used = true;
                p.used = true;
                useLow(s, "more", "greater", "bigger", "larger", "at");
            }
        }
    }

    static void expenseList(Fill f) {
        Sentence s = f.s;
        range(f);
        // "which expenses over $100 were there …", "expenses above 250.00": the least amount asked for
        minAmount(f, EXPENSE_OVER, false);
        for (Sentence.Chunk c : s.chunks()) {
            if (s.get(c.from()).used) {
                continue;
            }
            NameRef.Kind k = explicitKind(s, c);
            Tok b = s.before(c);
            Tok a = s.after(c);
            String bl = lowOf(b);
            String text = s.text(c);
            boolean lower = s.allLower(c);
            s.use(c);
            if (k != null) {
                f.ref(k, text);
            } else if (a != null && a.is("expense")) {
                f.put("category", clean(text));
            } else if (bl.equals("at") || bl.equals("from")) {
                f.put("vendor", clean(text));
            } else if (lower) {
                f.put("category", clean(text));
                guessedCategory(f, text);
            } else {
                f.ref(NameRef.Kind.TARGET, text);
            }
        }
    }

    /**
     * A lower-case phrase read as the category only because it is lower case ("for zephyr
     * robotics" may be a client): unless it is a category word, the frame is asked about.
     */
    static void guessedCategory(Fill f, String text) {
        if (!ExpenseCategories.isCategory(clean(text))) {
            f.conf = Math.min(f.conf, Confidence.ACT - 0.05);
        }
    }
}
