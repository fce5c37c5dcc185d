package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.ClientSlots.*;
import static dev.fbcli.nlp.parse.ExpenseSlots.*;
import static dev.fbcli.nlp.parse.Grammar.*;
import static dev.fbcli.nlp.parse.ProjectSlots.*;
import static dev.fbcli.nlp.parse.Slots.*;
import static dev.fbcli.nlp.parse.TimeSlots.*;

import dev.fbcli.nlp.intent.IntentType;
import dev.fbcli.nlp.intent.InvoiceLine;
import dev.fbcli.nlp.intent.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Slot logic of invoices and payments: lines, rates, terms and due dates, which invoice, payments received. Split out of {@link Grammar}, which decides the intent and calls these to fill its
 * slots; the helpers every family shares stay there.
 */
final class InvoiceSlots {
    private InvoiceSlots() {}

    static final Pattern NUMERIC = Pattern.compile("\\d{1,6}");
    static final Set<String> UNITS = Set.of(
            "days",
            "day",
            "units",
            "unit",
            "items",
            "item",
            "pages",
            "page",
            "sessions",
            "session",
            "licenses",
            "licences",
            "seats",
            "articles",
            "posts",
            "videos",
            "weeks");

    /** "net30", "n30", "net-45": payment terms in one word. */
    static final Pattern NET_TERMS = Pattern.compile("n(?:et)?-?(\\d{1,3})");

    static Integer dueInDays(Fill f) {
        Sentence s = f.s;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            java.util.regex.Matcher net = NET_TERMS.matcher(t.low);
            if ((t.kind == Tok.Kind.WORD || t.kind == Tok.Kind.NUMBER) && net.matches()) {
                t.used = true;
                return Integer.parseInt(net.group(1));
            }
            if (t.isLow("net")
                    && s.get(i + 1) != null
                    && s.get(i + 1).kind == Tok.Kind.NUMBER
                    && NUMERIC.matcher(s.get(i + 1).text).matches()) {
                t.used = true;
                s.get(i + 1).used = true;
                return Integer.parseInt(s.get(i + 1).text);
            }
            if ((t.isLow("in") || t.isLow("within"))
                    && s.get(i + 1) != null
                    && s.get(i + 1).kind == Tok.Kind.NUMBER
                    && NUMERIC.matcher(s.get(i + 1).text).matches()
                    && s.get(i + 2) != null
                    && (s.get(i + 2).isLow("days")
                            || s.get(i + 2).isLow("day")
                            || s.get(i + 2).isLow("weeks"))) {
                Tok prev = s.get(i - 1);
                int n = Integer.parseInt(s.get(i + 1).text);
                if (s.get(i + 2).isLow("weeks")) {
                    n *= 7;
                }
                t.used = true;
                s.get(i + 1).used = true;
                s.get(i + 2).used = true;
                if (prev != null && (prev.isLow("due") || prev.isLow("payable"))) {
                    prev.used = true;
                }
                return n;
            }
        }
        return null;
    }

    static LocalDate dueDate(Fill f) {
        Sentence s = f.s;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.kind == Tok.Kind.DATE && !t.used) {
                Tok p = s.get(i - 1);
                Tok pp = s.get(i - 2);
                boolean due = p != null
                        && (p.isLow("due")
                                || p.isLow("by")
                                || p.isLow("on") && pp != null && pp.isLow("due")
                                || p.isLow("before")
                                || p.isLow("deadline"));
                if (due) {
                    p.used = true;
                    if (pp != null && pp.isLow("due")) {
                        pp.used = true;
                    }
                    t.used = true;
                    return ((DateExtractor.DateMention) t.value).upcoming();
                }
            }
        }
        return null;
    }

    static void invoiceCreate(Fill f) {
        Sentence s = f.s;
        Integer dueIn = dueInDays(f);
        LocalDate dueDate = dueDate(f);
        if (dueIn != null) {
            f.put("due_in_days", dueIn);
        } else if (dueDate != null) {
            f.put("due_date", dueDate);
        }
        note(f, "notes");
        // send it
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if ((t.is("send") || t.is("email")) && !t.used) {
                f.put("send", Boolean.TRUE);
                t.used = true;
                for (int k = i + 1; k < Math.min(s.size(), i + 4); k++) {
                    Tok n = s.get(k);
                    if (n.isLow("it")
                            || n.isLow("to")
                            || n.isLow("them")
                            || n.isLow("over")
                            || n.isLow("him")
                            || n.isLow("her")
                            || n.is("client")) {
                        n.used = true;
                    }
                }
            }
        }
        String desc = null;
        List<InvoiceLine> several = InvoiceLines.read(s);
        if (several != null) {
            f.put("lines", several);
        }
        // money: a rate ("$120/hour", "at $150" or "@ $150" after hours) and a total
        Tok durTok = several != null ? null : s.first(Tok.Kind.DURATION);
        Money rate = null;
        Money total = null;
        Money dayRate = null;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.kind != Tok.Kind.MONEY || t.used) {
                continue;
            }
            MoneyExtractor.MoneyMention mm = (MoneyExtractor.MoneyMention) t.value;
            Tok p = s.get(i - 1);
            boolean afterDur = durTok != null && s.toks.indexOf(durTok) < i;
            boolean at = p != null && (p.isLow("at") || p.text.equals("@"));
            if (mm.perDay() && dayRate == null) {
                dayRate = mm.money();
                t.used = true;
                if (at) {
                    p.used = true;
                }
            } else if (rate == null && (mm.perHour() || at && afterDur)) {
                rate = mm.money();
                t.used = true;
                if (at) {
                    p.used = true;
                }
            } else if (total == null) {
                total = mm.money();
                t.used = true;
            }
        }
        if (rate == null && durTok != null) {
            rate = bareRate(s);
        }
        // the client
        String client = null;
        for (Sentence.Chunk c : s.chunks()) {
            Tok b = s.before(c);
            if (b != null && b.is("client")) {
                client = s.text(c);
                b.used = true;
                s.use(c);
                break;
            }
        }
        if (client == null && f.verb >= 0) {
            Tok vt = s.get(f.verb);
            if (vt.lemma.equals("invoice") || vt.lemma.equals("bill")) {
                Sentence.Chunk c = beforeQuantity(s, s.chunkAt(f.verb + 1));
                if (c != null) {
                    client = s.text(c);
                    s.use(c);
                    if (s.allLower(c)) {
                        f.conf -= 0.1;
                    }
                }
            }
        }
        if (client == null) {
            for (int i = 0; i < s.size() && client == null; i++) {
                if (s.get(i).kind == Tok.Kind.POSS) {
                    Sentence.Chunk c = s.chunkBefore(i);
                    if (c != null) {
                        client = s.text(c);
                        s.use(c);
                        s.get(i).used = true;
                    }
                }
            }
        }
        if (client == null) {
            for (Sentence.Chunk c : s.chunks()) {
                String bl = lowOf(s.before(c));
                if ((bl.equals("for") || bl.equals("to")) && !s.allLower(c)) {
                    client = s.text(c);
                    s.use(c);
                    break;
                }
            }
        }
        if (client == null) {
            for (Sentence.Chunk c : s.chunks()) {
                Tok b = s.before(c);
                if (!s.allLower(c) && (b == null || b.kind == Tok.Kind.PUNCT || b.used)) {
                    client = s.text(c);
                    s.use(c);
                    f.conf -= 0.1;
                    break;
                }
            }
        }
        if (client != null) {
            f.put("client", clean(client));
        }
        Tok bareTotal = null;
        if (total == null && rate == null) {
            for (Tok t : s.toks) {
                Tok unit = s.get(s.toks.indexOf(t) + 1);
                if (t.kind == Tok.Kind.NUMBER
                        && !t.used
                        && t.text.length() >= 2
                        && NUMERIC.matcher(t.text).matches()
                        && (unit == null || !UNITS.contains(unit.low))) { // "10 days of …" is a count, not $10
                    total = new Money(new BigDecimal(t.text), null);
                    t.used = true;
                    bareTotal = t;
                    f.conf -= 0.1;
                    break;
                }
            }
        }
        // "2 days of training at $800 per day": a quantity of units
        Money unitRate = null;
        BigDecimal units = null;
        if (durTok == null && several == null) {
            int[] each = eachPrice(s);
            if (each != null) {
                // "4 website banners at $125 each": a count of things at a price each
                Tok n = s.get(each[0]);
                Tok m = s.get(each[2]);
                units = new BigDecimal(n.text);
                unitRate = m.kind == Tok.Kind.MONEY
                        ? ((MoneyExtractor.MoneyMention) m.value).money()
                        : new Money(new BigDecimal(m.text), null);
                if (each[1] < 0) { // "8 x 150 consulting": the words after the price
                    if (-each[1] > each[2] + 1) {
                        desc = s.slice(each[2] + 1, -each[1]);
                    }
                    for (int k = each[0]; k < Math.max(-each[1], each[2] + 1); k++) {
                        s.get(k).used = true;
                    }
                } else {
                    desc = s.slice(each[0] + 1, each[1]);
                    for (int k = each[0]; k <= each[3]; k++) {
                        s.get(k).used = true;
                    }
                }
                if (total != null && total.amount().compareTo(unitRate.amount()) == 0) {
                    total = null; // the price each was taken as the total above
                    f.slots.remove("total");
                }
                rate = unitRate;
            }
        }
        if (durTok == null) {
            for (int i = 0; i + 2 < s.size(); i++) {
                Tok n = s.get(i);
                Tok u = s.get(i + 1);
                boolean of = s.get(i + 2).isLow("of");
                if (n.kind == Tok.Kind.NUMBER
                        && !n.used
                        && NUMERIC.matcher(n.text).matches()
                        && UNITS.contains(u.low)
                        && (of || dayRate != null && (u.low.startsWith("day")))) {
                    // "3 days of training at 1,200/day"; with a day's rate said, "2 days training 1,200/day" and
                    // "3 days @ 1200/day security audit" (what was done after the rate)
                    units = new BigDecimal(n.text);
                    n.used = true;
                    u.used = true;
                    int j = of ? s.skipArticles(i + 3) : i + 2;
                    while (!of && j < s.size() && s.get(j).used) {
                        j++;
                    }
                    int e = j;
                    while (s.nameable(e)) {
                        e++;
                    }
                    if (e > j) {
                        desc = s.slice(j, e);
                        s.use(new Sentence.Chunk(j, e));
                        if (of) {
                            s.get(i + 2).used = true;
                        }
                    }
                    break;
                }
            }
            if (units != null && dayRate != null) {
                unitRate = dayRate;
            } else if (units != null && total != null) {
                int mi = -1;
                for (int i = 0; i < s.size(); i++) {
                    Tok t = s.get(i);
                    if (t.kind == Tok.Kind.MONEY && ((MoneyExtractor.MoneyMention) t.value).money() == total) {
                        mi = i;
                    }
                }
                Tok per = s.get(mi + 1);
                Tok unitWord = s.get(mi + 2);
                if (per != null
                        && (per.isLow("per") || per.isLow("a") || per.isLow("each") || per.text.equals("/"))
                        && (unitWord == null || UNITS.contains(unitWord.low) || unitWord.low.endsWith("day"))) {
                    unitRate = total;
                    total = null;
                    per.used = true;
                    if (unitWord != null) {
                        unitWord.used = true;
                    }
                }
            }
        }
        if (durTok != null) {
            int di = s.toks.indexOf(durTok);
            durTok.used = true;
            if (s.get(di + 1) != null && s.get(di + 1).isLow("of")) {
                int j = s.skipArticles(di + 2);
                int e = j;
                while (e < s.size()
                        && (s.nameable(e)
                                || e == j
                                        && s.get(e).kind == Tok.Kind.WORD
                                        && !s.get(e).used
                                        && !Sentence.STOP.contains(s.get(e).low))) {
                    e++;
                }
                if (e > j) {
                    e = InvoiceLines.overAnd(s, e);
                    desc = s.slice(j, e);
                    s.use(new Sentence.Chunk(j, e));
                    s.get(di + 1).used = true;
                }
            }
        }
        if (desc == null) {
            for (Sentence.Chunk c : s.chunks()) {
                if (s.get(c.from()).used) {
                    continue;
                }
                String bl = lowOf(s.before(c));
                if (bl.equals("for")
                        || bl.equals("of")
                        || bareTotal != null && s.before(c) == bareTotal // "inv acme 2000 logo design"
                        || bl.equals("MONEY")
                        || bl.equals("DURATION")
                        || bl.equals("on")) {
                    Sentence.Chunk whole = new Sentence.Chunk(c.from(), InvoiceLines.overAnd(s, c.to()));
                    desc = s.slice(whole.from(), whole.to());
                    s.use(whole);
                    break;
                }
            }
        }
        if (desc != null && s.hasLow("work")) {
            useLow(s, "work");
        }
        if (total != null) {
            f.put("total", total);
        }
        BigDecimal qty = null;
        if (durTok != null) {
            qty = Decimals.plain(BigDecimal.valueOf(((DurationExtractor.DurationMention) durTok.value).minutes())
                    .divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP));
        }
        if (units != null) {
            qty = units;
            rate = unitRate;
        }
        Money unit = rate;
        if (unit == null && total != null) {
            unit = qty == null
                    ? total
                    : new Money(total.amount().divide(qty, 2, RoundingMode.HALF_UP), total.currencyOrNull());
        }
        if (desc != null || qty != null) {
            f.put("lines", List.of(new InvoiceLine(desc == null ? null : clean(desc), qty, unit)));
        }
        if (desc == null && qty == null && total == null) {
            f.conf -= 0.05;
        }
    }

    /**
     * "N things at PRICE each": the count's index, the end of the things' words, the price's index
     * and the last index ("each", "apiece", "a piece", "per unit"); or null.
     */
    static int[] eachPrice(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            Tok n = s.get(i);
            if (n.kind != Tok.Kind.NUMBER || n.used || !n.text.matches("[1-9]\\d{0,2}")) {
                continue;
            }
            Tok x = s.get(i + 1);
            Tok p = s.get(i + 2);
            if (x != null
                    && (x.isLow("x") || x.text.equals("×") || x.text.equals("*"))
                    && p != null
                    && (p.kind == Tok.Kind.MONEY
                            || p.kind == Tok.Kind.NUMBER
                                    && NUMERIC.matcher(p.text).matches())) {
                // "8 x 150 consulting": a count times a price, then what it is
                int e = i + 3;
                while (e < s.size()
                        && e - (i + 3) < 4
                        && s.get(e).kind == Tok.Kind.WORD
                        && !s.get(e).used
                        && !InvoiceLinesEnds.contains(s.get(e).low)
                        && !Sentence.STOP.contains(s.get(e).low)) {
                    e++;
                }
                return new int[] {i, -e, i + 2, i + 2};
            }
            int e = i + 1;
            while (e < s.size()
                    && e - i <= 4
                    && s.get(e).kind == Tok.Kind.WORD
                    && !s.get(e).used
                    && !s.get(e).isLow("at")
                    && !Sentence.STOP.contains(s.get(e).low)) {
                e++;
            }
            if (e == i + 1
                    || s.get(e) == null
                    || !(s.get(e).isLow("at") || s.get(e).text.equals("@"))) {
                continue;
            }
            Tok m = s.get(e + 1);
            if (m == null
                    || !(m.kind == Tok.Kind.MONEY
                            || m.kind == Tok.Kind.NUMBER
                                    && NUMERIC.matcher(m.text).matches())) {
                continue;
            }
            Tok a = s.get(e + 2);
            if (a != null && (a.isLow("each") || a.isLow("apiece"))) {
                return new int[] {i, e, e + 1, e + 2};
            }
            Tok b = s.get(e + 3);
            if (a != null
                    && b != null
                    && (a.isLow("a") && b.isLow("piece") || a.isLow("per") && (b.isLow("unit") || b.isLow("item")))) {
                return new int[] {i, e, e + 1, e + 3};
            }
        }
        return null;
    }

    /** Words that end a line's description (due terms, sending, a rate). */
    static final Set<String> InvoiceLinesEnds = Set.of(
            "due", "net", "send", "email", "e-mail", "payable", "by", "on", "to", "with", "at", "per", "and", "plus",
            "for", "in");

    /** A name chunk cut before a quantity of units: "Acme 2 days of training" is "Acme". */
    static Sentence.Chunk beforeQuantity(Sentence s, Sentence.Chunk c) {
        if (c == null) {
            return null;
        }
        int[] each = eachPrice(s);
        for (int i = c.from() + 1; i < c.to(); i++) {
            Tok t = s.get(i);
            Tok u = s.get(i + 1);
            if (t.kind == Tok.Kind.NUMBER && (u != null && UNITS.contains(u.low) || each != null && each[0] == i)) {
                return new Sentence.Chunk(
                        c.from(), i); // "Acme 2 days of training", "northgate 3 landing pages at 400 each"
            }
        }
        return c;
    }

    /** Words after which "at 150" still ends as a rate: "4 hrs consulting at 150 due in 15 days". */
    static final Set<String> RATE_FOLLOWERS = Set.of(
            "due", "net", "and", "plus", "send", "email", "e-mail", "please", "then", "payable", "by", "on", "for",
            "an", "a", "per", "hourly", "dated", "date", "from", "with", "to");

    /** "at 95 per hour", "95/h" without a currency sign. */
    static Money bareRate(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.kind == Tok.Kind.NUMBER && !t.used && NUMERIC.matcher(t.text).matches()) {
                Tok n = s.get(i + 1);
                Tok nn = s.get(i + 2);
                Tok p = s.get(i - 1);
                if (p != null
                        && (p.isLow("at") || p.text.equals("@"))
                        && (n == null
                                || n.kind == Tok.Kind.PUNCT
                                || n.kind == Tok.Kind.DATE
                                || n.kind == Tok.Kind.WORD
                                        && (RATE_FOLLOWERS.contains(n.low)
                                                || NET_TERMS.matcher(n.low).matches()))) {
                    t.used = true;
                    p.used = true;
                    return new Money(new BigDecimal(t.text), null);
                }
                if (n == null) {
                    continue;
                }
                if (n.isLow("per") && nn != null && nn.is("hour")
                        || n.isLow("an") && nn != null && nn.is("hour")
                        || n.isLow("hourly")) {
                    t.used = true;
                    n.used = true;
                    if (nn != null) {
                        nn.used = true;
                    }
                    return new Money(new BigDecimal(t.text), null);
                }
            }
        }
        return null;
    }

    static void invoiceList(Fill f) {
        Sentence s = f.s;
        String status = statusWord(s, -1);
        if (status == null && s.has("send")) {
            status = "sent";
            use(s, "send");
        }
        if (status != null) {
            f.put("status", status);
            use(s, "unpaid", "outstanding", "overdue", "paid", "draft", "sent", "partial");
            useLow(s, "open", "owing", "pending");
        }
        // older than N days
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.kind == Tok.Kind.NUMBER && NUMERIC.matcher(t.text).matches() && s.get(i + 1) != null) {
                Tok unit = s.get(i + 1);
                int mult = unit.isLow("days") || unit.isLow("day")
                        ? 1
                        : unit.isLow("weeks") || unit.isLow("week")
                                ? 7
                                : unit.isLow("months") || unit.isLow("month") ? 30 : 0;
                if (mult == 0) {
                    continue;
                }
                Tok after = s.get(i + 2);
                Tok before = s.get(i - 1);
                boolean old = after != null
                                && (after.isLow("old") || after.lemma.equals("overdue") || after.isLow("ago"))
                        || before != null && (before.isLow("than") || before.isLow("over") || before.isLow("least"));
                if (old) {
                    f.put("older_than_days", Integer.parseInt(t.text) * mult);
                    t.used = true;
                    unit.used = true;
                    if (after != null && (after.isLow("old") || after.isLow("ago"))) {
                        after.used = true;
                    }
                    useLow(s, "older", "than", "over", "more", "at", "least");
                }
            }
        }
        // over $1,000
        minAmount(f, INVOICE_OVER, true);
        range(f);
        String client = refName(f);
        if (client != null) {
            f.put("client", client);
        }
    }

    /** A client named in the phrase: "client X", "X's", "for/to/from/of X", or a capitalised name. */
    static String refName(Fill f) {
        Sentence s = f.s;
        for (Sentence.Chunk c : s.chunks()) {
            Tok b = s.before(c);
            if (b != null && b.is("client") && !s.get(c.from()).used) {
                b.used = true;
                s.use(c);
                return clean(s.text(c));
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).kind == Tok.Kind.POSS) {
                Sentence.Chunk c = s.chunkBefore(i);
                if (c != null) {
                    s.use(c);
                    s.get(i).used = true;
                    return clean(s.text(c));
                }
            }
        }
        for (Sentence.Chunk c : s.chunks()) {
            String bl = lowOf(s.before(c));
            if (Set.of("for", "to", "from", "of", "on", "by", "with", "does", "about")
                            .contains(bl)
                    && !s.allLower(c)) {
                s.use(c);
                return clean(s.text(c));
            }
        }
        for (Sentence.Chunk c : s.chunks()) {
            if (!s.allLower(c)) {
                s.use(c);
                f.conf -= 0.05;
                return clean(s.text(c));
            }
        }
        for (Sentence.Chunk c : s.chunks()) {
            s.use(c);
            f.conf -= 0.2;
            return clean(s.text(c));
        }
        return null;
    }

    static void invoiceRef(Fill f, IntentType type) {
        Sentence s = f.s;
        String number = invoiceNumber(s, true);
        if (number != null) {
            f.put("invoice", number);
        }
        Tok email = s.first(Tok.Kind.EMAIL);
        if (email != null && type == IntentType.INVOICE_SEND) {
            email.used = true;
            f.put("email", (String) email.value);
            Tok p = s.get(s.toks.indexOf(email) - 1);
            if (p != null && p.isLow("to")) {
                p.used = true;
            }
        }
        useLow(s, "latest", "last", "recent", "newest", "current", "most", "please");
        if (number == null) {
            String client = refName(f);
            if (client != null) {
                f.put("client", client);
                f.put("which", "latest");
            }
        }
        useLow(s, "to", "them", "him", "her", "client", "in");
        use(s, "client");
    }

    static void payment(Fill f) {
        Sentence s = f.s;
        String number = invoiceNumber(s, true);
        if (number != null) {
            f.put("invoice", number);
        }
        Money amount = firstMoney(f, true);
        int bare = amount == null ? bareAmountIndex(s) : -1;
        if (bare >= 0) {
            amount = new Money(new BigDecimal(s.get(bare).text), null);
            s.get(bare).used = true;
            f.conf -= 0.05;
        }
        if (amount == null) {
            int pi = s.find("paid");
            if (pi >= 0
                    && s.get(pi + 1) != null
                    && s.get(pi + 1).kind == Tok.Kind.NUMBER
                    && NUMERIC.matcher(s.get(pi + 1).text).matches()) {
                amount = new Money(new BigDecimal(s.get(pi + 1).text), null);
                s.get(pi + 1).used = true;
                f.conf -= 0.05;
            }
        }
        f.put("amount", amount);
        // the method, as said
        String low = MoneyExtractor.lowerSameLength(s.text);
        for (String m : METHODS.keySet()) {
            int at = indexOfWord(low, m);
            if (at >= 0) {
                f.put("method", s.text.substring(at, at + m.length()));
                for (Tok t : s.toks) {
                    if (t.start >= at && t.end <= at + m.length()) {
                        t.used = true;
                        Tok p = s.get(s.toks.indexOf(t) - 1);
                        if (p != null && (p.isLow("by") || p.isLow("via") || p.isLow("with") || p.isLow("in"))) {
                            p.used = true;
                        }
                    }
                }
                break;
            }
        }
        LocalDate day = day(f, false);
        if (day != null) {
            f.put("date", day);
        }
        useLow(s, "in", "full", "as", "on", "for", "of", "was", "latest", "last", "recent", "most");
        String client = null;
        // the subject of "paid": "Globex paid ..."
        int pi = s.find("paid");
        if (pi > 0) {
            Sentence.Chunk c = s.chunkBefore(pi);
            if (c != null && !s.allLower(c)) {
                client = s.text(c);
                s.use(c);
            }
        }
        if (client == null) {
            String r = refName(f);
            client = r;
        }
        if (client != null) {
            f.put("client", clean(client));
        }
    }

    static int indexOfWord(String low, String w) {
        int from = 0;
        while (true) {
            int at = low.indexOf(w, from);
            if (at < 0) {
                return -1;
            }
            boolean left = at == 0 || !Character.isLetterOrDigit(low.charAt(at - 1));
            int end = at + w.length();
            boolean right = end >= low.length() || !Character.isLetterOrDigit(low.charAt(end));
            if (left && right) {
                return at;
            }
            from = at + 1;
        }
    }
}
